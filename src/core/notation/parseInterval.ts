import { toYen } from "./moneyFactor";
import { invalid, parseQuantity } from "./parseQuantity";
import { NO_WARNINGS } from "./sharedCells";
import type { MoneyUnit, ParsedCell, Quantity } from "./types";

type NumberCell = ParsedCell & { kind: "number" };

/**
 * Reads `10〜20件` / `10~20` (both ends inclusive), `10件〜` (≥) and `〜20件` (≤) from the two
 * normalised sides of the tilde. A bare end takes the other end's unit (`1〜2億円` is 1 億円 to
 * 2 億円); ends that disagree in kind or run backwards are invalid, not reordered.
 *
 * @example parseInterval("10", "20件", "10〜20件", null) // number 10 件, comparison "ge", upper 20 件
 */
export function parseInterval(
  left: string,
  right: string,
  original: string,
  tableUnit: MoneyUnit | null
): ParsedCell {
  if (left === "" && right === "") return { kind: "text", text: original };
  if (left === "" || right === "") {
    const one = parseQuantity(left || right, original, tableUnit);
    if (one.kind !== "number")
      return one.kind === "invalid" ? { ...one, text: original } : { kind: "text", text: original };
    if (one.comparison !== "eq" || one.upper)
      return invalid(original, "notation.malformedInterval");
    return { ...one, comparison: left === "" ? "le" : "ge" };
  }
  let lower = parseQuantity(left, original, null);
  let upper = parseQuantity(right, original, null);
  if (lower.kind === "invalid") return lower;
  if (upper.kind === "invalid") return upper;
  if (lower.kind !== "number" || upper.kind !== "number") return { kind: "text", text: original };
  // A bare end is read again with the other end's multiplier and unit: `1〜2億円` is 1億円〜2億円.
  if (lower.quantity.unit === null && upper.quantity.unit !== null)
    lower = parseQuantity(left + unitSuffix(right, left), original, null);
  else if (upper.quantity.unit === null && lower.quantity.unit !== null)
    upper = parseQuantity(right + unitSuffix(left, right), original, null);
  if (lower.kind !== "number" || upper.kind !== "number")
    return invalid(original, "notation.malformedInterval");
  if (lower.comparison !== "eq" || upper.comparison !== "eq" || lower.upper || upper.upper) {
    return invalid(original, "notation.malformedInterval");
  }
  const [lo, hi] = shareUnit(lower, upper, tableUnit);
  if (lo.unitKind !== hi.unitKind || (lo.unitKind !== "money" && lo.unit !== hi.unit)) {
    return invalid(original, "notation.malformedInterval");
  }
  const loValue = toYen(lo) ?? lo.value;
  const hiValue = toYen(hi) ?? hi.value;
  if (loValue.greaterThan(hiValue)) return invalid(original, "notation.intervalReversed");
  const cell: NumberCell = {
    kind: "number",
    quantity: lo,
    comparison: "ge",
    upper: hi,
    upperExclusive: false,
    warnings:
      lower.warnings.length + upper.warnings.length === 0
        ? NO_WARNINGS
        : [...lower.warnings, ...upper.warnings],
  };
  if (lower.perYear || upper.perYear) cell.perYear = true;
  return cell;
}

/** What follows the last digit of `from` (`億円` of `2億円`), less the multipliers `to` already has. */
function unitSuffix(from: string, to: string): string {
  let i = from.length;
  while (i > 0 && !/[0-9]/.test(from.charAt(i - 1))) i--;
  let suffix = from.slice(i);
  if (/[十百千万億兆]$/.test(to)) suffix = suffix.replace(/^[十百千万億兆]+/, "");
  return suffix;
}

function shareUnit(
  lower: NumberCell,
  upper: NumberCell,
  tableUnit: MoneyUnit | null
): [Quantity, Quantity] {
  const lo = lower.quantity;
  const hi = upper.quantity;
  if (lo.unit === null && tableUnit) {
    return [
      { ...lo, unit: tableUnit, unitKind: "money" },
      { ...hi, unit: tableUnit, unitKind: "money" },
    ];
  }
  return [lo, hi];
}
