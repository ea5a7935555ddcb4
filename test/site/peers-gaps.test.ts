import { describe, expect, it } from 'vitest';
import { DEFAULT_GROUPS } from '../../src/lib/data/groups.ts';
import { districtGroupFigures, groupGaps, othersValue, type CountedCell } from '../../src/lib/site/group-gaps.ts';
import { computePeers } from '../../src/lib/site/peers.ts';

const ids = (peers: { id: string }[] | undefined) => peers?.map((p) => p.id);

describe('computePeers', () => {
  const schools = [
    { id: 'a', level: 'elementary', need: 10 },
    { id: 'b', level: 'elementary', need: 20 },
    { id: 'c', level: 'elementary', need: 30 },
    { id: 'd', level: 'elementary', need: 40 },
    { id: 'e', level: 'elementary', need: null },
    { id: 'h', level: 'high', need: 21 },
  ];
  it('takes the nearest of the same level, leaving out schools without a need value', () => {
    const peers = computePeers(schools, { count: 2, sameLevel: true });
    expect(ids(peers.get('b'))).toEqual(['a', 'c']);
    expect(ids(peers.get('d'))).toEqual(['c', 'b']);
    expect(peers.has('e')).toBe(false);
    expect(ids(peers.get('h'))).toEqual([]);
    expect([...peers.values()].flat().some((p) => p.id === 'e')).toBe(false);
  });
  it('breaks ties by distance, then id, and crosses levels when not same_level', () => {
    const peers = computePeers(schools, { count: 1, sameLevel: false });
    expect(ids(peers.get('b'))).toEqual(['h']);
    // c is 10 from b and 10 from d: b comes first by id.
    expect(ids(computePeers(schools, { count: 1, sameLevel: true }).get('c'))).toEqual(['b']);
    const equal = computePeers(
      ['z', 'y', 'x'].map((id) => ({ id, level: 'm', need: 5 })),
      { count: 5, sameLevel: true },
    );
    expect(ids(equal.get('z'))).toEqual(['x', 'y']);
  });
});

const cell = (value: number | null, status: CountedCell['status'], denominator: number | null): CountedCell => ({
  value,
  status,
  reason: status === 'suppressed' ? { code: 'small_group', min: 10 } : null,
  denominator,
});
const limits = { min: 10, small: 5 };
const rate = { numeric: true, rate: true };

describe('group gaps', () => {
  it('never come from a suppressed or coded cell; a coded group gives a range', () => {
    const cells = new Map([
      ['all', cell(50, 'ok', 200)],
      ['female', cell(null, 'suppressed', null)],
      ['male', cell(4, 'coded_low', 100)],
    ]);
    const gaps = groupGaps(cells, DEFAULT_GROUPS.relations, rate, limits, () => ({ basis: 'reference', value: 40 }));
    const female = gaps.find((g) => g.group === 'female');
    expect(female?.others.kind).toBe('none');
    expect(female?.district.kind).toBe('none');
    expect(female?.reason).toEqual({ code: 'small_group', min: 10 });
    const male = gaps.find((g) => g.group === 'male');
    expect(male?.others).toEqual({ kind: 'none', why: 'complement_not_exact' });
    expect(male?.district).toEqual({ kind: 'range', comparison: 40, low: -40, high: -36 });
  });

  it('give no others figure that would pin a hidden complement (the attack)', () => {
    // A two-group family whose other group is hidden: all minus female would be male's value.
    const pair = new Map([
      ['all', cell(50, 'ok', 200)],
      ['female', cell(60, 'ok', 195)],
      ['male', cell(null, 'suppressed', null)],
    ]);
    expect(othersValue('female', pair, DEFAULT_GROUPS.relations, rate, limits)).toEqual({ why: 'complement_not_exact' });
    // Race: one small group hidden; all minus white minus the published groups would pin it.
    const race = new Map([
      ['all', cell(50, 'ok', 200)],
      ['white', cell(50, 'ok', 120)],
      ['black', cell(50, 'ok', 74)],
      ['asian', cell(null, 'suppressed', null)],
    ]);
    expect(othersValue('white', race, DEFAULT_GROUPS.relations, rate, limits)).toEqual({ why: 'hidden_groups_too_few' });
    // With the hidden part large enough, the figure is all students but white, pooled.
    race.set('black', cell(50, 'ok', 40));
    expect(othersValue('white', race, DEFAULT_GROUPS.relations, rate, limits)).toEqual({ value: 50 });
  });

  it('record what a computed district figure is from, and prefer an exact reference row', () => {
    const m = (school: string, value: number | null, status: CountedCell['status']) => ({
      school_year: '2024-25',
      indicator_id: 'ela',
      student_group: 'black',
      school_id: school,
      value,
      status,
      reason: null,
    });
    const measures = [m('1', 10, 'ok'), m('2', 20, 'ok'), m('3', 30, 'ok'), m('4', null, 'suppressed'), m('5', 5, 'coded_low')];
    const figures = districtGroupFigures(measures, []);
    expect(figures.get('2024-25 ela black')).toEqual({ basis: 'schools', value: 20, schools: 3, hidden: 1, coded: 1, reference: null });
    const ref = {
      school_year: '2024-25',
      reference: 'district',
      indicator_id: 'ela',
      student_group: 'black',
      value: 17,
      status: 'ok' as const,
      reason: null,
    };
    expect(districtGroupFigures(measures, [ref]).get('2024-25 ela black')).toEqual({ basis: 'reference', value: 17 });
  });
});
