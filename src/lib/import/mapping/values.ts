import type { CellStatus } from '../../data/schemas.ts';
import type { OutCell } from '../write-csv.ts';
import type { SourceRow } from '../rows.ts';
import type { ImportReport } from '../report.ts';
import { expectedNumber, readCell } from './cells.ts';
import type { IndicatorRule, Mask, ValueRule } from './schema.ts';

/** The cells of a measure, a reference or an enrollment row that come from one value rule. */
export interface ValueCells {
  numerator: number | null;
  denominator: number | null;
  value: OutCell;
  status: CellStatus;
  reason: string | null;
}

interface Context {
  file: string;
  row: SourceRow;
  masks: Readonly<Record<string, Mask>>;
  report: ImportReport;
}

const MISSING: ValueCells = { numerator: null, denominator: null, value: null, status: 'missing', reason: null };

/** One cell as a number or a mask; an unreadable cell is an issue naming what was expected, and gives null. */
function numberOrMask(column: string, { file, row, masks, report }: Context) {
  const raw = row.cells[column] ?? '';
  const cell = readCell(raw, masks);
  if (cell.kind === 'bad') {
    report.issues.add({ file, line: row.line, column, value: raw, expected: expectedNumber(masks) });
    return null;
  }
  return cell;
}

function fromMask(cell: { status: Exclude<CellStatus, 'ok'>; bound: number | null; reason: string | null }): ValueCells {
  return { numerator: null, denominator: null, value: cell.bound, status: cell.status, reason: cell.reason };
}

/** A categorical indicator's level, written as the mapping lists it; anything else is an issue. */
function levelCells(rule: Extract<ValueRule, { as: 'value' }>, levels: readonly string[], context: Context): ValueCells | null {
  const raw = (context.row.cells[rule.column] ?? '').trim();
  if (raw === '') return MISSING;
  const level = levels.find((name) => name.toLowerCase() === raw.toLowerCase());
  if (level !== undefined) return { ...MISSING, value: level, status: 'ok' };
  const cell = readCell(raw, context.masks);
  if (cell.kind === 'mask') return fromMask(cell);
  context.report.issues.add({
    file: context.file,
    line: context.row.line,
    column: rule.column,
    value: raw,
    expected: `one of the levels of ${rule.indicator}: ${levels.join(', ')} (or a masking code of the mapping)`,
  });
  return null;
}

/**
 * The cells a value rule reads from a row, or null when a cell cannot be read (its issue is
 * already reported). A masked numerator or denominator masks the rate: the site must not
 * show a rate the source hid.
 */
export function valueCells(rule: ValueRule, indicator: IndicatorRule | undefined, mappingContext: Context): ValueCells | null {
  const context = rule.masks === undefined ? mappingContext : { ...mappingContext, masks: rule.masks };
  if (rule.as === 'rate') {
    const numerator = numberOrMask(rule.numerator, context);
    const denominator = numberOrMask(rule.denominator, context);
    if (numerator === null || denominator === null) return null;
    if (numerator.kind === 'mask') return fromMask(numerator);
    if (denominator.kind === 'mask') return fromMask(denominator);
    if (numerator.kind === 'blank' || denominator.kind === 'blank') return MISSING;
    return { numerator: numerator.value, denominator: denominator.value, value: null, status: 'ok', reason: null };
  }
  if (rule.as === 'value' && indicator?.type === 'categorical') return levelCells(rule, indicator.levels ?? [], context);
  const cell = numberOrMask(rule.column, context);
  if (cell === null) return null;
  if (cell.kind === 'blank') return MISSING;
  if (cell.kind === 'mask') return fromMask(cell);
  const scale = rule.as === 'value' && rule.scale === 'fraction' ? 100 : 1;
  return { ...MISSING, value: cell.value * scale, status: 'ok' };
}
