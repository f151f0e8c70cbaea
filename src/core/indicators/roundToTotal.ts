import { D, roundDecimal } from "../decimal";
import type { Decimal } from "../decimal";

/**
 * 端数調整 by largest remainder: rounds parts to `digits` so that they add up to the half-up
 * rounded total of the exact parts. Each part is first rounded toward −∞; the missing units go to
 * the parts with the largest remainders, ties to the earlier part (deterministic). Every part
 * moves by less than one unit, and only parts with a non-zero remainder move up.
 *
 * @example roundToTotal([new D("33.3"), new D("33.3"), new D("33.4")], 0).map(String) // ["33", "33", "34"]
 */
export function roundToTotal(parts: readonly Decimal[], digits: number): Decimal[] {
  const unit = new D(10).pow(-digits);
  const floors = parts.map((p) => p.div(unit).floor());
  const remainders = parts.map((p, i) => p.div(unit).minus(floors[i] as Decimal));
  let exactTotal = new D(0);
  for (const p of parts) exactTotal = exactTotal.plus(p);
  const targetUnits = roundDecimal(exactTotal, digits, "half-up").div(unit);
  let floorUnits = new D(0);
  for (const f of floors) floorUnits = floorUnits.plus(f);
  const missing = targetUnits.minus(floorUnits).toNumber();
  const order = remainders
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.comparedTo(a.r) || a.i - b.i);
  const bumped = new Set(order.slice(0, missing).map((o) => o.i));
  return floors.map((f, i) => (bumped.has(i) ? f.plus(1) : f).times(unit));
}
