export interface ChartOptions {
  locale: string;
  /** Unique on the page; the chart's ids are `${idPrefix}-1`, `-2`, … */
  idPrefix: string;
}

/** A value drawn as a labelled vertical rule: this school, or the district median. */
export interface LabelledValue {
  value: number;
  label: string;
}
