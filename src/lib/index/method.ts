import { z } from 'zod';

/**
 * How an index is computed, as a district writes it in `content/index.md` front matter.
 * The options are those of published indexes (OTIS-style equity indexes, CDC/ATSDR SVI,
 * North Carolina's performance grade), so the engine can reproduce them, not only ours.
 */

const NormalizationSchema = z.enum(['none', 'zscore', 'minmax', 'percentile'], {
  error: 'one of none, zscore, minmax, percentile',
});
export type Normalization = z.infer<typeof NormalizationSchema>;

const AggregationSchema = z.enum(['weighted_mean', 'sum'], {
  error: 'weighted_mean or sum',
});
export type Aggregation = z.infer<typeof AggregationSchema>;

/** Decimal places to round to (half away from zero, as spreadsheets' ROUND), or null for none. */
const RoundingSchema = z
  .number({ error: 'a whole number of decimal places from 0 to 12, or null' })
  .int({ error: 'a whole number of decimal places from 0 to 12, or null' })
  .min(0)
  .max(12)
  .nullable()
  .default(null);

const CoverageSchema = z
  .number({ error: 'a share of the weight from 0 (exclusive) to 1, like 0.6667' })
  .gt(0, { error: 'a share of the weight above 0, like 0.6667' })
  .max(1, { error: 'a share of the weight of at most 1' });

export const IndexMethodSchema = z.strictObject({
  title: z.string().min(1),
  /** `need`: a higher score means greater need. `performance`: a higher score means better results. */
  orientation: z.enum(['need', 'performance'], { error: 'need or performance' }).default('need'),
  /** Which schools an indicator is normalized against: all of a year's schools, or those of the same level. */
  scope: z.enum(['all', 'level'], { error: 'all or level' }).default('all'),
  indicators: z
    .strictObject({
      normalization: NormalizationSchema.default('zscore'),
      round: RoundingSchema,
    })
    .prefault({}),
  domains: z
    .strictObject({
      aggregation: AggregationSchema.default('weighted_mean'),
      /** Share of a domain's weight its present indicators must carry, else "insufficient data". */
      min_coverage: CoverageSchema.default(2 / 3),
      round_aggregate: RoundingSchema,
      /** Re-normalization of the aggregated domain value across schools. */
      normalization: NormalizationSchema.default('none'),
      round: RoundingSchema,
    })
    .prefault({}),
  composite: z
    .strictObject({
      /** Aggregate the domains' re-normalized scores (`score`) or their aggregates before it (`aggregate`). */
      input: z.enum(['score', 'aggregate'], { error: 'score or aggregate' }).default('score'),
      aggregation: AggregationSchema.default('weighted_mean'),
      min_coverage: CoverageSchema.default(1),
      round_aggregate: RoundingSchema,
      normalization: NormalizationSchema.default('none'),
      round: RoundingSchema,
    })
    .prefault({}),
  /** The published score: the composite rescaled across the year's scored schools. */
  scale: z
    .strictObject({
      method: z.enum(['none', 'minmax', 'percentile'], { error: 'none, minmax or percentile' }).default('minmax'),
      min: z.number().default(0),
      max: z.number().default(100),
      round: RoundingSchema,
    })
    .prefault({}),
  levels: z
    .discriminatedUnion(
      'method',
      [
        z.strictObject({
          method: z.literal('quantiles'),
          count: z.number().int().min(2).max(10).default(5),
          labels: z.array(z.string().min(1)).optional(),
        }),
        z.strictObject({
          method: z.literal('cuts'),
          /** Ascending cut points on the published score: level k starts at cuts[k-2]. */
          cuts: z.array(z.number()).min(1),
          labels: z.array(z.string().min(1)).optional(),
        }),
      ],
      { error: 'levels with method quantiles (and a count) or cuts (and cut points)' },
    )
    .optional(),
});

export type IndexMethod = z.infer<typeof IndexMethodSchema>;
