/**
 * What every chart shares, so pages can rely on one look. Colours are checked in tests:
 * marks reach 3:1 against white, and colours used for text reach 4.5:1. Colour never
 * carries meaning alone: the emphasized series is also solid, thick and dotted, the
 * comparison dashed, and every line or rule is labelled in words.
 */
export const CHART_CLASS = 'ser-chart';
export const CHART_WIDTH = 640;
export const FONT_SIZE = 12;

/** This school: lines, rules and bars; also used for its labels (8.1:1). */
export const EMPHASIS = '#1d4f91';
/** Comparisons (district median) and their labels (7.0:1). */
export const COMPARISON = '#595959';
/** The many: histogram bins and the bars that are not emphasized; never text (3.5:1). */
export const MUTED = '#6b8cba';
/** A halo behind rules and labels so they stay legible where they cross bars. */
export const HALO = '#ffffff';

/** Dash pattern of comparison lines and reference rules. */
export const DASH = '6 4';
/** Further comparison lines, when a chart has more than one, differ in dash and dot shape too. */
export const COMPARISON_STYLES = [
  { dash: DASH, symbol: 'square' },
  { dash: '2 3', symbol: 'triangle' },
  { dash: '10 3 2 3', symbol: 'diamond' },
] as const;

/**
 * Categories of one chart (a school's index level on spending against need): each differs in
 * shape as well as colour, so a reader who cannot tell the colours apart still can the marks.
 */
export const CATEGORY_STYLES = [
  { colour: '#1d4f91', symbol: 'circle' },
  { colour: '#a8431c', symbol: 'triangle' },
  { colour: '#2e6b30', symbol: 'square' },
  { colour: '#6a3d9a', symbol: 'diamond' },
  { colour: '#595959', symbol: 'cross' },
  { colour: '#7a5900', symbol: 'star' },
  { colour: '#0f6b75', symbol: 'wye' },
] as const;
