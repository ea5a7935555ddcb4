/** The charts pages use: each renders an SVG string and describes its finding in a sentence or two. */
export { describeBarChart, renderBarChart } from './bar.ts';
export type { Bar, BarData } from './bar.ts';
export { describeHistogramChart, renderHistogramChart, tabulateHistogramChart } from './histogram.ts';
export type { HistogramData } from './histogram.ts';
export { describeTrendChart, renderTrendChart } from './trend.ts';
export type { TrendData, TrendPoint, TrendSeries } from './trend.ts';
export { CHART_CLASS } from './theme.ts';
export type { ChartOptions, LabelledValue } from './types.ts';
