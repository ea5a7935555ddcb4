import type { CellStatus, SchoolLevel } from '../../data/schemas.ts';
import type { StudentGroupId } from '../../data/groups.ts';

/**
 * NCDPI's code lists (SRC_2018/rcd_code_desc.csv) and what each code becomes in the
 * project's vocabulary.
 */

/** NC subgroup codes that name one of the project's student groups. */
export const SUBGROUPS: Readonly<Record<string, StudentGroupId>> = {
  ALL: 'all',
  AM7: 'american_indian',
  AS7: 'asian',
  BL7: 'black',
  HI7: 'hispanic',
  MU7: 'multiracial',
  PI7: 'pacific_islander',
  WH7: 'white',
  EDS: 'econ_disadv',
  NEDS: 'not_econ_disadv',
  NOT_EDS: 'not_econ_disadv',
  ELS: 'english_learner',
  SWD: 'disability',
  NSWD: 'no_disability',
  FEM: 'female',
  MALE: 'male',
};

/**
 * NC subgroups with no counterpart: the project's groups come in families that partition
 * all students (suppression reasons with complements), and these are single groups whose
 * complement NC does not publish.
 */
export const UNMATCHED_SUBGROUPS: Readonly<Record<string, string>> = {
  AIG: 'academically or intellectually gifted',
  HMS: 'homeless',
  FCS: 'in foster care',
  MIL: 'military-connected',
  MIG: 'migrant',
};

/** `category_code`: K-12, 6-12 and K-8 schools span more than one level. */
export const LEVELS: Readonly<Record<string, SchoolLevel>> = {
  E: 'elementary',
  M: 'middle',
  H: 'high',
  A: 'combined',
  T: 'combined',
  I: 'combined',
};

/**
 * `grade_span` ends, written `PK:05`, `P2:05` (pre-K by age), `KG:05`, `06:08` or `6:08`.
 * Early colleges' fifth year is grade `13`; the project's spans stop at 12, so it reads 12.
 */
function gradeOf(code: string): string | null {
  if (/^P[K1-4]$/.test(code)) return 'PK';
  if (code === 'KG') return 'K';
  if (!/^\d{1,2}$/.test(code)) return null;
  const grade = Number(code);
  return grade >= 1 && grade <= 13 ? String(Math.min(grade, 12)) : null;
}

export function gradeSpanOf(span: string): string | null {
  const parts = span.trim().split(':');
  if (parts.length !== 2) return null;
  const [low, high] = parts.map((part) => gradeOf(part.trim()));
  return low && high ? `${low}-${high}` : null;
}

/** How a masked cell is published: its status, the bound of a coded range, and why. */
export interface Mask {
  status: Exclude<CellStatus, 'ok' | 'missing'>;
  bound: number | null;
  reason: string;
}

/**
 * NC masking codes, written `1` or `1.0`; 0 or blank means not masked. Codes 1 and 2 are
 * bounds on a percentage, so they only apply to percent columns.
 */
export const MASKS: Readonly<Record<string, Mask>> = {
  '1': { status: 'coded_high', bound: 95, reason: 'more than 95% (NCDPI mask code 1)' },
  '2': { status: 'coded_low', bound: 5, reason: 'fewer than 5% (NCDPI mask code 2)' },
  '3': { status: 'suppressed', bound: null, reason: 'fewer than 10 students (NCDPI mask code 3)' },
  '4': { status: 'suppressed', bound: null, reason: 'insufficient data (NCDPI mask code 4)' },
};
