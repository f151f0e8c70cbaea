import { D, type Decimal } from "../decimal";
import type { Interval } from "./types";

/** An interval of one exact value. */
export function point(v: Decimal): Interval {
  return { lo: v, hi: v };
}

export function addIntervals(a: Interval, b: Interval): Interval {
  return { lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi) };
}

export function subIntervals(a: Interval, b: Interval): Interval {
  return { lo: a.lo.minus(b.hi), hi: a.hi.minus(b.lo) };
}

export function negInterval(a: Interval): Interval {
  return { lo: a.hi.neg(), hi: a.lo.neg() };
}

function hull(values: Decimal[]): Interval {
  let lo = values[0]!;
  let hi = values[0]!;
  for (const v of values) {
    if (v.lt(lo)) lo = v;
    if (v.gt(hi)) hi = v;
  }
  return { lo, hi };
}

export function mulIntervals(a: Interval, b: Interval): Interval {
  return hull([a.lo.times(b.lo), a.lo.times(b.hi), a.hi.times(b.lo), a.hi.times(b.hi)]);
}

/** a / b, or null when b contains zero (nothing can be said). */
export function divIntervals(a: Interval, b: Interval): Interval | null {
  if (b.lo.lte(0) && b.hi.gte(0)) return null;
  return hull([a.lo.div(b.lo), a.lo.div(b.hi), a.hi.div(b.lo), a.hi.div(b.hi)]);
}

/** Whether two intervals share a value: the identity test of XBRL Calculations 1.1. */
export function intersects(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

/** 10^−d for the places figures are printed with. */
const ULPS = Array.from({ length: 16 }, (_, d) => new D(10).pow(-d));
const HALF_ULPS = ULPS.map((u) => u.div(2));

/**
 * The values a figure printed with `decimals` places stands for (domain.md §4): rounded half-up
 * [v − ½·10^−d, v + ½·10^−d]; truncated [v, v + 10^−d] for v > 0, mirrored for v < 0, and
 * [−10^−d, 10^−d] for 0 (truncation toward zero); exact: v itself. The upper end of a truncated
 * figure is open in truth; treating it as closed only admits the boundary value.
 *
 * @example figureInterval(new D(65), 0, "half-up") // { lo: 64.5, hi: 65.5 }
 */
export function figureInterval(
  v: Decimal,
  decimals: number,
  method: "half-up" | "down" | "up" | "exact"
): Interval {
  if (method === "exact") return point(v);
  const ulp = ULPS[decimals] ?? new D(10).pow(-decimals);
  if (method === "half-up") {
    const half = HALF_ULPS[decimals] ?? ulp.div(2);
    return { lo: v.minus(half), hi: v.plus(half) };
  }
  // Truncation (and rounding up, its mirror) act on the absolute value, as 決算 sheets do.
  const away = method === "down" ? 1 : -1;
  if (v.isZero()) return method === "down" ? { lo: ulp.neg(), hi: ulp } : point(v);
  const towardOuter = v.gt(0) === (away === 1);
  return towardOuter ? { lo: v, hi: v.plus(ulp) } : { lo: v.minus(ulp), hi: v };
}
