import { formatDate } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import type { SchoolDetail } from '../types.ts';
import type { PageContext } from './context.ts';

export interface SchoolSourcesSection {
  heading: string;
  /** What each part of the page is made from: the file, its version and date, and who published it. */
  items: { what: string; text: string; href: string | null }[];
  /** Where to report a mistake; null when the site names no data contact. */
  report: { text: string; href: string } | null;
}

/** Which data file each part of the page reads; a file the site lacks is not listed. */
const PARTS = [
  ['measures.csv', 'school.sources.measures'],
  ['enrollment.csv', 'school.sources.enrollment'],
  ['spending.csv', 'school.sources.spending'],
  ['references.csv', 'school.sources.references'],
  ['schools.csv', 'school.sources.directory'],
] as const;

export function schoolSourcesSection(ctx: PageContext, school: SchoolDetail): SchoolSourcesSection {
  const { site, locale } = ctx;
  const contact = site.site.dataContact;
  const email = contact !== null && !/^https?:/.test(contact);
  return {
    heading: t(locale, 'school.sources.heading'),
    items: PARTS.flatMap(([path, what]) => {
      const file = site.manifest.files.find((f) => f.path === path);
      if (!file || (path === 'spending.csv' && school.spending.length === 0)) return [];
      return [
        {
          what: t(locale, what),
          text: t(locale, 'school.sources.file', {
            title: file.title,
            path: file.path,
            version: file.version,
            date: formatDate(file.published, locale),
            source: file.source,
          }),
          href: file.source_url ?? null,
        },
      ];
    }),
    report:
      contact === null
        ? null
        : email
          ? {
              text: t(locale, 'school.sources.report.email', { contact }),
              href: `mailto:${contact}?subject=${encodeURIComponent(`${school.name} (${school.id})`)}`,
            }
          : { text: t(locale, 'school.sources.report.url'), href: contact },
  };
}
