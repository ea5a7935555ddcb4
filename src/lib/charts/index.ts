/** The charts pages use: each renders an SVG string and describes its finding in a sentence or two. */
export { describeBarChart, renderBarChart, type BarData } from './bar.ts';
export { describeHistogramChart, renderHistogramChart, tabulateHistogramChart } from './histogram.ts';
export { describeTrendChart, renderTrendChart } from './trend.ts';
