import { z } from 'zod';

/**
 * Why a cell has no exact value, as a code with its parameters: pages put it into words with
 * the message templates, so no code ever compares English text and every locale says it its
 * own way.
 *
 * Every cell this project hides, whether its group is small, its numerator is small or it
 * is hidden to protect another cell, carries `small_group`: a different public reason for a
 * cell hidden only to protect another would tell readers it holds at least `min` students.
 */
export const SuppressionReasonSchema = z.discriminatedUnion('code', [
  z.strictObject({ code: z.literal('small_group'), min: z.number().int() }),
  /** A subgroup's value whose group size the data does not give: it may be about a few students. */
  z.strictObject({ code: z.literal('unknown_group_size'), min: z.number().int() }),
  /** The source's own mask or note, in its words. */
  z.strictObject({ code: z.literal('source'), text: z.string() }),
]);
export type SuppressionReason = z.infer<typeof SuppressionReasonSchema>;

export const smallGroup = (min: number): SuppressionReason => ({ code: 'small_group', min });
export const unknownGroupSize = (min: number): SuppressionReason => ({ code: 'unknown_group_size', min });
export const sourceReason = (text: string | null): SuppressionReason | null => (text === null ? null : { code: 'source', text });
