import { describe, expect, it } from 'vitest';
import { accessibilityPage } from '../../../src/lib/site/pages/accessibility.ts';
import { homePage } from '../../../src/lib/site/pages/home.ts';
import { issuesOf, replaceLine, tinySiteWith } from '../../data/site-fixture.ts';
import { tinyPages } from './fixture.ts';

// Line 6 of the tiny site's site.md is its need_measure; the contact goes next to it.
const withContact = (contact: string) => ({
  'content/site.md': replaceLine(6, `need_measure: poverty\naccessibility_contact: ${contact}`),
});

describe('the accessibility statement', () => {
  it('states the WCAG level, the known limits and how to report a barrier by email', () => {
    const page = accessibilityPage(tinyPages(withContact('access@tiny.example')).ctx);
    expect(page.heading).toBe('Accessibility statement');
    expect(page.sections.map((s) => s.heading)).toEqual(['The standard this site meets', 'How it is checked', 'Known limits']);
    expect(page.sections[0]?.paragraphs[0]).toContain('WCAG) 2.1 at level AA');
    expect(page.sections[2]?.items.length).toBeGreaterThanOrEqual(3);
    expect(page.report.contact).toMatchObject({ href: 'mailto:access@tiny.example', text: 'access@tiny.example' });
    expect(page.updated).toMatch(/^This statement describes the site as published on /);
  });

  it('links a web address as it is, and says whom to tell when the site names no contact', () => {
    expect(accessibilityPage(tinyPages(withContact('https://tiny.example/access')).ctx).report.contact?.href).toBe(
      'https://tiny.example/access',
    );
    const page = accessibilityPage(tinyPages().ctx);
    expect(page.report.contact).toBeNull();
    expect(page.report.none).toContain('Sources and licences');
  });

  it('is linked from the footer of every page', () => {
    expect(homePage(tinyPages().ctx).layout.footer.accessibility).toEqual({ href: '/accessibility/', text: 'Accessibility statement' });
  });

  it('refuses a contact that is neither an email nor a web address', () => {
    const issues = issuesOf(tinySiteWith(withContact('call the office')));
    expect(issues).toEqual([
      expect.objectContaining({ file: 'content/site.md', line: 7, column: 'accessibility_contact', value: 'call the office' }),
    ]);
  });
});
