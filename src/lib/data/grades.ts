import { z } from 'zod';

/** Grades in school order: pre-kindergarten, kindergarten, then 1 to 12. */
const GRADES = ['PK', 'K', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const;

const EXPECTED = 'grades like K-5, 9-12, 8 or "PK, K-5" (grades PK, K and 1 to 12; a span is written first-last)';

/** A grade's place in school order, or -1; "07" and "KG" are how some exports write 7 and K. */
function gradeIndex(text: string): number {
  const grade = text === 'KG' ? 'K' : /^\d+$/.test(text) ? String(Number(text)) : text;
  return (GRADES as readonly string[]).indexOf(grade);
}

type Span = readonly [number, number];

/** Each comma-separated part as a span of grade indexes, or a phrase saying what is wrong. */
function parseSpans(text: string): Span[] | string {
  const spans: Span[] = [];
  for (const part of text.split(',')) {
    const ends = part.split(/[-–]/).map((end) => gradeIndex(end.trim()));
    const first = ends[0] ?? -1;
    const last = ends[1] ?? first;
    if (ends.length > 2 || first < 0 || last < 0) return EXPECTED;
    if (last < first)
      return `a grade span whose last grade comes after its first, like K-5 ("${part.trim()}" ends before it starts)`;
    spans.push([first, last]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const overlap = spans.findIndex((span, i) => i > 0 && span[0] <= (spans[i - 1]?.[1] ?? -1));
  if (overlap > 0) return `grade spans that do not overlap (${spell(spans.slice(overlap - 1, overlap + 1))} share a grade)`;
  return spans;
}

/** The one spelling the site shows: "PK, K-5", "8", "9-12", spans in school order. */
function spell(spans: readonly Span[]): string {
  return spans.map(([first, last]) => (first === last ? GRADES[first] : `${GRADES[first]}-${GRADES[last]}`)).join(', ');
}

/**
 * The grades a school serves, as real directories write them ("PK, K-5", "PK,K-5", "8", "K-8",
 * "PK-K, 3-5"), in one canonical spelling so the same school always reads the same on the site.
 */
export const gradesCell = z.string().transform((raw, ctx) => {
  const result = parseSpans(raw.trim().toUpperCase());
  if (typeof result === 'string') {
    ctx.addIssue({ code: 'custom', message: result });
    return z.NEVER;
  }
  return spell(result);
});
