/** Minimal RFC 4180 writing: UTF-8, LF line ends, a header row, quotes only where needed. */

const escape = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

export function toCsv<C extends string>(columns: readonly C[], rows: readonly Record<C, string>[]): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => escape(row[c])).join(','));
  return `${lines.join('\n')}\n`;
}

/** Fixed decimals, never "-0.00000". */
export const fixed = (x: number, decimals: number): string => {
  const s = x.toFixed(decimals);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
};
