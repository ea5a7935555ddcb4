import { parseHTML } from 'linkedom';

/**
 * One document for every chart in the process: Plot only needs a factory for elements, and
 * building a document per chart would cost more than the chart itself.
 */
export const chartDocument = parseHTML('<!doctype html><html><body></body></html>')
  .document as unknown as Document;
