import { randomLcg, randomNormal } from 'd3';

/**
 * Seeded randomness for the demo district. Every draw comes from a d3 LCG; nothing reads
 * Math.random or the clock. Each part of the simulation gets its own named stream
 * (`stream('students', '0101', '2023-24')`), so adding a school or an indicator does not
 * reshuffle the numbers of every other school.
 */
export interface Random {
  /** Uniform on [0, 1). */
  uniform(): number;
  /** Normal with the given mean and standard deviation. */
  normal(mean?: number, sd?: number): number;
  bernoulli(p: number): boolean;
  /** A whole number from min to max, both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** An index drawn with probability proportional to `weights`. */
  categorical(weights: readonly number[]): number;
}

/** 32-bit FNV-1a: a stable string hash for deriving stream seeds. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export type StreamFactory = (...keys: (string | number)[]) => Random;

export function streams(seed: number): StreamFactory {
  return (...keys) => {
    const source = randomLcg(fnv1a([seed, ...keys].join('|')) / 2 ** 32);
    // Discard a few outputs so streams with neighbouring seeds do not start alike.
    for (let i = 0; i < 4; i++) source();
    const standardNormal = randomNormal.source(source)(0, 1);
    const random: Random = {
      uniform: source,
      normal: (mean = 0, sd = 1) => mean + sd * standardNormal(),
      bernoulli: (p) => source() < p,
      int: (min, max) => min + Math.floor(source() * (max - min + 1)),
      pick: (items) => {
        const item = items[Math.floor(source() * items.length)];
        if (item === undefined) throw new Error('pick from an empty list');
        return item;
      },
      categorical: (weights) => {
        let total = 0;
        for (const w of weights) total += w;
        let u = source() * total;
        for (let i = 0; i < weights.length; i++) {
          u -= weights[i] ?? 0;
          if (u < 0) return i;
        }
        return weights.length - 1;
      },
    };
    return random;
  };
}

export const logistic = (x: number): number => 1 / (1 + Math.exp(-x));
