import { PLACEHOLDER_EXPLANATION } from '../../data/placeholder.ts';
import type { IndicatorRule, Mapping } from './schema.ts';

/** A YAML scalar: JSON's quoting is valid YAML, and keeps "Level 2: B" a string. */
const y = (value: string | number | boolean) => (typeof value === 'string' ? JSON.stringify(value) : String(value));

function frontMatter(entries: readonly (readonly [string, string | number | boolean | readonly string[] | undefined])[]): string {
  const lines = entries
    .filter((entry): entry is readonly [string, string | number | boolean | readonly string[]] => entry[1] !== undefined)
    .map(
      ([key, value]) =>
        `${key}: ${Array.isArray(value) ? `[${value.map((v) => y(v)).join(', ')}]` : y(value as string | number | boolean)}`,
    );
  return `---\n${lines.join('\n')}\n---\n`;
}

function indicatorFile(indicator: IndicatorRule): string {
  const categorical = indicator.type === 'categorical';
  const scored = !categorical && indicator.scored;
  return `${frontMatter([
    ['id', indicator.id],
    ['title', indicator.title],
    ['domain', indicator.domain],
    ['kind', indicator.kind],
    ['type', indicator.type],
    ['unit', categorical ? undefined : indicator.unit],
    ['levels', categorical ? indicator.levels : undefined],
    ['direction', categorical ? undefined : indicator.direction],
    ['scored', categorical ? undefined : scored],
    ['weight', scored ? (indicator.weight ?? 1) : undefined],
    ['share_of', indicator.share_of],
    ['source', indicator.source],
  ])}\n${PLACEHOLDER_EXPLANATION}\n`;
}

/** The starter index: need-oriented, like the init template's, over the mapping's scored indicators. */
const INDEX = `orientation: need
scope: all
indicators:
  normalization: zscore
domains:
  aggregation: weighted_mean
  min_coverage: 0.5
composite:
  aggregation: weighted_mean
  min_coverage: 0.5
scale:
  method: minmax
  min: 0
  max: 100
  round: 1
levels:
  method: quantiles
  count: 3
  labels: [Lower need, Moderate need, Higher need]`;

/**
 * A starter content/ for the mapped site: site.md, index.md, a file per domain and one per
 * mapped indicator, each with the placeholder explanation \`npm run check\` flags.
 */
export function starterContent(mapping: Mapping): Map<string, string> {
  const files = new Map<string, string>();
  const { site } = mapping;
  files.set(
    'content/site.md',
    `${frontMatter([
      ['name', site.name],
      ['short_name', site.short_name],
      ['notice', site.notice],
      ['need_measure', site.need_measure],
    ])}\n${PLACEHOLDER_EXPLANATION}\n`,
  );
  files.set('content/index.md', `---\ntitle: ${y(`${site.short_name} Equity Index`)}\n${INDEX}\n---\n\n${PLACEHOLDER_EXPLANATION}\n`);
  for (const domain of mapping.domains)
    files.set(
      `content/domains/${domain.id}.md`,
      `${frontMatter([
        ['id', domain.id],
        ['title', domain.title],
        ['weight', domain.weight],
        ['order', domain.order],
      ])}\n${PLACEHOLDER_EXPLANATION}\n`,
    );
  for (const indicator of mapping.indicators) files.set(`content/indicators/${indicator.id}.md`, indicatorFile(indicator));
  return files;
}
