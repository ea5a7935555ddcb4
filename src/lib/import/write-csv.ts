/** A cell to write: text as is, a number without binary-float noise, null as a blank cell. */
export type OutCell = string | number | null;

/**
 * Twelve significant digits drop float noise (`54.29999999999999` → `54.3`) and keep every
 * digit a source file really published.
 */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}

function quote(cell: OutCell): string {
  const text = cell === null ? '' : typeof cell === 'number' ? formatNumber(cell) : cell;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV with the given columns in order, LF line ends and a final newline. */
export function toCsv(columns: readonly string[], rows: readonly Readonly<Record<string, OutCell>>[]): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((column) => quote(row[column] ?? null)).join(','))];
  return `${lines.join('\n')}\n`;
}
