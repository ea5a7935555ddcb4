import { studentTQuantile } from './student-t.ts';

export interface Point {
  x: number;
  y: number;
  /** How much the point counts: its students, for spending; 1 for each school, for outcomes. */
  weight: number;
}

export interface Line {
  intercept: number;
  slope: number;
  /** Points in the fit. */
  n: number;
  /** The slope's standard error. */
  slopeError: number;
  /** Residual standard deviation, in y's unit (each residual weighted as its point). */
  sigma: number;
  /** The weighted mean of x and the weighted sum of squares about it, which prediction intervals need. */
  meanX: number;
  sumSquaresX: number;
  sumWeights: number;
}

/**
 * Weighted least squares of y on x. The weights are analytic (a school's students), so the
 * standard error treats them as relative: scaling every weight by the same factor changes
 * nothing. Null with fewer than three points, or when every x is the same: no line, or no
 * uncertainty, can be drawn through them.
 */
export function fitLine(points: readonly Point[]): Line | null {
  const n = points.length;
  let sumW = 0;
  let sumX = 0;
  let sumY = 0;
  for (const p of points) {
    sumW += p.weight;
    sumX += p.weight * p.x;
    sumY += p.weight * p.y;
  }
  if (n < 3 || !(sumW > 0)) return null;
  const meanX = sumX / sumW;
  const meanY = sumY / sumW;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += p.weight * (p.x - meanX) ** 2;
    sxy += p.weight * (p.x - meanX) * (p.y - meanY);
  }
  // Relative to x's own size, so a spread lost to rounding counts as none.
  if (!(sxx > 1e-12 * sumW * (meanX * meanX + 1))) return null;
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  let sse = 0;
  for (const p of points) sse += p.weight * (p.y - intercept - slope * p.x) ** 2;
  // Weights normalised to sum to n: the residual variance of a point of average weight.
  const variance = (sse / (n - 2)) * (n / sumW);
  return {
    intercept,
    slope,
    n,
    slopeError: Math.sqrt(sse / (n - 2) / sxx),
    sigma: Math.sqrt(variance),
    meanX,
    sumSquaresX: sxx,
    sumWeights: sumW,
  };
}

/** The slope's two-sided interval at `level` (0.95: the 95% interval). */
export function slopeInterval(line: Line, level: number): [number, number] {
  const t = studentTQuantile((1 + level) / 2, line.n - 2);
  return [line.slope - t * line.slopeError, line.slope + t * line.slopeError];
}

/**
 * The two-sided prediction interval at `level` for one new school of average weight at x: where
 * its y would fall that often if only need mattered. Used on schools of the fit itself, it is
 * wider than their own residuals' spread (1 + h rather than 1 − h), so it flags fewer of them.
 */
export function predictionInterval(line: Line, x: number, level: number): [number, number] {
  const t = studentTQuantile((1 + level) / 2, line.n - 2);
  const leverage = 1 / line.n + (x - line.meanX) ** 2 / (line.sumSquaresX * (line.n / line.sumWeights));
  const half = t * line.sigma * Math.sqrt(1 + leverage);
  const fitted = line.intercept + line.slope * x;
  return [fitted - half, fitted + half];
}
