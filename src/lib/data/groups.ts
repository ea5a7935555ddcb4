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

/** The groups of each family but `all`, in the vocabulary's order: each family's counts add up to all students. */
export const FAMILIES: readonly (readonly StudentGroupId[])[] = [
  ...new Set(STUDENT_GROUP_IDS.map((id) => STUDENT_GROUPS[id].family).filter((family) => family !== 'all')),
].map((family) => STUDENT_GROUP_IDS.filter((id) => STUDENT_GROUPS[id].family === family));
