/**
 * Schools like this one: the one rule every comparison of a school with its peers uses (the
 * school page's links, its strengths and challenges, and later spending and stories).
 *
 * A school's peers in a year are the `count` schools (of the same level, when `sameLevel`)
 * nearest to it on the site's need measure: the published all-students value of a `context`
 * indicator, exact or coded at its bound (`indexValue`). Outcomes and spending never choose
 * peers, so comparing a school's outcomes with its peers' compares like with like. Ties are
 * broken by distance, then school id. A school without a need value has no peers and is no
 * school's peer.
 *
 * One pass per year and level: sorting by need is O(n log n); each school then walks outward
 * from its place in that order, visiting O(count) schools, so the whole year is O(n log n + n·count).
 */

export interface PeerCandidate {
  id: string;
  level: string;
  /** The need measure's published all-students value in the year; null when it has none. */
  need: number | null;
}

export interface Peer {
  id: string;
  need: number;
}

export interface PeerRule {
  count: number;
  sameLevel: boolean;
}

/** Each school with a need value, with its peers nearest first; schools without one are left out. */
export function computePeers(schools: readonly PeerCandidate[], rule: PeerRule): Map<string, Peer[]> {
  const pools = new Map<string, Peer[]>();
  for (const s of schools) {
    if (s.need === null || !Number.isFinite(s.need)) continue;
    const key = rule.sameLevel ? s.level : '';
    const pool = pools.get(key) ?? [];
    pool.push({ id: s.id, need: s.need });
    pools.set(key, pool);
  }
  const peers = new Map<string, Peer[]>();
  for (const pool of pools.values()) {
    const runs = needRuns(pool);
    runs.forEach((run, r) => {
      for (const self of run.schools) peers.set(self.id, nearest(runs, r, self.id, rule.count));
    });
  }
  return peers;
}

/** Schools of one need value, by id. */
interface Run {
  need: number;
  schools: Peer[];
}

const byId = (a: Peer, b: Peer) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function needRuns(pool: Peer[]): Run[] {
  pool.sort((a, b) => a.need - b.need || byId(a, b));
  const runs: Run[] = [];
  for (const s of pool) {
    const last = runs.at(-1);
    if (last?.need === s.need) last.schools.push(s);
    else runs.push({ need: s.need, schools: [s] });
  }
  return runs;
}

/**
 * The `count` nearest schools to `selfId` (in run `r`): its own run's others first (distance 0),
 * then the nearer of the next run below and above; two runs at the same distance are merged by id.
 * Each run visited gives at least one peer, and at most `count` of its schools are read.
 */
function nearest(runs: readonly Run[], r: number, selfId: string, count: number): Peer[] {
  const out: Peer[] = [];
  const take = (schools: readonly Peer[]) => {
    for (const s of schools) {
      if (out.length >= count) return;
      if (s.id !== selfId) out.push(s);
    }
  };
  const at = (i: number): Run => runs[i] ?? { need: NaN, schools: [] };
  const need = at(r).need;
  take(at(r).schools);
  let lo = r - 1;
  let hi = r + 1;
  while (out.length < count && (lo >= 0 || hi < runs.length)) {
    const below = lo >= 0 ? need - at(lo).need : Infinity;
    const above = hi < runs.length ? at(hi).need - need : Infinity;
    if (below < above) take(at(lo--).schools);
    else if (above < below) take(at(hi++).schools);
    else {
      const room = count - out.length;
      take([...at(lo--).schools.slice(0, room), ...at(hi++).schools.slice(0, room)].sort(byId));
    }
  }
  return out;
}
