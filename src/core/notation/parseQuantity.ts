import { D, type Decimal } from "../decimal";
import { BIG_MULTIPLIERS, SMALL_MULTIPLIERS, powerOfTen } from "./multipliers";
import { isMoneyUnit } from "./moneyFactor";
import { scanNumber } from "./scanNumber";
import type { Comparison, MoneyUnit, ParsedCell, Quantity } from "./types";
import { PREFIX_QUALIFIERS, matchListedUnit } from "./unitTable";
import { bandWidth, readCounterWord, readTail } from "./readTail";
import { NO_WARNINGS } from "./sharedCells";

const ZERO = new D(0);

/**
 * Reads one figure with its sign, multipliers, unit, qualifier and notes from normalised text
 * (no interval, no enclosing parentheses: {@link parseJapaneseNumber} handles those).
 * `original` is the text as the user wrote it, echoed in results and issues.
 *
 * @example parseQuantity("1億2,000万円", "1億2,000万円", null) // number, 120000000 円
 */
export function parseQuantity(
  s: string,
  original: string,
  tableUnit: MoneyUnit | null
): ParsedCell {
  const n = s.length;
  let pos = 0;
  let comparison: Comparison = "eq";
  const c0 = s.charCodeAt(0);
  // Prefix words start with a kana or kanji; skip the lookup for the common digit-first cell.
  if (c0 > 0x7f)
    for (const [word, cmp] of PREFIX_QUALIFIERS) {
      if (s.startsWith(word, pos)) {
        comparison = cmp;
        pos += word.length;
        while (s.charCodeAt(pos) === 32) pos++;
        break;
      }
    }
  // Sign: △ ▲ (the standard in 予算書), minus signs, and an explicit plus on change figures.
  let negative = false;
  let explicitPlus = false;
  const signChar = s.charCodeAt(pos);
  if (signChar === 0x25b3 || signChar === 0x25b2 || signChar === 0x2212 || signChar === 45) {
    negative = true;
    pos++;
  } else if (signChar === 43) {
    explicitPlus = true;
    pos++;
  }
  if (negative || explicitPlus) while (s.charCodeAt(pos) === 32) pos++;

  // Figure groups: `1億2,000万3,456`. Big multipliers must strictly descend.
  let total: Decimal | null = null;
  let groups = 0;
  let lastBig = Infinity;
  let single: { digits: string; multiplier: string; exp: number } | null = null;
  for (;;) {
    const scanned = scanNumber(s, pos);
    if (scanned === null) {
      if (groups === 0) return { kind: "text", text: original };
      break;
    }
    if (scanned.error) return invalid(original, scanned.error);
    pos = scanned.end;
    let exp = 0;
    let multiplier = "";
    const small = SMALL_MULTIPLIERS[s.charAt(pos)];
    if (small !== undefined) {
      exp += small;
      multiplier += s.charAt(pos);
      pos++;
    }
    const big = BIG_MULTIPLIERS[s.charAt(pos)];
    if (big !== undefined) {
      if (big >= lastBig) return invalid(original, "notation.badMultiplierOrder");
      lastBig = big;
      exp += big;
      multiplier += s.charAt(pos);
      pos++;
    }
    const value = exp === 0 ? new D(scanned.digits) : new D(scanned.digits).times(powerOfTen(exp));
    total = total === null ? value : total.plus(value);
    groups++;
    if (groups === 1) single = { digits: scanned.digits, multiplier, exp };
    else single = null;
    if (big === undefined || pos >= n) break;
    const next = s.charCodeAt(pos);
    if (next < 48 || next > 57) break;
  }
  if (total === null) return { kind: "text", text: original };
  while (s.charCodeAt(pos) === 32) pos++;

  // Unit. 円 after multipliers that name a money unit folds them into the unit (3.5億円 is 3.5
  // 億円); otherwise the multipliers are already in `total` (1億2,000万円 is 120,000,000 円).
  let quantity: Quantity;
  let unitEnd = pos;
  if (s.charCodeAt(pos) === 0x5186 /* 円 */) {
    const folded = single && single.multiplier !== "" ? single.multiplier + "円" : "";
    if (single && isMoneyUnit(folded))
      quantity = { value: new D(single.digits), unit: folded, unitKind: "money" };
    else quantity = { value: total, unit: "円", unitKind: "money" };
    unitEnd = pos + 1;
  } else {
    const listed = matchListedUnit(s, pos);
    if (listed) {
      quantity = { value: total, unit: listed.unit, unitKind: listed.kind };
      unitEnd = pos + listed.printed.length;
    } else {
      const word = readCounterWord(s, pos);
      if (word === "long") return { kind: "text", text: original };
      if (word) {
        quantity = { value: total, unit: word, unitKind: "count" };
        unitEnd = pos + word.length;
      } else if (tableUnit && single && single.exp === 0) {
        // A bare figure takes the table's unit (単位:百万円); a unit in the cell overrides it.
        quantity = { value: total, unit: tableUnit, unitKind: "money" };
      } else {
        quantity = { value: total, unit: null, unitKind: "none" };
      }
    }
  }
  if (negative && !quantity.value.isZero()) quantity.value = quantity.value.negated();
  else if (negative) quantity.value = ZERO;

  const tail = readTail(s, unitEnd, quantity, original);
  if (tail.kind !== "ok") return tail.cell;
  if (tail.comparison !== "eq") {
    if (comparison !== "eq") return invalid(original, "notation.conflictingQualifiers");
    comparison = tail.comparison;
  }
  // Most figures have no warning: they share one frozen empty array instead of one each.
  const warnings = tail.warnings.length === 0 ? NO_WARNINGS : tail.warnings;
  const cell: ParsedCell & { kind: "number" } = { kind: "number", quantity, comparison, warnings };
  if (tail.band) {
    if (negative) return invalid(original, "notation.negativeBand");
    cell.comparison = "ge";
    cell.upper = { ...quantity, value: quantity.value.plus(bandWidth(quantity.value)) };
    cell.upperExclusive = true;
  }
  if (tail.perYear) {
    cell.perYear = true;
    // `+5%/年` on a rate: percent of the rate, or percentage points? (domain.md §2)
    if (quantity.unitKind === "percent")
      cell.warnings = [
        ...warnings,
        { code: "notation.percentPerYearAmbiguous", params: { text: original } },
      ];
  }
  if (explicitPlus) cell.explicitPlus = true;
  return cell;
}

export function invalid(
  text: string,
  code: string,
  params: Record<string, string | number> = {}
): ParsedCell {
  return { kind: "invalid", text, issue: { code, params: { text, ...params } } };
}
