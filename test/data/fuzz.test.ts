import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRawDataset } from '../../src/lib/data/dataset.ts';
import { DataError } from '../../src/lib/errors.ts';
import { tinySiteWith } from './site-fixture.ts';

/**
 * 1,000 seeded mutations of a valid site's CSVs, manifest and front matter, each loaded and
 * validated in this process as a build does. Each must end in success or in a DataError whose
 * every issue names a file of the site, and, for a line-based file, no line before the
 * mutation (a problem the mutation caused is at or after where it was made).
 */
const VALID = tinySiteWith();
const PATHS = [...VALID.keys()];
const LINE_BASED = (path: string) => !path.endsWith('.json');

const MUTATIONS = [
  'truncate',
  'random bytes',
  'swap columns',
  'rename column',
  'huge number',
  'empty file',
  'latin-1 bytes',
  'utf-16',
  'bom in the middle',
  'drop line',
  'duplicate line',
] as const;

interface Mutation {
  kind: (typeof MUTATIONS)[number];
  path: string;
  /** Where in the file, as a fraction of its length or of its lines. */
  at: number;
  bytes: Uint8Array;
  huge: string;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...MUTATIONS),
  path: fc.constantFrom(...PATHS),
  at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  bytes: fc.uint8Array({ minLength: 1, maxLength: 24 }),
  huge: fc.constantFrom('1e308', '-1e309', '9'.repeat(400), '0.' + '0'.repeat(400) + '1', 'Infinity', '-0', '1e-400', '123456789012345678901234567890'),
});

/** The mutated text and the first line it touched (1-based; 1 for whole-file changes). */
function mutate(text: string, m: Mutation): { text: string; line: number } {
  const offset = Math.floor(m.at * text.length);
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const lines = text.split('\n');
  const lineIndex = Math.floor(m.at * lines.length);
  const withLines = (edited: string[]) => ({ text: edited.join('\n'), line: lineIndex + 1 });
  const header = lines[0]?.split(',') ?? [];
  const column = Math.floor(m.at * header.length);
  switch (m.kind) {
    case 'truncate':
      return { text: text.slice(0, offset), line: lineAt(offset) };
    case 'random bytes':
      return { text: text.slice(0, offset) + Buffer.from(m.bytes).toString('utf8') + text.slice(offset), line: lineAt(offset) };
    case 'swap columns': {
      const other = (column + 1) % header.length;
      [header[column], header[other]] = [header[other] ?? '', header[column] ?? ''];
      return { text: [header.join(','), ...lines.slice(1)].join('\n'), line: 1 };
    }
    case 'rename column':
      header[column] = `${header[column] ?? ''}_old`;
      return { text: [header.join(','), ...lines.slice(1)].join('\n'), line: 1 };
    case 'huge number': {
      const numbers = [...text.matchAll(/\d+(\.\d+)?/g)];
      const target = numbers[Math.floor(m.at * numbers.length)];
      if (!target) return { text, line: 1 };
      const index = target.index;
      return { text: text.slice(0, index) + m.huge + text.slice(index + target[0].length), line: lineAt(index) };
    }
    case 'empty file':
      return { text: '', line: 1 };
    case 'latin-1 bytes':
      // A spreadsheet saved as Latin-1 and read as UTF-8: accented letters become U+FFFD.
      return { text: text.slice(0, offset) + Buffer.from('Crèche Élan ñ', 'latin1').toString('utf8') + text.slice(offset), line: lineAt(offset) };
    case 'utf-16':
      return { text: Buffer.from(text, 'utf16le').toString('utf8'), line: 1 };
    case 'bom in the middle':
      return { text: `${text.slice(0, offset)}\uFEFF${text.slice(offset)}`, line: lineAt(offset) };
    case 'drop line':
      return withLines(lines.filter((_, i) => i !== lineIndex));
    case 'duplicate line':
      return withLines(lines.flatMap((l, i) => (i === lineIndex ? [l, l] : [l])));
  }
}

describe('loading mutated site files', () => {
  it('ends every case in success or a DataError naming the file and a line at or after the mutation', () => {
    const outcomes = new Map<string, number>();
    const count = (kind: string, outcome: string) => {
      for (const key of [outcome, `${kind}: ${outcome}`]) outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    };
    fc.assert(
      fc.property(mutation, (m) => {
        const { text, line } = mutate(VALID.get(m.path) ?? '', m);
        const files = new Map(VALID).set(m.path, text);
        try {
          parseRawDataset(files);
          count(m.kind, 'accepted');
          return;
        } catch (error) {
          if (!(error instanceof DataError)) throw error;
          count(m.kind, 'DataError');
          expect(error.issues.length).toBeGreaterThan(0);
          for (const issue of error.issues) {
            expect(issue.file).toMatch(/^(data|content)\//);
            expect(issue.expected.length).toBeGreaterThan(0);
            if (issue.file === m.path && issue.line !== undefined && LINE_BASED(m.path)) {
              expect(issue.line, `${m.kind} at line ${String(line)}: ${error.message}`).toBeGreaterThanOrEqual(line);
              expect(issue.line).toBeLessThanOrEqual(text.split('\n').length + 1);
            }
          }
        }
      }),
      { seed: 20261201, numRuns: 1000 },
    );
    console.info(`fuzz: 1000 mutations: ${[...outcomes].sort().map(([outcome, n]) => `${outcome} ${String(n)}`).join('; ')}`);
    // Both outcomes occur, so the mutations are neither all harmless nor all fatal.
    expect(outcomes.get('accepted')).toBeGreaterThan(0);
    expect(outcomes.get('DataError')).toBeGreaterThan(0);
  }, 120_000);
});
