import * as Plot from '@observablehq/plot';
import type { Unit } from '../data/schemas.ts';
import { formatValue } from '../format/value.ts';
import { t } from '../i18n/t.ts';
import type { Domain } from './scale.ts';
import { DASH, HALO } from './theme.ts';
import type { LabelledValue } from './types.ts';

/** Height of one row of rule labels above the frame. */
export const RULE_ROW = 16;

export interface RuleStyle {
  colour: string;
  dashed: boolean;
  /** 0 is the row nearest the frame; each rule gets its own row so labels never collide. */
  row: number;
}

export interface RuleContext {
  domain: Domain;
  unit: Unit;
  decimals: number;
  locale: string;
}

/**
 * A vertical rule at a value, with "label: value" written above the frame. A white halo
 * keeps the rule visible where it crosses bars of a similar shade.
 */
export function labelledRule(
  { value, label }: LabelledValue,
  { colour, dashed, row }: RuleStyle,
  { domain, unit, decimals, locale }: RuleContext,
): Plot.Markish[] {
  const strokeWidth = dashed ? 2 : 3;
  const text = t(locale, 'chart.label_value', { label, value: formatValue(value, unit, locale, decimals) });
  // Labels right of the middle read leftwards from the rule, so they stay inside the chart.
  const leftward = value > (domain[0] + domain[1]) / 2;
  return [
    Plot.ruleX([value], { stroke: HALO, strokeWidth: strokeWidth + 3 }),
    Plot.ruleX([value], { stroke: colour, strokeWidth, ...(dashed ? { strokeDasharray: DASH } : {}) }),
    Plot.text([value], {
      x: (d: number) => d,
      text: () => text,
      frameAnchor: 'top',
      lineAnchor: 'bottom',
      dy: -(4 + row * RULE_ROW),
      textAnchor: leftward ? 'end' : 'start',
      fill: colour,
      fontWeight: 'bold',
    }),
  ];
}
