import { z } from 'zod';

/**
 * The one vocabulary of student groups. Groups come in families; within a family the
 * groups partition all students, so every group has a complement: the other member of a
 * two-group family, or "all students except this group" for race/ethnicity. Suppression
 * rules reason with these (a group and its complement must not let a reader subtract
 * one from "all students").
 */
export const STUDENT_GROUPS = {
  all: { family: 'all', complement: null, label: 'All students' },
  american_indian: { family: 'race_ethnicity', complement: 'all_others', label: 'American Indian or Alaska Native' },
  asian: { family: 'race_ethnicity', complement: 'all_others', label: 'Asian' },
  black: { family: 'race_ethnicity', complement: 'all_others', label: 'Black or African American' },
  hispanic: { family: 'race_ethnicity', complement: 'all_others', label: 'Hispanic or Latino' },
  pacific_islander: { family: 'race_ethnicity', complement: 'all_others', label: 'Native Hawaiian or Pacific Islander' },
  multiracial: { family: 'race_ethnicity', complement: 'all_others', label: 'Two or more races' },
  white: { family: 'race_ethnicity', complement: 'all_others', label: 'White' },
  econ_disadv: { family: 'economic', complement: 'not_econ_disadv', label: 'Economically disadvantaged' },
  not_econ_disadv: { family: 'economic', complement: 'econ_disadv', label: 'Not economically disadvantaged' },
  english_learner: { family: 'english_learner', complement: 'not_english_learner', label: 'English learners' },
  not_english_learner: { family: 'english_learner', complement: 'english_learner', label: 'Not English learners' },
  disability: { family: 'disability', complement: 'no_disability', label: 'Students with disabilities' },
  no_disability: { family: 'disability', complement: 'disability', label: 'Students without disabilities' },
  female: { family: 'gender', complement: 'male', label: 'Female' },
  male: { family: 'gender', complement: 'female', label: 'Male' },
} as const;

export type StudentGroupId = keyof typeof STUDENT_GROUPS;
export type StudentGroupFamily = (typeof STUDENT_GROUPS)[StudentGroupId]['family'];

export const STUDENT_GROUP_IDS = Object.keys(STUDENT_GROUPS) as [StudentGroupId, ...StudentGroupId[]];

export const StudentGroupSchema = z.enum(STUDENT_GROUP_IDS, {
  error: `one of the student group codes: ${STUDENT_GROUP_IDS.join(', ')}`,
});

export function isStudentGroupId(value: string): value is StudentGroupId {
  return Object.hasOwn(STUDENT_GROUPS, value);
}
