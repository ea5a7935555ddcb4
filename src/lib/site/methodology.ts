import { formatNumber, formatPercent } from '../format/index.ts';
import { t } from '../i18n/index.ts';
import type { IndexMethod } from '../index/method.ts';

/**
 * The methodology, written from the index's configuration rather than by hand, so the page
 * always describes the computation the build actually ran.
 */
export function describeMethod(method: IndexMethod, minGroupSize: number, locale: string): { heading: string; text: string[] }[] {
  const pct = (share: number) => formatPercent(share * 100, locale, { decimals: 0 });
  const rounding = (digits: number | null) => (digits === null ? [] : [t(locale, 'method.rounding', { digits: String(digits) })]);
  const scope = t(locale, `method.scope.${method.scope}`);
  const levels = method.levels;
  // Domains and the composite are the same kind of stage: aggregate, check coverage, rescale, round.
  const describeAggregation = (
    stage: IndexMethod['domains'] | IndexMethod['composite'],
    parts: 'indicators' | 'domains',
    coverage: 'domain' | 'composite',
  ): string[] => [
    t(locale, `method.aggregation.${stage.aggregation}`, { parts: t(locale, `method.parts.${parts}`) }),
    t(locale, `method.coverage.${coverage}`, { share: pct(stage.min_coverage) }),
    ...(stage.normalization === 'none'
      ? []
      : [t(locale, 'method.renormalize', { method: t(locale, `method.name.${stage.normalization}`) })]),
    ...rounding(stage.round),
  ];
  return [
    {
      heading: t(locale, 'method.step.normalize'),
      text: [
        t(locale, `method.normalization.${method.indicators.normalization}`, { scope }),
        t(locale, `method.orientation.${method.orientation}`),
        ...rounding(method.indicators.round),
      ],
    },
    {
      heading: t(locale, 'method.step.domains'),
      text: describeAggregation(method.domains, 'indicators', 'domain'),
    },
    {
      heading: t(locale, 'method.step.composite'),
      text: describeAggregation(method.composite, 'domains', 'composite'),
    },
    {
      heading: t(locale, 'method.step.scale'),
      text: [
        t(locale, `method.scale.${method.scale.method}`, {
          min: formatNumber(method.scale.min, locale, { decimals: 0 }),
          max: formatNumber(method.scale.max, locale, { decimals: 0 }),
        }),
        ...rounding(method.scale.round),
        t(locale, 'method.rank'),
        ...(levels === undefined
          ? []
          : levels.method === 'quantiles'
            ? [t(locale, 'method.levels.quantiles', { count: String(levels.count) })]
            : [t(locale, 'method.levels.cuts', { cuts: levels.cuts.map((c) => formatNumber(c, locale, { decimals: 1 })).join(', ') })]),
        t(locale, 'method.change'),
      ],
    },
    {
      heading: t(locale, 'method.step.privacy'),
      text: [t(locale, 'method.privacy', { n: String(minGroupSize) })],
    },
  ];
}
