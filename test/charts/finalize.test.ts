import { describe, expect, it } from 'vitest';
import { finalizeSvg } from '../../src/lib/charts/finalize.ts';

const RAW =
  '<svg class="ser-chart" width="640" height="240" viewBox="0 0 640 240" aria-description="x">' +
  '<style>:where(.ser-chart) { display: block; }</style>' +
  '<g aria-label="line" font-variant="tabular-nums" clip-path="url(#plot-clip-7)">' +
  '<clipPath id="plot-clip-7"><rect width="10.123456" height="3"></rect></clipPath>' +
  '<path d="M1.23456,2.999L-0.0012,4" marker-end="url(#plot-marker-3)"></path></g>' +
  '<marker id="plot-marker-3"><circle r="3"></circle></marker>' +
  '<use href="#plot-marker-3"></use><text x="1.5" y="2">12.345 schools</text></svg>';

describe('finalizeSvg', () => {
  const out = finalizeSvg(RAW, { idPrefix: 'fig', title: 'A chart about schools' });

  it('renumbers ids in document order and rewrites every reference to them', () => {
    expect(out).toContain('id="fig-1"');
    expect(out).toContain('id="fig-2"');
    expect(out).toContain('clip-path="url(#fig-1)"');
    expect(out).toContain('marker-end="url(#fig-2)"');
    expect(out).toContain('href="#fig-2"');
    expect(out).not.toContain('plot-');
  });

  it('names the root as an image and drops labels that need a role', () => {
    expect(out).toMatch(/^<svg [^>]*role="img"/);
    expect(out).toContain('aria-label="A chart about schools"');
    expect(out.match(/aria-label=/g)).toHaveLength(1);
    expect(out).not.toContain('aria-description');
  });

  it('leaves no style attribute or element, which the CSP would refuse', () => {
    expect(out).not.toContain('font-variant=');
    expect(out).toContain('<g class="ser-tabular" clip-path="url(#fig-1)">');
    expect(out).not.toContain('<style');
    expect(out).not.toContain('style=');
    const sized = finalizeSvg('<svg font-size="10" style="font-size:12px"></svg>', { idPrefix: 'a', title: 't' });
    expect(sized).toContain('font-size="12"');
    expect(sized).not.toContain('style=');
  });

  it('refuses a style it has no attribute or class for, rather than draw it unstyled', () => {
    expect(() => finalizeSvg('<svg style="overflow:visible"></svg>', { idPrefix: 'a', title: 't' })).toThrow(/overflow:visible/);
    expect(() => finalizeSvg('<svg><g font-variant="small-caps"></g></svg>', { idPrefix: 'a', title: 't' })).toThrow(/small-caps/);
  });

  it('rounds geometry to two decimals but leaves text alone', () => {
    expect(out).toContain('d="M1.23,3L0,4"');
    expect(out).toContain('width="10.12"');
    expect(out).toContain('>12.345 schools</text>');
  });

  it('rejects an id prefix that cannot start an id, and references it cannot resolve', () => {
    expect(() => finalizeSvg(RAW, { idPrefix: '1chart', title: 't' })).toThrow(/idPrefix/);
    expect(() => finalizeSvg('<svg><path clip-path="url(#gone)"></path></svg>', { idPrefix: 'a', title: 't' })).toThrow(/#gone/);
    expect(() => finalizeSvg('<div></div>', { idPrefix: 'a', title: 't' })).toThrow(/<svg>/);
  });
});
