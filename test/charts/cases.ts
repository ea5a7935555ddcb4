import { renderBarChart, type BarData } from '../../src/lib/charts/bar.ts';
import { renderHistogramChart, type HistogramData } from '../../src/lib/charts/histogram.ts';
import { renderLocatorChart, type LocatorData } from '../../src/lib/charts/locator.ts';
import { renderScatterChart, type ScatterData } from '../../src/lib/charts/scatter.ts';
import { renderSparklines, type SparklinesData } from '../../src/lib/charts/sparklines.ts';
import { renderTrendChart, type TrendData } from '../../src/lib/charts/trend.ts';
import { computeDistrictGrid } from '../../src/lib/site/district-grid.ts';

export const histogramPlain: HistogramData = {
  values: [12, 25.5, 31.2, 40, 44.4, 47.5, 50, 52, 58.3, 64, 70.1, 88],
  xLabel: 'Index score',
  unit: 'score',
  decimals: 1,
};

export const histogramMarked: HistogramData = {
  values: [4.2, 8.9, 9.5, 11, 12.3, 12.8, 14.1, 15, 18.7, 22.4, 31],
  xLabel: 'Chronic absenteeism',
  unit: 'percent',
  decimals: 1,
  marker: { value: 18.7, label: 'Lakeview Elementary' },
  referenceLine: { value: 12.8, label: 'District median' },
};

const YEARS = ['2020-21', '2021-22', '2022-23', '2023-24', '2024-25'];

function points(values: readonly (number | null)[]) {
  return YEARS.map((year, index) => ({ year, value: values[index] ?? null }));
}

export const trendPlain: TrendData = {
  yLabel: 'Index score',
  unit: 'score',
  decimals: 1,
  yDomain: [0, 100],
  series: [
    { label: 'Lakeview Elementary', emphasis: true, points: points([41, 44.2, 47.9, 50.1, 55.3]) },
    { label: 'District median', emphasis: false, points: points([49.5, 50.2, 50, 50.8, 51.4]) },
  ],
};

export const trendGap: TrendData = {
  ...trendPlain,
  series: [
    { label: 'Lakeview Elementary', emphasis: true, points: points([41, 44.2, null, 50.1, 55.3]) },
    { label: 'District median', emphasis: false, points: points([49.5, 50.2, 50, 50.8, 51.4]) },
  ],
};

export const barScores: BarData = {
  xLabel: 'Domain score',
  unit: 'score',
  decimals: 1,
  domain: [0, 100],
  referenceValue: { value: 50, label: 'District median' },
  bars: [
    { label: 'Opportunity', value: 72, emphasis: true },
    { label: 'Student outcomes', value: 45.25 },
    { label: 'Systems', value: 12.5 },
  ],
};

/** A score's parts ("Why this score"): bars either side of zero, largest first. */
const barParts: BarData = {
  xLabel: 'Points of the score',
  unit: 'score',
  decimals: 1,
  bars: [
    { label: 'Chronic absenteeism', value: 34 },
    { label: 'Students who are economically disadvantaged', value: -8.3 },
    { label: 'Proficiency', value: 0 },
  ],
};

export const barWeights: BarData = {
  xLabel: 'Weight in the index',
  unit: 'percent',
  decimals: 0,
  bars: [
    { label: 'Need', value: 40 },
    { label: 'Outcomes', value: 35 },
    { label: 'Resources', value: 25 },
  ],
};

/** 25 schools spread on a fixed pattern over about 14 km by 11 km, and 15 close together in the east. */
const districtSchools = Array.from({ length: 40 }, (_, i) =>
  i < 25
    ? { latitude: 38.5 + ((i * 37) % 100) / 1000, longitude: -121.55 + ((i * 61) % 160) / 1000 }
    : { latitude: 38.57 + (i % 4) / 1000, longitude: -121.45 + (i % 5) / 1000 },
);

export const locatorDistrict: LocatorData = {
  grid: computeDistrictGrid(districtSchools) as LocatorData['grid'],
  school: { ...(districtSchools[7] as { latitude: number; longitude: number }), label: 'Lakeview Elementary School of the Arts' },
};

export const locatorSingle: LocatorData = {
  grid: computeDistrictGrid([{ latitude: 35.77, longitude: -78.64 }]) as LocatorData['grid'],
  school: { latitude: 35.77, longitude: -78.64, label: 'Oak Grove Charter' },
};

/** Two measures of one area: a gap year in the school's line, a flat median, and a measure reported for fewer years. */
export const sparklinesArea: SparklinesData = {
  label: 'Intangible',
  years: YEARS,
  rows: [
    {
      label: 'Chronic absenteeism',
      unit: 'percent',
      decimals: 1,
      direction: 'lower_is_better',
      school: points([12, 13.5, null, 15, 15.2]),
      comparison: points([11, 11, 11, 11, 11]),
      lastText: '15.2%',
    },
    {
      label: 'Students who feel they belong at school',
      unit: 'percent',
      decimals: 0,
      direction: 'higher_is_better',
      school: points([null, null, 61, 66, 70]),
      comparison: points([null, null, 64, 65, 65]),
      lastText: '70%',
    },
  ],
};

/** Every snapshot: its file name and how to render it with a given id prefix. */
/** Spending against need: three index levels, each its own shape, one of them a single school. */
const scatterLevels: ScatterData = {
  x: { label: 'Economically disadvantaged', unit: 'percent' },
  y: { label: 'State and local money per student', unit: 'dollars' },
  categories: ['Highest need', 'Middle need', 'Lowest need'],
  points: [
    { x: 82, y: 11800, category: 0 },
    { x: 74.5, y: 12250, category: 0 },
    { x: 69, y: 10900, category: 0 },
    { x: 48, y: 11050, category: 1 },
    { x: 52.5, y: 10400, category: 1 },
    { x: 40, y: 11600, category: 1 },
    { x: 12, y: 10150, category: 2 },
  ],
};

export const CASES: readonly { name: string; render: (idPrefix: string) => string }[] = [
  { name: 'histogram-plain', render: (idPrefix) => renderHistogramChart(histogramPlain, { locale: 'en', idPrefix }) },
  { name: 'histogram-marked', render: (idPrefix) => renderHistogramChart(histogramMarked, { locale: 'en', idPrefix }) },
  { name: 'trend-plain', render: (idPrefix) => renderTrendChart(trendPlain, { locale: 'en', idPrefix }) },
  { name: 'trend-gap', render: (idPrefix) => renderTrendChart(trendGap, { locale: 'en', idPrefix }) },
  { name: 'bar-scores', render: (idPrefix) => renderBarChart(barScores, { locale: 'en', idPrefix }) },
  { name: 'bar-parts', render: (idPrefix) => renderBarChart(barParts, { locale: 'en', idPrefix }) },
  { name: 'bar-weights', render: (idPrefix) => renderBarChart(barWeights, { locale: 'en', idPrefix }) },
  { name: 'locator-district', render: (idPrefix) => renderLocatorChart(locatorDistrict, { locale: 'en', idPrefix }) },
  { name: 'sparklines-area', render: (idPrefix) => renderSparklines(sparklinesArea, { locale: 'en', idPrefix }) },
  { name: 'scatter-levels', render: (idPrefix) => renderScatterChart(scatterLevels, { locale: 'en', idPrefix }) },
  { name: 'locator-single', render: (idPrefix) => renderLocatorChart(locatorSingle, { locale: 'en', idPrefix }) },
];
