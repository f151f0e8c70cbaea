import { D, roundDecimal } from "../decimal";
import type { Decimal } from "../decimal";
import { ZERO } from "./result";

const ONE = new D(1);

/**
 * 端数調整 by largest remainder: rounds parts to `digits` so that they add up to the half-up
 * rounded total of the exact parts. Each part is first rounded toward −∞; the missing units go to
 * the parts with the largest remainders, ties to the earlier part (deterministic). Every part
 * moves by less than one unit, and only parts with a non-zero remainder move up.
 *
 * One pass over the parts and one sort, so a 200,000-row range stays fast: the sort compares the
 * remainders as doubles first (Decimal → double is monotonic, so a difference there is the exact
 * order) and falls back to the exact Decimals only when the doubles are equal.
 *
 * @example roundToTotal([new D("33.3"), new D("33.3"), new D("33.4")], 0).map(String) // ["33", "33", "34"]
 */
export function roundToTotal(parts: readonly Decimal[], digits: number): Decimal[] {
  const unit = new D(10).pow(-digits);
  // Multiplying by a power of ten is exact, like dividing by the unit, and cheaper.
  const perUnit = new D(10).pow(digits);
  const n = parts.length;
  const floors: Decimal[] = [];
  const remainders: Decimal[] = [];
  const approx = new Float64Array(n);
  let exactTotal = ZERO;
  let floorUnits = ZERO;
  for (let i = 0; i < n; i++) {
    const part = parts[i] as Decimal;
    const units = part.times(perUnit);
    const floor = units.floor();
    const remainder = units.minus(floor);
    floors.push(floor);
    remainders.push(remainder);
    approx[i] = remainder.toNumber();
    exactTotal = exactTotal.plus(part);
    floorUnits = floorUnits.plus(floor);
  }
  const targetUnits = roundDecimal(exactTotal, digits, "half-up").div(unit);
  const missing = targetUnits.minus(floorUnits).toNumber();
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort(
    (a, b) => approx[b]! - approx[a]! || remainders[b]!.comparedTo(remainders[a]!) || a - b
  );
  const bumped = new Uint8Array(n);
  for (const i of order.slice(0, missing)) bumped[i] = 1;
  return floors.map((f, i) => (bumped[i] ? f.plus(ONE) : f).times(unit));
}
