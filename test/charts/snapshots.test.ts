import { describe, it } from 'vitest';
import { CASES } from './cases.ts';
import { expectSvgSnapshot } from './snapshot.ts';

describe('chart snapshots', () => {
  it.each(CASES)('$name renders as committed', ({ name, render }) => {
    expectSvgSnapshot(name, render('chart'));
  });
});
