import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPARISON, EMPHASIS, HALO, MUTED } from '../../src/lib/charts/theme.ts';
import { CASES } from './cases.ts';
import { idsOf, parseSvg, referencesOf } from './inspect.ts';

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const SITE_CSS = readFileSync(new URL('../../src/styles/site.css', import.meta.url), 'utf8');

function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

describe.each(CASES)('$name', ({ render }) => {
  const svg = render('a11y');
  const root = parseSvg(svg);

  it('is one image with an accessible name', () => {
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-label')?.length).toBeGreaterThan(20);
  });

  it('has no aria-label on an element without a role', () => {
    const labelled = Array.from(root.querySelectorAll('[aria-label]:not([role])'));
    expect(labelled.map((element) => element.outerHTML.slice(0, 60))).toEqual([]);
  });

  it('has no font-variant attribute, but keeps tabular digits through the site stylesheet', () => {
    expect(root.querySelectorAll('[font-variant]')).toHaveLength(0);
    expect(root.querySelectorAll('.ser-tabular').length).toBeGreaterThan(0);
    expect(SITE_CSS).toMatch(/\.ser-tabular \{\s*font-variant-numeric: tabular-nums;\s*\}/);
  });

  it('resolves every reference within itself and has unique ids', () => {
    const ids = idsOf(svg);
    expect(new Set(ids).size).toBe(ids.length);
    for (const reference of referencesOf(svg)) expect(ids).toContain(reference);
  });

  it('scales down on narrow screens and carries the shared class', () => {
    expect(root.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    expect(SITE_CSS).toMatch(/\.chart-svg svg \{\s*max-width: 100%;\s*height: auto;/);
    expect(root.getAttribute('font-size')).toBe('12');
    expect(root.getAttribute('class')).toBe('ser-chart');
    // Fixed classes only: nothing inside that could differ between runs or charts.
    expect(new Set(Array.from(root.querySelectorAll('[class]'), (element) => element.getAttribute('class')))).toEqual(
      new Set(['ser-tabular']),
    );
    // The Content-Security-Policy refuses style attributes and elements.
    expect(root.querySelectorAll('style, [style]')).toHaveLength(0);
    expect(root.hasAttribute('style')).toBe(false);
  });

  it('draws marks with 3:1 contrast and text with 4.5:1 against white', () => {
    for (const element of Array.from(root.querySelectorAll('[fill^="#"], [stroke^="#"]'))) {
      for (const attribute of ['fill', 'stroke']) {
        const colour = element.getAttribute(attribute);
        if (colour === null || !colour.startsWith('#') || colour === HALO) continue;
        const isText = element.querySelector('text') !== null || element.tagName.toLowerCase() === 'text';
        expect(contrastWithWhite(colour), `${attribute}=${colour}`).toBeGreaterThanOrEqual(isText && attribute === 'fill' ? 4.5 : 3);
      }
    }
  });
});

describe('palette', () => {
  it('meets the contrast each colour is used for', () => {
    expect(contrastWithWhite(EMPHASIS)).toBeGreaterThanOrEqual(4.5);
    expect(contrastWithWhite(COMPARISON)).toBeGreaterThanOrEqual(4.5);
    expect(contrastWithWhite(MUTED)).toBeGreaterThanOrEqual(3);
  });
});
