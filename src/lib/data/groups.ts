import { z } from 'zod';

/**
 * The one vocabulary of student groups. Groups come in families; within a family the
 * groups partition all students, so every group has a complement: the other member of a
 * two-group family, or "all students except this group" for race/ethnicity. Suppression
 * rules reason with these (a group and its complement must not let a reader subtract
 * one from "all students"). Display names are messages (`group.<id>`), one per locale.
 */
export const STUDENT_GROUPS = {
  all: { family: 'all', complement: null },
  american_indian: { family: 'race_ethnicity', complement: 'all_others' },
  asian: { family: 'race_ethnicity', complement: 'all_others' },
  black: { family: 'race_ethnicity', complement: 'all_others' },
  hispanic: { family: 'race_ethnicity', complement: 'all_others' },
  pacific_islander: { family: 'race_ethnicity', complement: 'all_others' },
  multiracial: { family: 'race_ethnicity', complement: 'all_others' },
  white: { family: 'race_ethnicity', complement: 'all_others' },
  econ_disadv: { family: 'economic', complement: 'not_econ_disadv' },
  not_econ_disadv: { family: 'economic', complement: 'econ_disadv' },
  english_learner: { family: 'english_learner', complement: 'not_english_learner' },
  not_english_learner: { family: 'english_learner', complement: 'english_learner' },
  disability: { family: 'disability', complement: 'no_disability' },
  no_disability: { family: 'disability', complement: 'disability' },
  female: { family: 'gender', complement: 'male' },
  male: { family: 'gender', complement: 'female' },
} as const;

export type StudentGroupId = keyof typeof STUDENT_GROUPS;

export const STUDENT_GROUP_IDS = Object.keys(STUDENT_GROUPS) as [StudentGroupId, ...StudentGroupId[]];

export const StudentGroupSchema = z.enum(STUDENT_GROUP_IDS, {
  error: `one of the student group codes: ${STUDENT_GROUP_IDS.join(', ')}`,
});

/** How a group's code, and a family's name, is written. */
export const GROUP_ID = /^[a-z][a-z0-9_]*$/;

/**
 * A group a site adds to the vocabulary, with its label in each of the site's languages. It
 * either joins one partitioning family (a new family, or one of the vocabulary's: its members
 * still add up to all students) or is the union of groups of one family, as a source that
 * publishes "Asian or Pacific Islander" beside "Asian" does.
 */
export const DeclaredGroupSchema = z
  .strictObject({
    id: z.string().regex(GROUP_ID, { error: 'a group id of lowercase letters, digits and "_", like asian_pacific_islander' }),
    label: z.record(z.string(), z.string().min(1), { error: 'a label for each language, like { en: Asian or Pacific Islander }' }),
    family: z.string().regex(GROUP_ID, { error: 'a family name of lowercase letters, digits and "_", like gender' }).optional(),
    union_of: z.array(z.string()).min(2, { error: 'at least two groups of one family' }).optional(),
  })
  .refine((g) => (g.family === undefined) !== (g.union_of === undefined), {
    error: 'either a family the group belongs to, or the groups it is the union of (union_of), not both',
  });
export type DeclaredGroup = z.infer<typeof DeclaredGroupSchema>;

/** Parts that add up to their total: a family's groups to all students, a union's members to the union. */
export interface GroupRelation {
  total: string;
  parts: readonly string[];
}

/** The vocabulary of one site: the defaults and the groups it declares. */
export interface GroupVocabulary {
  ids: readonly string[];
  has(id: string): boolean;
  /** Every sum a reader can subtract from: suppression protects each, the attacks try each. */
  relations: readonly GroupRelation[];
}

/**
 * The site's groups and every relation between them, in the vocabulary's order. Families come
 * first, so a union's total is known before its own members are attacked; each union adds two:
 * its members add up to it, and it stands for them in its family's sum.
 */
export function groupVocabulary(declared: readonly DeclaredGroup[] = []): GroupVocabulary {
  const familyOf = new Map<string, string>(STUDENT_GROUP_IDS.map((id) => [id, STUDENT_GROUPS[id].family]));
  for (const g of declared) if (g.family !== undefined) familyOf.set(g.id, g.family);
  const ids = [...familyOf.keys(), ...declared.filter((g) => g.union_of !== undefined).map((g) => g.id)];
  const families = [...new Set([...familyOf.values()].filter((f) => f !== 'all'))].map((family) => ({
    total: 'all',
    parts: [...familyOf].flatMap(([id, f]) => (f === family ? [id] : [])),
  }));
  const unions = declared.flatMap((g) => {
    if (g.union_of === undefined) return [];
    const members = g.union_of;
    const family = families.find((f) => members.every((m) => f.parts.includes(m)));
    const rest = family?.parts.filter((p) => !members.includes(p)) ?? [];
    return [
      ...(family ? [{ total: 'all', parts: [g.id, ...rest] }] : []),
      { total: g.id, parts: members },
    ];
  });
  const known = new Set(ids);
  return { ids, has: (id) => known.has(id), relations: [...families, ...unions] };
}

/** The vocabulary without declared groups. */
export const DEFAULT_GROUPS = groupVocabulary();

/**
 * What is wrong with a site's declared groups, each with the key path it is at: an id the
 * vocabulary has, a union of groups that are not of one family, or a missing label.
 */
export function declaredGroupProblems(declared: readonly DeclaredGroup[], locales: readonly string[]): { path: string; value: string; expected: string }[] {
  const problems: { path: string; value: string; expected: string }[] = [];
  const seen = new Set<string>(STUDENT_GROUP_IDS);
  const partitioning = groupVocabulary(declared.filter((g) => g.family !== undefined));
  declared.forEach((g, i) => {
    if (seen.has(g.id)) problems.push({ path: `student_groups.${i}.id`, value: g.id, expected: 'a group id not already in the vocabulary' });
    seen.add(g.id);
    for (const locale of locales)
      if (g.label[locale] === undefined) problems.push({ path: `student_groups.${i}.label`, value: g.id, expected: `a label in ${locale}` });
    if (g.union_of && !partitioning.relations.some((r) => r.total === 'all' && g.union_of?.every((m) => r.parts.includes(m))))
      problems.push({
        path: `student_groups.${i}.union_of`,
        value: g.union_of.join(', '),
        expected: `groups of one family, like asian and pacific_islander (families: ${partitioning.relations.map((r) => r.parts.join(' ')).join('; ')})`,
      });
  });
  const families = new Map<string, number>();
  for (const g of declared) if (g.family !== undefined && !STUDENT_GROUP_IDS.some((id) => STUDENT_GROUPS[id].family === g.family)) families.set(g.family, (families.get(g.family) ?? 0) + 1);
  for (const [family, count] of families)
    if (count < 2) problems.push({ path: 'student_groups', value: family, expected: `at least two groups in the new family ${family}, which add up to all students` });
  return problems;
}
