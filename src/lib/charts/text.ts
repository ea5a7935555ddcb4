import { FONT_SIZE } from './theme.ts';

/** Spacing of the lines of a wrapped label, in pixels. */
export const LINE_HEIGHT = FONT_SIZE * 1.2;

/**
 * A generous width of a label in pixels: Plot does not size margins to text, and the
 * reader's font is unknown (0.65 em per character fits wide fonts like DejaVu, even bold).
 */
export function textWidth(text: string): number {
  return Math.ceil(text.length * FONT_SIZE * 0.65);
}

/**
 * Breaks a label into lines at spaces so each fits `maxWidth` pixels; a single word wider
 * than that keeps its own line. Wrapping here, not in Plot, tells the caller how many lines
 * there are, so labels can be spaced for them.
 */
export function wrapLines(text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const line = lines.at(-1);
    if (line !== undefined && textWidth(`${line} ${word}`) <= maxWidth) lines[lines.length - 1] = `${line} ${word}`;
    else lines.push(word);
  }
  return lines;
}
