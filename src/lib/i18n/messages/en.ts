/**
 * English templates: the complete set, and the fallback for any key another locale lacks.
 * `{name}` is a placeholder that t() fills; every value passed in is already display text.
 * Adding a key is one line here; its placeholders become the params t() type-checks.
 */
export const en = {
  'site.skip': 'Skip to content',
  'nav.home': 'Schools',
  'nav.indicators': 'Indicators',
  'nav.methodology': 'Methodology',
  'nav.search': 'Search',

  'status.missing': 'No data',
  // One wording for every cell the site hides: a cell hidden only to protect another must not read differently.
  'status.suppressed': 'Not shown to protect privacy: fewer than {n} students, or a value that would reveal such a group',
  'status.unconfirmed': 'Group size not published, so it may be fewer than {n} students: not shown to protect privacy',
  'status.masked': 'Not published by the source: {reason}',
  'status.coded_low': '{value} or less',
  'status.coded_high': '{value} or more',
  'status.insufficient_data': 'Insufficient data',

  'score.meaning.need': 'A higher score means greater need, not a worse school.',
  'score.meaning.performance': 'A higher score means stronger results.',

  // School years are stored as 2023-24; `end` is the two-digit second year.
  'format.school_year': '{start}–{end}',
  // One template per CLDR ordinal category; English uses one, two, few and other, and the
  // rest complete the set so any language's categories have a template without code changes.
  'ordinal.zero': '{n}th',
  'ordinal.one': '{n}st',
  'ordinal.two': '{n}nd',
  'ordinal.few': '{n}rd',
  'ordinal.many': '{n}th',
  'ordinal.other': '{n}th',

  'chart.label_value': '{label}: {value}',
  'chart.histogram.y_label': 'Schools',
  'chart.histogram.summary': 'Half of the {count} schools are between {low} and {high}; the median is {median}.',
  'chart.histogram.single': 'One school, at {value}.',
  'chart.histogram.empty': 'No school has a value to show.',
  'chart.histogram.range': '{low} to under {high}',
  'chart.histogram.range_last': '{low} to {high}',
  'chart.histogram.marker': '{label} is at {value}; {share} of schools are lower.',

  'chart.trend.rose': "{series}'s score rose from {first} in {firstYear} to {last} in {lastYear}.",
  'chart.trend.fell': "{series}'s score fell from {first} in {firstYear} to {last} in {lastYear}.",
  'chart.trend.same': "{series}'s score was {first} in both {firstYear} and {lastYear}.",
  'chart.trend.single': "{series}'s score was {value} in {year}, the only year with a score.",
  'chart.trend.empty': '{series} has no scores to show.',
  'chart.trend.comparison.steady': '{series} stayed near {value}.',
  'chart.trend.comparison.rose': '{series} rose from {first} to {last}.',
  'chart.trend.comparison.fell': '{series} fell from {first} to {last}.',
  'chart.trend.comparison.same': '{series} ended where it began, at {value}.',

  'chart.bar.summary': 'Highest: {high} ({highValue}); lowest: {low} ({lowValue}).',
  'chart.bar.single': '{label}: {value}.',
  'chart.bar.equal': 'All {count} are at {value}.',
  'chart.bar.empty': 'No values to show.',

  'nav.label': 'Main',
  'site.notice.label': 'Please note:',
  'footer.data': 'Data: {title}, version {version}, published {date}.',
  'footer.sources': 'Sources and licences',
  'footer.version': 'version {version}',
  'footer.licence': 'Licence: {licence}.',
  'footer.accessibility': 'Accessibility statement',

  'access.title': 'Accessibility statement',
  'access.description': 'How accessible the {site} site is, what its known limits are, and how to report a barrier.',
  'access.standard.heading': 'The standard this site meets',
  'access.standard.text':
    "{site} is built to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, the standard the 2024 ADA Title II rule sets for public agencies' websites.",
  'access.checks.heading': 'How it is checked',
  'access.checks.text':
    'The software that builds this site is tested in a real browser on every page of its example sites: with axe-core against WCAG 2.1 A and AA, with the Nu HTML Checker, by keyboard (a skip link, visible focus, no traps) and with Lighthouse. Every chart also has a written summary, and no colour carries meaning alone.',
  'access.limits.heading': 'Known limits',
  'access.limits.automated':
    'Automated checks find many barriers, not all of them: the site has not yet been tested with people who use screen readers, magnification or voice control.',
  'access.limits.charts':
    'Each chart is one image to a screen reader, read as its written summary; its individual marks cannot be explored one by one.',
  'access.limits.search': 'Search needs JavaScript. Without it, every school is listed on the home page.',
  'access.limits.maps':
    "The location maps show roughly where a school is and link to OpenStreetMap, another site with its own accessibility; each school's address is also given as text.",
  'access.report.heading': 'Report a barrier',
  'access.report.lead': 'If anything on this site is hard or impossible for you to use, tell us:',
  'access.report.detail':
    'Say which page it was, what you tried to do, and which assistive technology you use, if any. We will reply, fix what we can, and give you the information another way in the meantime.',
  'access.report.none':
    'This site does not name an accessibility contact yet. Tell the organisation that publishes it, named under "Sources and licences" at the foot of every page, which page it was, what you tried to do, and which assistive technology you use, if any.',
  'access.updated': 'This statement describes the site as published on {date}.',

  'group.all': 'All students',
  'group.american_indian': 'American Indian or Alaska Native',
  'group.asian': 'Asian',
  'group.black': 'Black or African American',
  'group.hispanic': 'Hispanic or Latino',
  'group.pacific_islander': 'Native Hawaiian or Pacific Islander',
  'group.multiracial': 'Two or more races',
  'group.white': 'White',
  'group.econ_disadv': 'Economically disadvantaged',
  'group.not_econ_disadv': 'Not economically disadvantaged',
  'group.english_learner': 'English learners',
  'group.not_english_learner': 'Not English learners',
  'group.disability': 'Students with disabilities',
  'group.no_disability': 'Students without disabilities',
  'group.female': 'Female',
  'group.male': 'Male',

  'level.elementary': 'Elementary school',
  'level.middle': 'Middle school',
  'level.high': 'High school',
  'level.combined': 'Combined school',
  'direction.higher_is_better': 'Higher is better',
  'direction.lower_is_better': 'Lower is better',

  'table.school': 'School',
  'table.schools': 'Schools',
  'table.grades': 'Grades',
  'table.score': 'Score',
  'table.level': 'Level',
  'table.rank': 'Rank',
  'table.change': 'Change from last year',
  'table.lastYear': 'latest data {year}',
  'table.year': 'School year',
  'table.domain': 'Domain',
  'table.domainScore': 'Domain score',
  'table.indicator': 'Indicator',
  'table.thisSchool': 'This school',
  'table.direction': 'Which way is better',
  'table.group': 'Student group',
  'table.students': 'Students',

  'chart.score.axis': '{index} score',
  'chart.median': 'District median',
  'chart.districtMedian': 'District median',

  'home.title': 'Schools',
  'home.description': 'How every school in {district} is doing on the {index}, for families and the public.',
  'home.scores': '{index} scores, {year}',
  'chart.histogram.table': 'How many schools are in each range',
  'home.median': 'The median of the {count} schools with a score is {median}. Every school is listed below.',
  'home.schools': 'All schools',
  'home.schools.caption': 'Schools, {year} (or the latest year with data)',

  'school.description': 'How {school} is doing on the {index}, over time and for each student group.',
  'school.grades': 'grades {grades}',
  'school.closed': 'Closed after the {year} school year.',
  'school.opened': 'Opened in the {year} school year.',
  'school.score.heading': '{index} score, {year}',
  'school.score.of': 'out of {max}',
  'school.score.insufficient': 'Not enough data this year to compute a score.',
  'school.rank': 'ranked {rank} of {count} schools',
  'school.change': '{change} since last year',
  'school.trend.heading': 'Score over time',
  'school.trend.table': 'Scores by school year',
  'school.domains.heading': 'Scores by domain',
  'school.domains.caption': 'Domain scores, {year}',
  // What a domain score's number means, by how domain scores end up scaled and which way the index points.
  'school.domains.note.zscore.need':
    'A domain score of 0 is the district average; positive scores mean more need than average, negative less.',
  'school.domains.note.zscore.performance':
    'A domain score of 0 is the district average; positive scores mean stronger results than average, negative weaker.',
  'school.domains.note.minmax.need': 'Domain scores run from 0 to 1 across the district; a higher score means more need.',
  'school.domains.note.minmax.performance': 'Domain scores run from 0 to 1 across the district; a higher score means stronger results.',
  'school.domains.note.percentile.need':
    'Domain scores run from 0 to 1 and compare each school with the others; a higher score means more need.',
  'school.domains.note.percentile.performance':
    'Domain scores run from 0 to 1 and compare each school with the others; a higher score means stronger results.',
  'school.domains.note.sum.need': 'A higher domain score means more need.',
  'school.domains.note.sum.performance': 'A higher domain score means stronger results.',
  'school.domains.note.none.need': "Domain scores combine the indicators' own values, turned so that a higher score means more need.",
  'school.domains.note.none.performance':
    "Domain scores combine the indicators' own values, turned so that a higher score means stronger results.",
  'school.indicators.heading': 'Indicators',
  'school.indicators.caption': 'Indicator values, all students, {year}',
  'school.groups.heading': 'Student groups',
  'school.groups.intro': 'Values for each student group. To protect privacy, groups of fewer than {n} students are not shown.',
  'school.groups.caption': '{indicator} by student group',
  'school.spending.heading': 'Spending per student',
  'school.spending.stateLocal': 'State and local funds',
  'school.spending.federal': 'Federal funds',
  'school.spending.total': 'Total',
  'school.enrollment.heading': 'Students',
  'school.enrollment.caption': 'Enrollment by student group, {year}',

  // The school page's location section and its locator map.
  'school.location.heading': 'Location',
  'school.location.address': '{street}, {city} {zip}',
  'school.location.noMap': "No map: the district's school directory does not publish coordinates for this school.",
  'school.location.osm': 'Open in OpenStreetMap ({latitude}, {longitude})',
  'school.location.table': 'Schools in each part of the district',
  'chart.locator.summary':
    "{school} (the star) is in the {part} of the district; north is up. Circles show where the district's {count} schools with known coordinates are: the bigger the circle, the more schools.",
  'chart.locator.single': "{school} (the star) is the only school in the district's directory with known coordinates; north is up.",
  'chart.locator.extent': 'They span about {width} km from west to east and {height} km from south to north.',
  'chart.locator.scale': '{distance} km',
  'chart.locator.part.north': 'north',
  'chart.locator.part.south': 'south',
  'chart.locator.part.east': 'east',
  'chart.locator.part.west': 'west',
  'chart.locator.part.centre': 'centre',
  'chart.locator.part.north_west': 'north-west',
  'chart.locator.part.north_east': 'north-east',
  'chart.locator.part.south_west': 'south-west',
  'chart.locator.part.south_east': 'south-east',
  'chart.locator.table.corner': 'Part of the district',
  'chart.locator.table.with_school': '{count} (including this school)',
  'chart.locator.row.north': 'North',
  'chart.locator.row.centre': 'Centre',
  'chart.locator.row.south': 'South',
  'chart.locator.column.west': 'West',
  'chart.locator.column.centre': 'Centre',
  'chart.locator.column.east': 'East',

  'indicator.description': "What {indicator} measures, why it matters for equity, and every school's value.",
  'indicator.domain': 'Domain',
  'indicator.weight': 'Weight',
  'indicator.weight.value': '{share} of the {domain} domain',
  'indicator.source': 'Source',
  'indicator.distribution': 'Every school, {year}',
  'indicator.table': '{indicator} by school, {year}',
  'indicator.none': 'No school has a published value this year.',
  'indicator.all': 'All indicators',
  'indicators.description': 'The indicators that make up the {index}, grouped by domain.',
  'indicators.heading': 'What the {index} measures',
  'indicators.domainShare': '{share} of the index',

  'search.description': 'Search the schools, indicators and explanations of {district}.',
  'search.noscript': 'Search needs JavaScript. Every school is listed on the home page:',
  'search.allSchools': 'all schools',
  'notFound.title': 'Page not found',
  'notFound.text': "There is no page at this address. A school's page keeps its address from year to year; try the list of",

  'method.description': 'How the {index} is computed, step by step, from the published data.',
  'method.heading': 'How the {index} is computed',
  'method.weights.heading': 'What counts, and how much',
  'method.weights.axis': 'Share of the index (%)',
  'method.weights.table': "Each domain's share of the index",
  'method.weights.share': 'Share of the index',
  'method.weights.inDomain': 'Share of its domain',
  'method.weights.overall': 'Share of the index',
  'method.weights.note': 'When a school lacks an indicator, the others in its domain share its weight, as the coverage rule below allows.',
  'method.indicators.caption': 'Indicators and their weights',
  'method.steps.heading': 'Step by step',
  'method.step.normalize': '1. Put every indicator on one scale',
  'method.step.domains': '2. Combine indicators into domain scores',
  'method.step.composite': '3. Combine domains into the index',
  'method.step.scale': '4. Publish a score, a rank and a level',
  'method.step.privacy': '5. Protect privacy first',
  'method.scope.all': "all of the year's schools",
  'method.scope.level': "the year's schools of the same level (elementary, middle, high)",
  'method.normalization.none': 'Indicators are used as published, without rescaling, compared with {scope}.',
  'method.normalization.zscore':
    'Each indicator is turned into a z-score: how many standard deviations a school is above or below the average of {scope} (z = (value − average) ÷ standard deviation, the standard deviation taken over all those schools).',
  'method.normalization.minmax':
    'Each indicator is rescaled from 0 (the lowest of {scope}) to 1 (the highest): (value − lowest) ÷ (highest − lowest).',
  'method.normalization.percentile':
    "Each indicator becomes a percentile rank among {scope}: the share of the other schools with a lower value (as spreadsheets' PERCENTRANK.INC).",
  'method.orientation.need':
    'Indicators where a higher value is better (like attendance) are turned around, so that a higher number always means greater need.',
  'method.orientation.performance':
    'Indicators where a lower value is better (like absenteeism) are turned around, so that a higher number always means better results.',
  'method.rounding': 'The result is rounded to {digits} decimal places (halves away from zero).',
  'method.parts.indicators': 'its indicators',
  'method.parts.domains': 'the domains',
  'method.aggregation.weighted_mean':
    'Each score is the weighted average of {parts}, using the weights above and only the parts that have data.',
  'method.aggregation.sum':
    'Each score is the weighted sum of {parts}; when a part is missing, the others are scaled up to the full weight.',
  'method.coverage.domain':
    'A domain is computed only when the indicators with data carry at least {share} of its weight; otherwise it is marked "insufficient data", never counted as zero.',
  'method.coverage.composite':
    'The index is computed only when the domains with a score carry at least {share} of its weight; otherwise the school has no score that year and says so.',
  'method.renormalize': 'The combined values are then rescaled across schools by {method}.',
  'method.name.none': 'no rescaling',
  'method.name.zscore': 'z-score',
  'method.name.minmax': 'min-max rescaling',
  'method.name.percentile': 'percentile rank',
  'method.scale.none': 'The published score is the index value itself.',
  'method.scale.minmax':
    'The published score rescales the index from {min} (the school with the lowest value that year) to {max} (the highest). Scores compare schools within a year; a change from one year to the next is a change in position, not an absolute change.',
  'method.scale.percentile': "The published score is the school's percentile rank among the year's schools, from {min} to {max}.",
  'method.rank': 'Rank 1 is the highest score; schools with the same score share a rank (1, 2, 2, 4).',
  'method.levels.quantiles':
    "Levels split the year's schools into {count} groups of about equal size by score (level 1 lowest); schools with the same score share a level.",
  'method.levels.cuts': 'Levels follow fixed cut points on the score: {cuts}.',
  'method.change': "The change since last year compares a school's score with its score the year before, when both exist.",
  'method.privacy':
    'Before anything is computed or shown, every value about fewer than {n} students is removed, and so is any other value that would let a reader work one out by arithmetic on what the site publishes. Index scores use only the values that remain; a value shown as a range enters the index at the bound shown.',

  'privacy.title': 'Privacy',
  'privacy.heading': 'How this site protects students’ privacy',
  'privacy.description': 'What {district} hides on this site to protect students, the rules it follows, and what it does not promise.',
  'footer.privacy': 'How this site protects privacy',
  'privacy.methodology': 'How the index is computed from published figures only',
  'privacy.what.heading': 'What is hidden, and why',
  'privacy.what.text':
    'This site publishes figures about children. A figure about a few students can tell a reader something about one child, so the site never shows one, and never shows a figure that would let a reader work one out from the others.',
  'privacy.rules.heading': 'The rules',
  'privacy.rules.primary': 'Every figure about fewer than {min} students is hidden.',
  'privacy.rules.small':
    'A rate is shown only when at least {small} students have the outcome and at least {small} do not. Otherwise a figure for all students is shown as a range, such as "1% or less", just wide enough to cover {small} students; a figure for a group is hidden.',
  'privacy.rules.complementary':
    "Student groups add up to all students (the races and ethnicities, female and male, each group and its complement). When a group's figure is hidden, more figures of the same kind are hidden until the hidden ones together cover at least {min} students, and, for rates, at least {small} students with and {small} without the outcome. Otherwise a reader could subtract the shown groups from all students.",
  'privacy.rules.shares':
    "A share of students, such as the share of English learners, is shown as a range whenever that group's count is hidden.",
  'privacy.rules.same': 'Every hidden figure gives the same reason, so a reader cannot tell which figures were hidden to protect others.',
  'privacy.claims.heading': 'What this does and does not promise',
  'privacy.claims.checked':
    'Every build checks, by the arithmetic above, that no hidden count can be narrowed to fewer than {min} possible values, nor a count of students with or without an outcome to fewer than {small}; the build fails if one can. The published site is audited the same way from its pages.',
  'privacy.claims.not':
    'No rule can promise that nothing at all can be inferred: figures published elsewhere, or knowledge of a particular student, may still narrow a hidden figure. The rules remove the ways this site itself gives a small count away.',
  'privacy.claims.tracking': 'The site sets no cookies and tracks no one; search runs in your browser.',
  'privacy.repository.warning':
    "Warning: the site's data/ folder holds raw counts, including small ones. Keep the repository private, or commit only data that is already suppressed; only the built site is safe to publish.",
} as const satisfies Record<string, string>;
