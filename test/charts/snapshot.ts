import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const FIXTURES = fileURLToPath(new URL('../fixtures/charts/', import.meta.url));

/**
 * Compares a chart with its committed SVG. Locally, a missing snapshot is written (review it
 * and commit it) and a changed chart is written beside it as `<name>-changed.svg` to compare
 * by eye; in CI both fail, so nothing unreviewed passes.
 */
export function expectSvgSnapshot(name: string, svg: string): void {
  const file = `${FIXTURES}${name}.svg`;
  const changed = `${FIXTURES}${name}-changed.svg`;
  const actual = `${svg}\n`;
  if (!existsSync(file)) {
    if (process.env['CI']) throw new Error(`No snapshot ${file}: run the tests locally, review it and commit it`);
    writeFileSync(file, actual);
    console.log(`Wrote a new chart snapshot: ${file}; review it and commit it.`);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  if (!process.env['CI']) writeFileSync(changed, actual);
  expect(actual, `${name} differs from its snapshot; the new chart is in ${changed}`).toBe(expected);
}
