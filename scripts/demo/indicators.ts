/**
 * The indicators the demo data carries, in the order rows are written. Their meaning, domain,
 * direction and weight live in content/indicators/*.md; the generator checks that the two agree.
 */

/** Outcome and climate indicators: reported for all students and for each student group. */
export const BY_GROUP = [
  'ela_proficiency',
  'math_proficiency',
  'graduation_rate',
  'advanced_coursework',
  'chronic_absenteeism',
  'suspension_rate',
  'belonging',
] as const;
export type ByGroupIndicator = (typeof BY_GROUP)[number];

/** Staff, resource and context indicators: reported for the school as a whole (`all`). */
export type SchoolWideIndicator =
  | 'experienced_teachers'
  | 'credentialed_teachers'
  | 'teacher_turnover'
  | 'students_per_counselor'
  | 'econ_disadv_share'
  | 'english_learner_share'
  | 'disability_share';

export type IndicatorId = ByGroupIndicator | SchoolWideIndicator;

/** Row order in measures.csv: by domain, then within the domain. */
export const INDICATOR_ORDER: readonly IndicatorId[] = [
  // opportunity
  'ela_proficiency',
  'math_proficiency',
  'graduation_rate',
  'advanced_coursework',
  // tangible
  'experienced_teachers',
  'credentialed_teachers',
  'teacher_turnover',
  'students_per_counselor',
  // intangible
  'chronic_absenteeism',
  'suspension_rate',
  'belonging',
  // systems
  'econ_disadv_share',
  'english_learner_share',
  'disability_share',
];
