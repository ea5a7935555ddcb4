/**
 * The glossary's terms, in the order the page lists them. Each is a heading and a definition a
 * family can read without the methodology; pages link a term's first use to its entry.
 */
export const enGlossary = {
  'glossary.title': 'Glossary',
  'glossary.heading': 'What the words on this site mean',
  'glossary.description':
    'Plain definitions of the terms used on {district}’s equity site: index, domain, level, suppressed, median and more.',
  'glossary.intro': 'Each school page links its terms here. The methodology page gives the full calculation.',
  'glossary.methodology': 'How the index is computed, step by step',
  'glossary.index.term': 'Index ({index})',
  'glossary.index.text':
    'One number per school and year that brings many measures together, so the district can see at a glance where students’ needs or results differ. It compares schools within a year; it is not a grade for a school.',
  'glossary.score.term': 'Score',
  'glossary.score.text': 'A school’s value on the index for one school year. {meaning}',
  'glossary.level.term': 'Level',
  'glossary.level.text':
    'The index sorts a year’s schools into a few named groups by score, such as “{first}” to “{last}”. Schools in the same level have similar scores.',
  'glossary.rank.term': 'Rank',
  'glossary.rank.text':
    'A school’s place among the year’s scored schools, counted from the highest score. Schools with the same score share a place.',
  'glossary.domain.term': 'Domain',
  'glossary.domain.text':
    'One of the areas the index is built from ({domains}). Each domain combines a few measures, and each counts for a set share of the score.',
  'glossary.indicator.term': 'Measure (indicator)',
  'glossary.indicator.text':
    'One published figure about a school, such as a chronic absenteeism rate. Some measures count toward the index; others are shown for context only.',
  'glossary.median.term': 'District median',
  'glossary.median.text':
    'The middle value of the district’s schools: half of them are above it and half below. Unlike an average, one unusual school cannot move it much.',
  'glossary.reference.term': 'Published average',
  'glossary.reference.text':
    'A district, state or national figure that the data’s source published itself, shown beside the district median when it exists.',
  'glossary.group.term': 'Student group',
  'glossary.group.text':
    'Students who share a trait the data reports, such as a race or ethnicity, sex, English learners, students with disabilities, or economically disadvantaged students.',
  'glossary.gap.term': 'Gap',
  'glossary.gap.text':
    'The difference between two figures, such as a student group’s rate and the rate of all other students at the school. For percentages it is given in percentage points: 30% against 20% is a gap of 10 points.',
  'glossary.suppressed.term': 'Not shown to protect privacy (suppressed)',
  'glossary.suppressed.text':
    'A figure about fewer than {n} students, or one that would let a reader work such a figure out, is hidden everywhere on the site. The privacy page explains the rules.',
  'glossary.coded.term': 'Shown as a range (coded)',
  'glossary.coded.text':
    'A rate where only a few students have the outcome, or lack it, is shown as a range such as “2% or less” instead of an exact number, so no child can be identified.',
  'glossary.missing.term': 'No data',
  'glossary.missing.text': 'The source published nothing for this school, year and measure.',
  'glossary.peers.term': 'Schools like this one',
  'glossary.peers.text':
    'The {count} schools of the same level whose students’ need ({need}) is closest to this school’s. Only need chooses them, never results, so comparing with them is fair.',
  'glossary.contribution.term': 'Part of the score',
  'glossary.contribution.text':
    'How many points one measure adds to a school’s score, or takes from it. Each part is the school’s normalized value on that measure times the measure’s weight, put on the score’s scale; the starting point and all the parts add up to the score.',
  'glossary.strengths.term': 'Strengths and challenges',
  'glossary.strengths.text':
    'The measures where a school does clearly better or worse than schools like it: only differences large enough not to be chance are named.',
  'glossary.spending.term': 'Per-pupil expenditure',
  'glossary.spending.text':
    'The money spent at a school in a year divided by its students, split into federal funds and state and local funds, as the federal Every Student Succeeds Act requires districts to publish.',
} as const satisfies Record<string, string>;
