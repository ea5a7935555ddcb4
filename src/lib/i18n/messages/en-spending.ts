/** The spending page's and sections' words: for advocates and families, never causal. */
export const enSpending = {
  'nav.spending': 'Spending',
  'spending.title': 'Spending and need',
  'spending.description': 'Whether {district} spends more per student at its schools with higher need, by source of the money.',
  'spending.heading': 'Does the district spend more where need is higher?',
  'spending.lede':
    'Every school reports what is spent on each of its students, from federal money and from state and local money. This page compares that spending with each school’s need, measured by {need}, within each level of school, for {year}.',
  'spending.lead.heading': 'What the figures say',
  'spending.lead.intro':
    'State and local money comes first here: it is what the district and the state decide. Federal money such as Title I follows poverty by law, so adding it makes spending look more favourable to high-need schools whatever the district does.',
  'spending.district':
    'Across the district’s schools, spending averaged {total} per student in {year}: {stateLocal} of state and local money and {federal} of federal money. This is the average of the schools, weighted by their students; it is not the district’s own reported figure, which also counts costs no school is charged with.',
  'spending.ratio.more':
    'Among {level}, those in the highest-need quarter receive {percent} more {source} per student than those in the lowest-need quarter.',
  'spending.ratio.less':
    'Among {level}, those in the highest-need quarter receive {percent} less {source} per student than those in the lowest-need quarter.',
  'spending.ratio.same':
    'Among {level}, those in the highest-need quarter receive about the same {source} per student as those in the lowest-need quarter (within {within}).',
  'spending.slope.more': 'Among {level}, each {step} goes with {amount} more {source} per student (95% interval: {low} to {high}).',
  'spending.slope.less': 'Among {level}, each {step} goes with {amount} less {source} per student (95% interval: {low} to {high}).',
  'spending.slope.unclear':
    'Among {level}, {source} per student shows no clear rise or fall with need: for each {step}, the 95% interval of the change, {low} to {high}, includes no change.',
  'spending.slope.step.percent': '10 percentage points more of need ({need})',
  'spending.slope.step.unit': 'step of 1 more of need ({need})',
  'spending.source.stateLocal': 'state and local money',
  'spending.source.federal': 'federal money',
  'spending.source.total': 'money in all',
  'spending.column.stateLocal': 'State and local',
  'spending.column.federal': 'Federal',
  'spending.column.total': 'Total',
  'spending.noLevels':
    'No level of school has enough schools with spending, need and at least {floor} students for these figures ({min} are needed).',

  'spending.table.heading': 'Level by level',
  'spending.table.caption': 'Highest-need quarter against lowest-need quarter, by source of money, {year}',
  'spending.table.level': 'Level',
  'spending.table.schools': 'Schools',
  'spending.table.ratio': '{source}: highest-need quarter against lowest',
  'spending.table.slope': 'State and local, for each {step}',
  'spending.table.slopeCell': '{amount} (95% interval: {low} to {high})',
  'spending.percentMore': '{percent} more',
  'spending.percentLess': '{percent} less',
  'spending.percentSame': 'about the same',

  'spending.scatter.heading': 'Spending against need, school by school',
  'spending.scatter.y': 'State and local money per student',
  'spending.scatter.table': 'Each school’s need and spending per student, {year}',
  'spending.scatter.none': 'No level',
  'spending.scatter.caption':
    '{count} schools, {year}: each is a mark, its need across and its state and local money per student up; its shape and colour give its index level.',
  'chart.scatter.summary': '{count} marks, by {x} across and {y} up, of these kinds: {categories}.',

  'spending.trend.heading': 'Over the years',
  'spending.trend.y': 'Highest-need quarter against lowest',
  'spending.trend.table': 'State and local money per student, highest-need quarter against lowest, by year',
  'spending.trend.change':
    '{level}, state and local money in the highest-need quarter against the lowest: {first} in {firstYear}, {last} in {lastYear}.',
  'spending.trend.caption.none': 'No year has figures to compare.',

  'spending.split.heading': 'Where the money comes from',
  'spending.split.intro':
    'The students of {level} in four quarters, from the lowest need to the highest, and what is spent on each student from each source.',
  'spending.split.axis': 'Dollars per student',
  'spending.split.quarter.0': 'Lowest-need quarter',
  'spending.split.quarter.1': 'Second quarter',
  'spending.split.quarter.2': 'Third quarter',
  'spending.split.quarter.3': 'Highest-need quarter',
  'spending.split.bar': '{quarter}: {source}',
  'spending.split.table': '{level}: spending per student by need quarter and source, {year}',
  'spending.split.quarter': 'Need quarter',
  'spending.split.federalShare': 'Federal share',
  'spending.split.caption':
    'Among {level}, federal money is {lowShare} of spending per student in the lowest-need quarter and {highShare} in the highest.',

  'spending.more.heading': 'Better results than need predicts, while spending less',
  'spending.more.intro':
    'These schools had better results for {groups} than schools of their level with the same need, in at least {required} of the years {years}, while spending less per student than their level’s average. This describes; it does not say why, or that spending less helped.',
  'spending.more.found': '{count} of the {tested} results tested (one school’s result for one group) met the rule.',
  'spending.more.none':
    'No school met the rule: better results than need predicts for {groups}, in at least {required} of the years {years}, while spending less than its level’s average.',
  'spending.more.untested':
    'No school could be tested: the rule needs at least {required} school years with spending and results, and this site has {years} with spending.',
  'spending.more.result': '{indicator} for {group} ({years})',
  'spending.more.chance':
    'With this many schools and results, a few may meet the rule by luck: by chance alone, up to about {chance} would. Read the list as schools worth a visit, not as proof.',

  'spending.rule.heading': 'How these figures are worked out, and their limits',
  'spending.rule.quarters':
    'Within each level of school, schools are put in order of need ({need}) and their students are cut into four quarters of equal size. Each quarter’s spending is its dollars over its students, so a large school counts for more than a small one.',
  'spending.rule.slope':
    'The change for each step of need is the straight line that best fits the schools’ spending against their need, each school counted by its students; the 95% interval shows how sure that line is.',
  'spending.rule.floor':
    'Schools with fewer than {floor} students are left out ({count} this year): the cost per student of a very small program says little about the district’s choices. Levels with fewer than {min} schools get no figures.',
  'spending.rule.more':
    'For “better results than need predicts”, each result of each group is compared, within each level, with what a straight line through all the schools predicts for a school of that need. A school counts when its result is better than nine in ten schools of its need would get, by the line, in {required} of the last {years} years. Only exact published figures are used: figures hidden or shown as a range to protect students are left out.',
  'spending.rule.limits':
    'Spending per student differs for reasons this page cannot see: students with disabilities cost more to serve, older buildings cost more to run, and experienced teachers are paid more. Need is measured by one figure. These are patterns, not causes.',

  'school.spending.heading': 'Spending per student',
  'school.spending.summary': 'In {year}, {school} received {stateLocal} of state and local money per student, {relation}.',
  'school.spending.vsDistrict': '{difference} the average of the district’s schools ({district})',
  'school.spending.vsPeers': '{difference} the average of the {count} schools most like it ({peers})',
  'school.spending.more': '{percent} more than',
  'school.spending.less': '{percent} less than',
  'school.spending.same': 'about the same as',
  'school.spending.and': '{first}, and {second}',
  'school.spending.trend.caption':
    '{school}: {first} of state and local money per student in {firstYear}, and {last} in {lastYear}, beside the district’s schools and the schools most like it.',
  'school.spending.trend.table': 'State and local money per student, by year',
  'school.spending.split.caption': 'Spending per student by source, {year}',
  'school.spending.source': 'Source',
  'school.spending.school': 'This school',
  'school.spending.district': 'District’s schools, on average',
  'school.spending.peers': 'Similar schools, on average',
  'school.spending.link': 'How spending follows need across the district',
} as const;
