import { describe, expect, it } from 'vitest';
import { describeBarChart } from '../../src/lib/charts/bar.ts';
import { describeHistogramChart } from '../../src/lib/charts/histogram.ts';
import { describeSparklines } from '../../src/lib/charts/sparklines.ts';
import { describeTrendChart, type TrendData } from '../../src/lib/charts/trend.ts';
import { barScores, barWeights, histogramMarked, histogramPlain, sparklinesArea, trendGap, trendPlain } from './cases.ts';

describe('describeHistogramChart', () => {
  it('states the middle half and the median', () => {
    expect(describeHistogramChart(histogramPlain, 'en')).toBe('Half of the 12 schools are between 37.8 and 59.7; the median is 48.8.');
  });

  it('places the marked school among the others, in the unit', () => {
    expect(describeHistogramChart(histogramMarked, 'en')).toBe(
      'Half of the 11 schools are between 10.3% and 16.9%; the median is 12.8%. ' +
        'Lakeview Elementary is at 18.7%; 73% of schools are lower.',
    );
  });

  it('handles one school and none', () => {
    expect(describeHistogramChart({ ...histogramPlain, values: [47.5] }, 'en')).toBe('One school, at 47.5.');
    expect(describeHistogramChart({ ...histogramPlain, values: [] }, 'en')).toBe('No school has a value to show.');
  });
});

describe('describeTrendChart', () => {
  it('says which way the school went and that the median held steady', () => {
    expect(describeTrendChart(trendPlain, 'en')).toBe(
      "Lakeview Elementary's score rose from 41.0 in 2020–21 to 55.3 in 2024–25. District median stayed near 50.",
    );
  });

  it('uses the first and last years that have values', () => {
    const school = {
      label: 'Hill Middle',
      emphasis: true,
      points: [
        { year: '2020-21', value: null },
        { year: '2021-22', value: 62.04 },
        { year: '2022-23', value: 58 },
        { year: '2023-24', value: null },
      ],
    };
    const median = {
      label: 'District median',
      emphasis: false,
      points: [
        { year: '2020-21', value: 40 },
        { year: '2021-22', value: 45 },
        { year: '2022-23', value: 52 },
      ],
    };
    const data: TrendData = { ...trendPlain, series: [median, school] };
    expect(describeTrendChart(data, 'en')).toBe(
      "Hill Middle's score fell from 62.0 in 2021–22 to 58.0 in 2022–23. District median rose from 40.0 to 52.0.",
    );
  });

  it('reads a change hidden by rounding as no change, and copes with one year or none', () => {
    const series = (values: readonly (number | null)[]) => [
      { label: 'Lakeview', emphasis: true, points: values.map((value, i) => ({ year: `202${i}-2${i + 1}`, value })) },
    ];
    expect(describeTrendChart({ ...trendPlain, series: series([50.01, 49.99]) }, 'en')).toBe(
      "Lakeview's score was 50.0 in both 2020–21 and 2021–22.",
    );
    expect(describeTrendChart({ ...trendPlain, series: series([null, 49.99]) }, 'en')).toBe(
      "Lakeview's score was 50.0 in 2021–22, the only year with a score.",
    );
    expect(describeTrendChart({ ...trendPlain, series: series([null, null]) }, 'en')).toBe('Lakeview has no scores to show.');
  });

  it('describes the gap fixture by its ends', () => {
    expect(describeTrendChart(trendGap, 'en')).toMatch(/^Lakeview Elementary's score rose from 41\.0 in 2020–21 to 55\.3/);
  });
});

describe('describeBarChart', () => {
  it('names the highest and lowest bars with their values', () => {
    expect(describeBarChart(barScores, 'en')).toBe('Highest: Opportunity (72.0); lowest: Systems (12.5).');
    expect(describeBarChart(barWeights, 'en')).toBe('Highest: Need (40%); lowest: Resources (25%).');
  });

  it('handles one bar, equal bars and none', () => {
    expect(describeBarChart({ ...barScores, bars: [{ label: 'Need', value: 3 }] }, 'en')).toBe('Need: 3.0.');
    const equal = [
      { label: 'A', value: 20 },
      { label: 'B', value: 20 },
    ];
    expect(describeBarChart({ ...barScores, bars: equal }, 'en')).toBe('All 2 are at 20.0.');
    expect(describeBarChart({ ...barScores, bars: [] }, 'en')).toBe('No values to show.');
  });
});

describe('the small-multiples description', () => {
  it('says of each measure how it moved, and whether that is better or worse', () => {
    expect(describeSparklines(sparklinesArea, 'en')).toBe(
      'Chronic absenteeism rose from 12.0% in 2020–21 to 15.2% in 2024–25 (worse); Students who feel they belong at school rose from 61% in 2022–23 to 70% in 2024–25 (better).',
    );
  });
});
