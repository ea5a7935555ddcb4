import type { SiteConfig } from '../data/schemas.ts';
import { t } from '../i18n/index.ts';

/**
 * The plain-language privacy text, written from the site's thresholds so it always states
 * the rules the build ran: headings and paragraphs for a page to render.
 */
export function explainPrivacy(
  site: Pick<SiteConfig, 'min_group_size' | 'small_count'>,
  locale: string,
): { heading: string; text: string[] }[] {
  const min = String(site.min_group_size);
  const small = String(site.small_count);
  return [
    { heading: t(locale, 'privacy.what.heading'), text: [t(locale, 'privacy.what.text')] },
    {
      heading: t(locale, 'privacy.rules.heading'),
      text: [
        t(locale, 'privacy.rules.primary', { min }),
        t(locale, 'privacy.rules.small', { small }),
        t(locale, 'privacy.rules.complementary', { min, small }),
        t(locale, 'privacy.rules.shares'),
        t(locale, 'privacy.rules.same'),
      ],
    },
    {
      heading: t(locale, 'privacy.claims.heading'),
      text: [t(locale, 'privacy.claims.checked', { min, small }), t(locale, 'privacy.claims.not'), t(locale, 'privacy.claims.tracking')],
    },
  ];
}

/** Said by every build: the published site is safe, the repository's data/ is not. */
export function repositoryWarning(locale: string): string {
  return t(locale, 'privacy.repository.warning');
}
