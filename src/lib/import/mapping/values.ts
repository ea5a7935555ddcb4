import type { CellStatus } from '../../data/schemas.ts';
import type { OutCell } from '../write-csv.ts';
import type { SourceRow } from '../rows.ts';
import type { ImportReport } from '../report.ts';
import { expectedNumber, readCell, sameCode } from './cells.ts';
import type { Amount, IndicatorRule, Mask, MaskColumn, ValueRule } from './schema.ts';

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

type MaskCell = Extract<ReturnType<typeof readCell>, { kind: 'mask' }>;

/**
 * The code of a sibling mask column: null when the value is shown, the mask when it is hidden,
 * or 'bad' for a code the mapping does not list (reported).
 */
function siblingMask(maskColumn: MaskColumn, { file, row, masks, report }: Context): MaskCell | null | 'bad' {
  const raw = (row.cells[maskColumn.column] ?? '').trim();
  if (raw === '' || maskColumn.unmasked.some((code) => sameCode(code, raw))) return null;
  const cell = readCell(raw, masks);
  if (cell.kind === 'mask') return cell;
  const codes = [...maskColumn.unmasked, ...Object.keys(masks)].map((code) => JSON.stringify(code));
  report.issues.add({
    file,
    line: row.line,
    column: maskColumn.column,
    value: raw,
    expected: `a blank cell or a masking code: ${codes.join(', ')}`,
  });
  return 'bad';
}

/** A count over one column or the sum of several; a masked or blank part masks or blanks the sum. */
function countCells(column: Amount, context: Context): ValueCells | null {
  const cells = (typeof column === 'string' ? [column] : column.sum).map((part) => numberOrMask(part, context));
  let sum = 0;
  for (const cell of cells) {
    if (cell === null) return null;
    if (cell.kind === 'mask') return fromMask(cell);
    if (cell.kind === 'blank') return MISSING;
    sum += cell.value;
  }
  return { ...MISSING, value: sum, status: 'ok' };
}

/**
 * Dollars per pupil, to the cent; blank when the source is blank. spending.csv has no status,
 * so a masked amount cannot be written: it is an issue.
 */
export function dollarsOf(amount: Amount, context: Context): number | null | undefined {
  const cells = countCells(amount, { ...context, masks: {} });
  if (cells === null) return undefined;
  return typeof cells.value === 'number' ? Math.round(cells.value * 100) / 100 : null;
}

/** A blank value, with the reason its row gives, if the rule names one. */
function missing(rule: Extract<ValueRule, { as: 'value' }>, row: SourceRow): ValueCells {
  const because = rule.missing_reason;
  const matches = because !== undefined && because.equals.includes((row.cells[because.column] ?? '').trim());
  return matches ? { ...MISSING, reason: because.reason } : MISSING;
}

function fromMask(cell: { status: Exclude<CellStatus, 'ok'>; bound: number | null; reason: string | null }): ValueCells {
  return { numerator: null, denominator: null, value: cell.bound, status: cell.status, reason: cell.reason };
}

/** A categorical indicator's level, written as the mapping lists it; anything else is an issue. */
function levelCells(rule: Extract<ValueRule, { as: 'value' }>, levels: readonly string[], context: Context): ValueCells | null {
  const raw = (context.row.cells[rule.column] ?? '').trim();
  if (raw === '') return missing(rule, context.row);
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
export function valueCells(
  rule: Exclude<ValueRule, { as: 'spending' }>,
  indicator: IndicatorRule | undefined,
  mappingContext: Context,
): ValueCells | null {
  const ruleContext = rule.masks === undefined ? mappingContext : { ...mappingContext, masks: rule.masks };
  if (rule.as === 'count') return countCells(rule.column, ruleContext);
  // With a mask column the codes are read there, and the value's own cell holds numbers only.
  const context = rule.mask_column === undefined ? ruleContext : { ...ruleContext, masks: {} };
  const sibling = rule.mask_column === undefined ? null : siblingMask(rule.mask_column, ruleContext);
  if (sibling === 'bad') return null;
  if (sibling !== null) {
    // A coded range keeps the size of the group it is of; a suppressed value keeps nothing.
    const denominator = sibling.bound === null || rule.denominator === undefined ? null : numberOrMask(rule.denominator, context);
    return { ...fromMask(sibling), denominator: denominator?.kind === 'number' ? denominator.value : null };
  }
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
  if (cell.kind === 'blank') return missing(rule, context.row);
  if (cell.kind === 'mask') return fromMask(cell);
  const denominator = rule.denominator === undefined ? null : numberOrMask(rule.denominator, context);
  if (denominator === null && rule.denominator !== undefined) return null;
  const scale = rule.scale === 'fraction' ? 100 : 1;
  return { ...MISSING, value: cell.value * scale, denominator: denominator?.kind === 'number' ? denominator.value : null, status: 'ok' };
}
