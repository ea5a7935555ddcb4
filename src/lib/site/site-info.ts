import type { PublishableDataset } from '../privacy/suppress.ts';
import { markdownToHtml } from '../markdown/markdown.ts';
import type { SiteData } from './types.ts';

/** The site's settings, the index's method and levels, and the domains, as every page reads them. */
export function describeSite(data: PublishableDataset, currentYear: string): Pick<SiteData, 'site' | 'manifest' | 'index' | 'domains'> {
  const levelLabels = data.method.levels?.labels ?? [];
  const levelCount = data.method.levels?.method === 'cuts' ? data.method.levels.cuts.length + 1 : (data.method.levels?.count ?? 0);
  const totalDomainWeight = data.domains.reduce((sum, d) => sum + d.weight, 0);
  const { body: methodBody, ...method } = data.method;
  return {
    site: {
      name: data.site.name,
      shortName: data.site.short_name,
      notice: data.site.notice ?? null,
      base: data.site.base,
      url: data.site.url ?? null,
      locale: data.site.default_locale,
      locales: data.site.locales,
      minGroupSize: data.site.min_group_size,
      smallCount: data.site.small_count,
      currentYear,
      years: data.years,
      needMeasure: data.site.need_measure,
      peerCount: data.site.peers.count,
      peerSameLevel: data.site.peers.same_level,
      dataContact: data.site.data_contact ?? null,
      homeHtml: markdownToHtml(data.site.body).html,
      accessibilityContact: data.site.accessibility_contact ?? null,
      declaredGroups: data.site.student_groups.map((g) => ({ id: g.id, label: g.label })),
    },
    manifest: data.manifest,
    index: {
      title: data.method.title,
      method,
      html: markdownToHtml(methodBody).html,
      levels: Array.from({ length: levelCount }, (_, i) => ({ level: i + 1, label: levelLabels[i] ?? `Level ${i + 1}` })),
    },
    domains: data.domains.map((d) => ({
      id: d.id,
      title: d.title,
      weight: d.weight,
      share: d.weight / totalDomainWeight,
      html: markdownToHtml(d.body).html,
      indicatorIds: data.indicators.filter((i) => i.domain === d.id).map((i) => i.id),
    })),
  };
}
