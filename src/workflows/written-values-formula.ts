import { findFunction } from "../core/catalogue";
import { boxAddress, parseA1Range, sheetReference } from "../core/grid";
import type { RangeRef } from "../workbook/port";
import type { ArgSource } from "./written-values-types";

/**
 * How a written value is shown to an auditor: the formula a custom function would have had
 * ("=ZAISEI.DEFICIT_RATIO('R7 決算'!B2,B3)"), and the cells named as Excel names them.
 */

/** A number as typed in a formula: digits, one point, an exponent; finite. */
const NUMBER_LITERAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The number a typed argument stands for when it is a plain number literal ("12.5", "-3",
 * "1e3"), else null: "△1,234", "令和7年度", "1,234" stay text for the catalogue's own notation
 * rules, as they would in a formula's quotes.
 *
 * @example typedNumber(" 12.5 ") // 12.5
 * @example typedNumber("1,234") // null
 */
export function typedNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!NUMBER_LITERAL.test(trimmed)) return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n + 0 : null;
}

/**
 * A reference as a formula writes it ("'R7 決算'!B2:D2"): the address normalised (upper case,
 * no "$") when it is a range, as given otherwise.
 *
 * @example refText({ sheet: "歳入", address: "b2:d2" }) // "歳入!B2:D2"
 */
export function refText(ref: RangeRef): string {
  const box = parseA1Range(ref.address);
  return sheetReference(ref.sheet, box ? boxAddress(box) : ref.address.trim());
}

function argText(source: ArgSource): string {
  switch (source.kind) {
    case "cells":
      return refText(source.ref);
    case "typed":
      return typedNumber(source.text) !== null
        ? source.text.trim()
        : `"${source.text.replace(/"/g, '""')}"`;
    case "omitted":
      return "";
  }
}

/**
 * The formula the custom function would have: "=ZAISEI.ID(arg, …)" with cells as references,
 * typed numbers as typed, typed text in quotes ("" doubled), trailing omitted arguments dropped
 * and an omitted middle one left empty.
 *
 * @example equivalentFormula("DEFICIT_RATIO", [{ kind: "cells", ref: { sheet: "R7 決算", address: "B2" } }, { kind: "typed", text: "12.5" }]) // "=ZAISEI.DEFICIT_RATIO('R7 決算'!B2,12.5)"
 */
export function equivalentFormula(functionId: string, args: readonly ArgSource[]): string {
  const id = findFunction(functionId)?.id ?? functionId.trim().toUpperCase();
  let last = args.length;
  while (last > 0 && args[last - 1]!.kind === "omitted") last--;
  return `=ZAISEI.${id}(${args.slice(0, last).map(argText).join(",")})`;
}
