import type { RawDataset } from '../../src/lib/data/dataset.ts';
import { parseTiny } from '../data/site-fixture.ts';

/**
 * The tiny site in 2023-24 with every family of groups, small groups planted in each school
 * (English learners 7, 3 and 5, as the complement-pair attack) and chronic absence
 * for every group: `count/absent` per group, the families adding up to all students.
 * English learners absent at Alder are 3 of 7 = 42.857…%, a sentinel no output may hold.
 */
const SCHOOLS: Record<string, { all: [number, number]; groups: Record<string, [number, number]> }> = {
  '0101': {
    all: [310, 31],
    groups: {
      ...{ american_indian: [0, 0], asian: [7, 1], black: [3, 1], hispanic: [40, 6], pacific_islander: [0, 0], multiracial: [20, 3] },
      ...{ white: [240, 20], english_learner: [7, 3], not_english_learner: [303, 28], female: [150, 15], male: [160, 16] },
    },
  },
  '0102': {
    all: [603, 60],
    groups: {
      ...{ american_indian: [12, 2], asian: [69, 5], black: [67, 10], hispanic: [257, 25], pacific_islander: [1, 1], multiracial: [41, 4] },
      ...{ white: [156, 13], english_learner: [3, 1], not_english_learner: [600, 59], female: [300, 30], male: [303, 30] },
    },
  },
  '0103': {
    all: [900, 90],
    groups: {
      ...{ american_indian: [5, 1], asian: [100, 10], black: [200, 20], hispanic: [300, 30], pacific_islander: [15, 2] },
      ...{ multiracial: [80, 7], white: [200, 20], english_learner: [5, 2], not_english_learner: [895, 88] },
      ...{ female: [450, 45], male: [450, 45] },
    },
  },
};

export const SENTINEL = (3 / 7) * 100;

export function familiesSite(): RawDataset {
  const enrollment = ['school_year,school_id,student_group,count', '2022-23,0101,all,300', '2022-23,0101,asian,6', '2022-23,0102,all,500'];
  const measures: string[] = [];
  for (const [school, { all, groups }] of Object.entries(SCHOOLS)) {
    enrollment.push(`2023-24,${school},all,${all[0]}`);
    measures.push(
      `2023-24,${school},absent,all,${all[1]},${all[0]},,,`,
      `2023-24,${school},el_share,all,${groups['english_learner']?.[0]},${all[0]},,,`,
    );
    for (const [group, [count, absent]] of Object.entries(groups)) {
      enrollment.push(`2023-24,${school},${group},${count}`);
      if (count > 0) measures.push(`2023-24,${school},absent,${group},${absent},${count},,,`);
    }
  }
  return parseTiny({
    'data/enrollment.csv': () => `${enrollment.join('\n')}\n`,
    'data/measures.csv': (text) =>
      `${[
        ...text
          .trimEnd()
          .split('\n')
          .filter((line) => !line.startsWith('2023-24') || !line.includes(',absent,')),
        ...measures,
      ].join('\n')}\n`,
    'content/indicators/el_share.md': () =>
      '---\nid: el_share\ntitle: English learners\ndomain: context\nkind: context\nunit: percent\ndirection: lower_is_better\nweight: 1\nshare_of: english_learner\nsource: Test fixture\n---\nShare of students learning English.\n',
  });
}
