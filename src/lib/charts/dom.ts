import { parseHTML } from 'linkedom';
import { CHART_CLASS, CHART_WIDTH, FONT_SIZE } from './theme.ts';

/**
 * One document for every chart in the process: Plot only needs a factory for elements, and
 * building a document per chart would cost more than the chart itself.
 */
export const chartDocument = parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

/** The options every chart shares: the shared document, the site's chart class, size and font. */
export function plotFrame(height: number) {
  return {
    document: chartDocument,
    className: CHART_CLASS,
    style: { fontSize: `${FONT_SIZE}px` },
    width: CHART_WIDTH,
    height,
  };
}
