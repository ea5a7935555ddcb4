import * as Plot from '@observablehq/plot';
import type { Unit } from '../data/schemas.ts';
import { formatNumber } from '../format/number.ts';
import { t } from '../i18n/t.ts';
import { plotFrame } from './dom.ts';
import { finalizeSvg } from './finalize.ts';
import { leftMargin, niceDomain, valueAxis } from './scale.ts';
import { textWidth } from './text.ts';
import { CATEGORY_STYLES, HALO } from './theme.ts';
import type { ChartOptions } from './types.ts';

interface Axis {
  label: string;
  unit: Unit;
}

export interface ScatterData {
  /** `category` is an index into `categories`. */
  points: readonly { x: number; y: number; category: number }[];
  /** Each category's label, in the legend's order; shape and colour follow it. */
  categories: readonly string[];
  x: Axis;
  y: Axis;
}

const HEIGHT = 400;
const LEGEND_ROW = 22;
const MARGIN = { right: 16, bottom: 44 };
const SWATCH = 14;
const GAP = 16;

const styleOf = (category: number) => CATEGORY_STYLES[category % CATEGORY_STYLES.length] ?? CATEGORY_STYLES[0];

/** The legend's items, left to right and wrapped onto rows: a mark's shape beside its label. */
function legendItems(categories: readonly string[], width: number) {
  let x = 0;
  let row = 0;
  return categories.map((label, category) => {
    const itemWidth = SWATCH + 6 + textWidth(label);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row += 1;
    }
    const item = { label, category, x, row };
    x += itemWidth + GAP;
    return item;
  });
}

/**
 * One mark a point (a school, by need across and spending up), each category in its own shape
 * and colour, named by a legend in words above the plot.
 */
export function renderScatterChart(data: ScatterData, { locale, idPrefix }: ChartOptions): string {
  const xDomain = niceDomain(
    data.points.map((p) => p.x),
    6,
  );
  const yDomain = niceDomain(
    data.points.map((p) => p.y),
    5,
  );
  const xAxis = valueAxis(xDomain, 6, data.x.unit, locale);
  const yAxis = valueAxis(yDomain, 5, data.y.unit, locale);
  const marginLeft = leftMargin(yAxis.ticks.map(yAxis.tickFormat));
  const legend = legendItems(data.categories, 640 - marginLeft - MARGIN.right);
  const marginTop = 12 + (Math.max(0, ...legend.map((i) => i.row)) + 1) * LEGEND_ROW;
  // Fewer schools of a category are drawn last, so a rare shape is not buried under a common one.
  const counts = data.categories.map((_, c) => data.points.filter((p) => p.category === c).length);
  const drawOrder = data.categories.map((_, c) => c).sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a - b);
  const svg = Plot.plot({
    ...plotFrame(HEIGHT + marginTop),
    marginTop,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft,
    x: { domain: xDomain, ...xAxis, label: data.x.label, labelAnchor: 'center', labelArrow: 'none', labelOffset: 36, grid: true },
    y: {
      domain: yDomain,
      ...yAxis,
      label: data.y.label,
      labelAnchor: 'center',
      labelArrow: 'none',
      labelOffset: marginLeft - 4,
      grid: true,
    },
    marks: [
      ...drawOrder.map((c) =>
        Plot.dot(
          data.points.filter((p) => p.category === c),
          { x: 'x', y: 'y', r: 4.5, symbol: styleOf(c).symbol, fill: styleOf(c).colour, stroke: HALO, strokeWidth: 1 },
        ),
      ),
      ...legend.flatMap((item) => {
        const at = { frameAnchor: 'top-left', dy: -marginTop + 12 + item.row * LEGEND_ROW + SWATCH / 2 } as const;
        return [
          Plot.dot([item], {
            ...at,
            dx: item.x + SWATCH / 2,
            r: 5,
            symbol: styleOf(item.category).symbol,
            fill: styleOf(item.category).colour,
          }),
          Plot.text([item], {
            ...at,
            dx: item.x + SWATCH + 6,
            text: 'label',
            textAnchor: 'start',
            lineAnchor: 'middle',
            fill: 'currentColor',
          }),
        ];
      }),
    ],
  });
  return finalizeSvg(svg, { idPrefix, title: describeScatterChart(data, locale) });
}

/** "58 schools, each a mark by need across and spending up; in 3 kinds, told apart by shape and colour." */
function describeScatterChart(data: ScatterData, locale: string): string {
  return t(locale, 'chart.scatter.summary', {
    count: formatNumber(data.points.length, locale),
    x: data.x.label,
    y: data.y.label,
    categories: data.categories.join(', '),
  });
}
