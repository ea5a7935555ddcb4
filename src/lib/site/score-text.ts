import { t } from '../i18n/index.ts';
import type { IndexMethod } from '../index/method.ts';

/** What a high score means, in the index's own orientation. */
export function scoreMeaning(method: Pick<IndexMethod, 'orientation'>, locale: string): string {
  return t(locale, `score.meaning.${method.orientation}`);
}

/**
 * What a domain score's number means. A domain score is on the scale of its re-normalization
 * when it has one. Otherwise it is a mean of normalized indicators, on their scale, or a
 * weighted sum, whose range depends on the weights: then only its direction can be said.
 */
export function domainScoreNote(method: Pick<IndexMethod, 'orientation' | 'indicators' | 'domains'>, locale: string): string {
  const { domains, indicators, orientation } = method;
  const renormalized = domains.normalization !== 'none';
  const scale = renormalized ? domains.normalization : indicators.normalization;
  const bounded = scale === 'minmax' || scale === 'percentile';
  return t(locale, `school.domains.note.${bounded && !renormalized && domains.aggregation === 'sum' ? 'sum' : scale}.${orientation}`);
}
