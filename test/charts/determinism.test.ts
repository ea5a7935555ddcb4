import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { chartDocument } from '../../src/lib/charts/dom.ts';
import { finalizeSvg } from '../../src/lib/charts/finalize.ts';
import { CASES } from './cases.ts';
import { idsOf, referencesOf } from './inspect.ts';

/** A chart whose raw SVG has ids from Plot's process-wide counters (a clip path and a marker). */
function rawPlotWithIds(): Element {
  return Plot.plot({
    document: chartDocument,
    className: 'ser-chart',
    marks: [Plot.lineY([3, 1, 4, 1, 5], { clip: true, marker: 'circle' })],
  }) as unknown as Element;
}

describe('determinism', () => {
  it.each(CASES)('$name renders the same bytes twice in one process', ({ render }) => {
    expect(render('same')).toBe(render('same'));
  });

  it('numbers Plot ids from the prefix, not from counters that advance with every chart', () => {
    const first = finalizeSvg(rawPlotWithIds(), { idPrefix: 'fig', title: 'A line' });
    const second = finalizeSvg(rawPlotWithIds(), { idPrefix: 'fig', title: 'A line' });
    expect(idsOf(first)).toEqual(['fig-1', 'fig-2']);
    expect(second).toBe(first);
  });

  it('keeps two charts on one page apart', () => {
    const a = finalizeSvg(rawPlotWithIds(), { idPrefix: 'trend', title: 'A line' });
    const b = finalizeSvg(rawPlotWithIds(), { idPrefix: 'bars', title: 'A line' });
    const shared = idsOf(a).filter((id) => idsOf(b).includes(id));
    expect(shared).toEqual([]);
    for (const svg of [a, b]) {
      expect(referencesOf(svg).length).toBeGreaterThan(0);
      for (const reference of referencesOf(svg)) expect(idsOf(svg)).toContain(reference);
    }
  });
});
