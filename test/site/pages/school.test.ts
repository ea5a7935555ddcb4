import { describe, expect, it } from 'vitest';
import { schoolPage } from '../../../src/lib/site/pages/school.ts';
import { appendLine, withoutDataFile } from '../../data/site-fixture.ts';
import { tinyPages } from './fixture.ts';

const { ctx, schools } = tinyPages();
const page = (id: string) => schoolPage(ctx, schools.get(id)!);

describe('the school page model', () => {
  it("gives Birch Middle's newest year in full, formatted, with its district medians", () => {
    const birch = page('0102');
    expect(birch.name).toBe('Birch Middle');
    expect(birch.lede).toEqual({
      level: 'Middle school',
      grades: 'grades 6-8',
      address: '2 Birch Road, Riverside 02135',
      former: [],
      closed: null,
      opened: null,
    });
    expect(birch.summary?.heading).toBe('Tiny Index score, 2023–24');
    expect(birch.summary?.card?.of).toBe('out of 100');
    expect(birch.summary?.rank).toMatch(/^The (highest|lowest|2nd highest) need of the district’s 3 scored schools in 2023–24\.$/);
    expect(birch.summary?.dataLine).toMatch(/^Figures for the 2023–24 school year, from data published /);
    expect(birch.summary?.meaning).toBe('A higher score means greater need, not a worse school.');
    // absent: 96/480 = 20.0%, against the median of 10%, 20% and 10%.
    expect(birch.indicators?.latest.rows.find((r) => r.title === 'Chronic absenteeism')).toMatchObject({
      href: '/indicators/absent/',
      value: '20.0%',
      year: '2023–24',
      median: '10.0%',
      direction: 'Lower is better',
    });
    // The district's schools weighted by students: state and local (310 × 10,500 + 480 × 10,100 +
    // 900 × 9,800) / 1,690 = 10,013.6; federal 769,000 / 1,690 = 455.0. Birch, the only middle
    // school, has no peers of its level.
    expect(birch.spending?.split.rows).toEqual([
      ['State and local', '$10,100', '$10,014', 'No data'],
      ['Federal', '$510', '$455', 'No data'],
      ['Total', '$10,610', '$10,469', 'No data'],
    ]);
    expect(birch.spending?.summary).toBe(
      'In 2023–24, Birch Middle received $10,100 of state and local money per student, about the same as the average of the district’s schools ($10,014).',
    );
    expect(birch.spending?.figure?.rows).toEqual([
      ['2022–23', '$9,900', '$10,031', 'No data'],
      ['2023–24', '$10,100', '$10,014', 'No data'],
    ]);
    expect(birch.attendance.table?.rows).toEqual([['All students', '500', '480']]);
    // Each domain says where it stands among the year's schools, in words, not as a z-score.
    for (const domain of birch.domains.domains)
      expect(domain.position).toMatch(/^(More need than \d of the district’s 3 schools|Less need than any other|Not enough data)/);
    // Birch has no student group rows: no groups section.
    expect(birch.indicators?.groups).toBeNull();
  });

  it('draws the score trend over every year the school has data, beside the district median', () => {
    const { trend } = page('0102');
    expect(trend?.figure.svg).toMatch(/^<svg[^>]* role="img"/);
    expect(trend?.figure.columns).toEqual(['School year', 'Birch Middle', 'District median']);
    expect(trend?.figure.rows.map((row) => row[0])).toEqual(['2022–23', '2023–24']);
    expect(trend?.figure.caption).toContain('Birch Middle');
  });

  it("shows Alder's small Asian group as hidden, below the all-students row", () => {
    // 1 of Alder's 7 Asian students (14.3%): a group below the minimum of 10.
    const small = tinyPages({ 'data/measures.csv': appendLine('2023-24,0101,absent,asian,1,7,,,') });
    const alder = schoolPage(small.ctx, small.schools.get('0101')!);
    const groups = alder.indicators?.groups;
    expect(groups?.tables.map((table) => table.title)).toEqual(['Chronic absenteeism, 2023–24']);
    expect(groups?.tables[0]?.rows[0]).toEqual(['All students', '10.0%', '', '']);
    const [group, value, others, district] = groups?.tables[0]?.rows[1] ?? [];
    expect(group).toBe('Asian');
    expect(value).toMatch(/not shown to protect privacy/i);
    expect(others).toBe('No gap');
    expect(district).toBe('No gap');
    expect(JSON.stringify(alder.indicators)).not.toMatch(/14[.,]\d/);
  });

  it('gives each group its gap to the other students at the school and to the group across the district', () => {
    // Alder: girls 20 of 150 (13.3%), boys 11 of 160 (6.9%); Birch's girls 20.8%, Cedar's 10.0%.
    const sexes = tinyPages({
      'data/measures.csv': (text) =>
        [
          '2023-24,0101,absent,female,20,150,,,',
          '2023-24,0101,absent,male,11,160,,,',
          '2023-24,0102,absent,female,50,240,,,',
          '2023-24,0103,absent,female,45,450,,,',
        ].reduce((all, row) => appendLine(row)(all), text),
    });
    const rows = schoolPage(sexes.ctx, sexes.schools.get('0101')!).indicators?.groups?.tables[0]?.rows;
    // Two groups that make up all students: the girls' "other students" are the boys, and back.
    // The district's girls: the median of 13.3%, 20.8% and 10.0%, which is Alder's own 13.3%.
    expect(rows?.find((r) => r[0] === 'Female')).toEqual([
      'Female',
      '13.3%',
      '6.5 points higher than 6.9% (worse)',
      'the same as 13.3%, the median of 3 schools',
    ]);
    expect(rows?.find((r) => r[0] === 'Male')?.slice(2)).toEqual([
      '6.5 points lower than 13.3% (better)',
      'No district figure for this group',
    ]);
  });

  it('shows an indicator the newest year lacks from its own latest year, with its series and when it stopped', () => {
    // Proficiency was last reported for every school in 2022-23; 2023-24 has the other measures.
    const stopped = tinyPages({
      'data/measures.csv': (text) =>
        text
          .split('\n')
          .filter((line) => !line.startsWith('2023-24') || !line.includes(',proficient,'))
          .join('\n'),
    });
    const birch = schoolPage(stopped.ctx, stopped.schools.get('0102')!);
    // 200 of 500 in 2022-23; the median of Alder's 50% and Birch's 40%.
    expect(birch.indicators?.latest.rows.find((r) => r.title === 'Proficiency')).toMatchObject({
      value: '40.0%',
      year: '2022–23',
      median: '45.0%',
    });
    // Every year of every measure is in its area's figure table: this school, then the district median.
    const rows = birch.domains.domains.flatMap((d) => d.figure?.rows ?? []);
    expect(rows.find((row) => row[0] === 'Proficiency, this school')).toEqual(['Proficiency, this school', '40.0%', '']);
    expect(rows.find((row) => row[0] === 'Proficiency, district median')).toEqual(['Proficiency, district median', '45.0%', '']);
    const notes = birch.domains.domains.flatMap((d) => d.notes);
    expect(notes).toContain('Proficiency: Last reported in 2022–23.');
    // Absenteeism runs through both years, with no note.
    expect(rows.find((row) => row[0] === 'Chronic absenteeism, this school')).toEqual([
      'Chronic absenteeism, this school',
      '20.0%',
      '20.0%',
    ]);
    expect(notes.some((note) => note.startsWith('Chronic absenteeism'))).toBe(false);
    // Drawn measures have no separate history table.
    expect(birch.indicators?.history).toBeNull();
    // The score still leads with the newest year, and the indicator page with the indicator's own.
    expect(birch.summary?.heading).toContain('2023–24');
    expect(stopped.ctx.site.indicators.find((i) => i.id === 'proficient')?.currentYear).toBe('2022-23');
  });

  it('says when a measure began being reported, and passes over a newest row that is only missing', () => {
    const alder = page('0101');
    // Alder's 2023-24 proficiency row is only "missing": its 2022-23 value leads, and it stopped.
    expect(alder.indicators?.latest.rows.find((r) => r.title === 'Proficiency')).toMatchObject({ value: '50.0%', year: '2022–23' });
    // Birch's poverty share first reported in 2023-24.
    const started = tinyPages({ 'data/measures.csv': (text) => text.replace('2022-23,0102,poverty,all,,,40%,,\n', '') });
    const birch = schoolPage(started.ctx, started.schools.get('0102')!);
    expect(birch.domains.domains.flatMap((d) => d.notes)).toContain('Economically disadvantaged students: Reported since 2023–24.');
  });

  it('says when a school opened, and why a school without coordinates has no map', () => {
    const cedar = page('0103');
    expect(cedar.lede.opened).toBe('Opened in the 2023–24 school year.');
    expect(cedar.trend?.figure.rows).toHaveLength(1);
    expect(cedar.location.map).toBeNull();
    expect(cedar.location.noMap).toBe("No map: the district's school directory does not publish coordinates for this school.");
    expect(page('0102').location.map?.svg).toMatch(/^<svg/);
  });

  it('leaves out "out of" when the index publishes its composite unscaled', () => {
    const unscaled = tinyPages({
      'content/index.md': (text) => text.replace('orientation: need', 'orientation: need\nscale:\n  method: none'),
    });
    const birch = schoolPage(unscaled.ctx, unscaled.schools.get('0102')!);
    expect(birch.summary?.card?.value).toBeDefined();
    expect(birch.summary?.card?.of).toBeNull();
  });

  it('says what a school was called before, so a search for its old name finds its page', () => {
    expect(page('0101').lede.former).toEqual(['Formerly Alder Grammar School, id 0091 (until 2021–22)']);
    const named = tinyPages({ 'data/school_aliases.csv': appendLine('0102,,Birch Junior High,') });
    expect(schoolPage(named.ctx, named.schools.get('0102')!).lede.former).toEqual(['Formerly Birch Junior High']);
  });

  it('has no spending section when the district publishes no spending file', () => {
    const unfunded = tinyPages(withoutDataFile('spending.csv'));
    for (const school of unfunded.schools.values()) expect(schoolPage(unfunded.ctx, school).spending).toBeNull();
    expect(page('0102').spending).not.toBeNull();
  });

  it('shows only the parts of the address the directory has, and its phone and website', () => {
    const sparse = tinyPages({
      'data/schools.csv': (text) =>
        text
          .replace('grades,address,city,zip,', 'grades,phone,website,zip,')
          .replace('1 Alder Way,Riverside,02134', '555-010-2000,https://alder.example.org/,')
          .replace('2 Birch Road,Riverside,02135', ',,02135')
          .replace('3 Cedar Lane,Millbrook,02136', ',,'),
    });
    const alder = schoolPage(sparse.ctx, sparse.schools.get('0101')!);
    expect(alder.lede.address).toBeNull();
    expect(alder.location.address).toBeNull();
    expect(alder.location.phone).toMatchObject({ href: 'tel:5550102000', text: '555-010-2000' });
    expect(alder.location.website).toMatchObject({ href: 'https://alder.example.org/' });
    expect(schoolPage(sparse.ctx, sparse.schools.get('0102')!).lede.address).toBe('02135');
  });

  it('links the schools like this one, nearest on the need measure first, with the rule in words', () => {
    // Each tiny school has its own level: none has a peer of the same level.
    expect(page('0102').peers).toBeNull();
    const mixed = tinyPages({
      'content/site.md': (text) => text.replace('need_measure: poverty', 'need_measure: poverty\npeers:\n  count: 2\n  same_level: false'),
    });
    const birch = schoolPage(mixed.ctx, mixed.schools.get('0102')!);
    // Birch 41%: Cedar 30% is 11 points away, Alder 58% is 17.
    expect(birch.peers?.schools).toEqual([
      { href: '/schools/0103/', name: 'Cedar High', need: '30.0%' },
      { href: '/schools/0101/', name: 'Alder Elementary', need: '58.0%' },
    ]);
    expect(birch.peers?.intro).toBe(
      'The 2 schools closest to this school on Economically disadvantaged students (41.0%) in 2023–24. Only need chooses them, never results.',
    );
  });
  it('splits each score into its starting point and each measure’s points, which add up to the score as shown', () => {
    const number = (text: string) => Number(text.replace('−', '-').replace(/[^\d.-]/g, ''));
    for (const school of schools.values()) {
      const { why, summary } = schoolPage(ctx, school);
      const rows = why?.figure?.rows ?? [];
      expect(rows[0]?.[0]).toBe('Starting point');
      expect(rows.at(-1)?.[0]).toBe('Score');
      const [start, ...parts] = rows.slice(0, -1).map((row) => Math.round(number(row[2] as string) * 10));
      const total = parts.reduce((sum, p) => sum + p, start as number);
      expect(total).toBe(Math.round(number(rows.at(-1)?.[2] as string) * 10));
      expect(rows.at(-1)?.[2]).toBe(summary?.card?.value);
      expect(why?.intro).toMatch(/^A school at the district average on every measure would score [\d.]+\./);
    }
    const birch = page('0102').why;
    // The largest positive part is named as adding the most, with its points.
    const [, ...partRows] = birch?.figure?.rows.slice(0, -1) ?? [];
    const largestUp = partRows
      .filter((row) => !(row[2] as string).startsWith('−'))
      .sort((a, b) => number(b[2] as string) - number(a[2] as string))[0];
    if (largestUp) expect(birch?.sentences[0]).toBe(`${largestUp[0]} adds the most to this school’s need score (${largestUp[2]}).`);
    expect(birch?.glossary.href).toBe('/glossary/#contribution');
  });

  it('says so instead of splitting a score that is a percentile', () => {
    const percentile = tinyPages({
      'content/index.md': (text) => text.replace('orientation: need', 'orientation: need\nscale:\n  method: percentile'),
    });
    const why = schoolPage(percentile.ctx, percentile.schools.get('0102')!).why;
    expect(why?.figure).toBeNull();
    expect(why?.none).toMatch(/percentile/);
  });
  it('finds the value of one measure that moves the level, which re-running the whole build confirms, and one step less does not', () => {
    const birch = schools.get('0102')!.current!;
    const poverty = birch.levelChanges?.find((c) => c.indicatorId === 'poverty')?.change;
    // Birch is in the middle of 3 schools; more poverty moves it up.
    expect(poverty?.increase).toMatchObject({ level: 3 });
    const levelAt = (value: number) =>
      tinyPages({
        'data/measures.csv': (text) => text.replace('2023-24,0102,poverty,all,,,41,,', `2023-24,0102,poverty,all,,,${value},,`),
      }).schools.get('0102')!.current!.score.level;
    for (const move of [poverty?.increase, poverty?.decrease]) {
      if (!move) continue;
      expect(levelAt(move.value)).toBe(move.level);
      const stepBack = Math.round((move.value + (move.value > 41 ? -0.1 : 0.1)) * 10) / 10;
      if (stepBack !== 41) expect(levelAt(stepBack)).toBe(birch.score.level);
    }
    const section = page('0102').levelChange;
    expect(section?.intro).toMatch(/^This school is in “Middle” in 2023–24\./);
    expect(section?.items.find((i) => i.title === 'Economically disadvantaged students')?.changes).toContain(
      `At ${poverty!.increase!.value.toFixed(1)}%: “High”.`,
    );
  });

  it('lists as not counted a measure the school has a row for but no value, and not one that does not apply to it', () => {
    const why = (row: string | null) => {
      const edited = tinyPages({ 'data/measures.csv': (text) => text.replace('2023-24,0102,proficient,all,240,480,,,\n', row ?? '') });
      return schoolPage(edited.ctx, edited.schools.get('0102')!).why;
    };
    expect(why('2023-24,0102,proficient,all,,,,missing,\n')?.missing).toBe(
      'Not counted, because this school has no value for them this year: Proficiency.',
    );
    // Without a row, the measure does not apply (as graduation at an elementary school): nothing to say.
    expect(why(null)?.missing).toBeNull();
  });

  it('says when a measure moves the level one way only, so the other way does not read as left out', () => {
    const oneWay = [...schools.values()].flatMap((school) =>
      (school.current?.levelChanges ?? []).flatMap(({ indicatorId, change }) =>
        change && (change.increase === null) !== (change.decrease === null) ? [{ school, indicatorId, change }] : [],
      ),
    );
    expect(oneWay.length).toBeGreaterThan(0);
    for (const { school, indicatorId, change } of oneWay) {
      const title = ctx.indicator(indicatorId)?.title;
      const changes = schoolPage(ctx, school).levelChange?.items.find((i) => i.title === title)?.changes;
      expect(changes).toHaveLength(2);
      expect(changes?.[1]).toBe(
        change.increase === null
          ? 'Even at the highest value searched, it would stay in this level.'
          : 'Even at the lowest value searched, it would stay in this level.',
      );
    }
  });

  it('never searches a coded or hidden value, which the answer would reveal', () => {
    const coded = tinyPages({
      'data/measures.csv': (text) =>
        text
          .replace('2023-24,0102,poverty,all,,,41,,', '2023-24,0102,poverty,all,,,40,coded_high,')
          .replace('2023-24,0102,absent,all,96,480,,,', '2023-24,0102,absent,all,,,,suppressed,'),
    });
    const birch = coded.schools.get('0102')!.current!;
    expect(birch.levelChanges?.find((c) => c.indicatorId === 'poverty')).toEqual({ indicatorId: 'poverty', change: null });
    expect(birch.levelChanges?.some((c) => c.indicatorId === 'absent')).toBe(false);
    const item = schoolPage(coded.ctx, coded.schools.get('0102')!).levelChange?.items.find(
      (i) => i.title === 'Economically disadvantaged students',
    );
    expect(item?.changes).toEqual(['Not worked out: the value is not published exactly, and the answer would give it away.']);
  });
});
