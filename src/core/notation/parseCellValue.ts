import { excelNumber } from "./excelNumber";
import { excelSerialDate, isDateFormat } from "./excelDate";
import { parseJapaneseNumber, type ParseNumberOptions } from "./parseJapaneseNumber";
import { parseQuantity } from "./parseQuantity";
import { BLANK_CELL, NO_WARNINGS } from "./sharedCells";
import type { ParsedCell, Quantity } from "./types";

/**
 * Reads a cell as Excel gives it (value + number format). A JS number is read to Excel's 15
 * significant digits (0.1 stays 0.1; =0.1+0.2 is 0.3 as Excel shows it); under a percent format (`0.0%`)
 * the stored 0.123 is the printed 12.3 %. A unit written into the format (`#,##0"千円"`) is the
 * figure's unit; otherwise a bare number takes the table's unit. Numbers stored under the text
 * format `@` are still numbers. Strings go through {@link parseJapaneseNumber}. TRUE/FALSE and a
 * number under a date or time format (`yyyy/m/d`, `[$-ja-JP]ggge"年"m"月"d"日"`: an Excel date
 * serial) are not figures: invalid, with the reason, never the serial read as an amount.
 *
 * @example parseCellValue(0.123, "0.0%") // number 12.3 %
 * @example parseCellValue("△ 65", "@", { tableUnit: "百万円" }) // number −65 百万円
 */
export function parseCellValue(
  value: string | number | boolean,
  numberFormat?: string,
  options?: ParseNumberOptions
): ParsedCell {
  if (typeof value === "boolean") {
    const text = value ? "TRUE" : "FALSE";
    return { kind: "invalid", text, issue: { code: "notation.booleanValue", params: { text } } };
  }
  if (typeof value === "string")
    return value === "" ? BLANK_CELL : parseJapaneseNumber(value, options);
  if (!Number.isFinite(value)) {
    return {
      kind: "invalid",
      text: String(value),
      issue: { code: "notation.notFinite", params: { text: String(value) } },
    };
  }
  if (numberFormat !== undefined && isDateFormat(numberFormat)) {
    const text = excelSerialDate(value) ?? String(value);
    return {
      kind: "invalid",
      text,
      issue: {
        code: "notation.dateValue",
        params: { text, serial: String(value), format: numberFormat },
      },
    };
  }
  const exact = excelNumber(value);
  const format = readFormat(numberFormat ?? "");
  let quantity: Quantity;
  if (format.percent) quantity = { value: exact.times(100), unit: "%", unitKind: "percent" };
  else if (format.unit) quantity = { ...format.unit, value: exact };
  else if (options?.tableUnit)
    quantity = { value: exact, unit: options.tableUnit, unitKind: "money" };
  else quantity = { value: exact, unit: null, unitKind: "none" };
  return { kind: "number", quantity, comparison: "eq", warnings: NO_WARNINGS };
}

interface FormatFacts {
  percent: boolean;
  unit: Quantity | null;
}

const formatCache = new Map<string, FormatFacts>();

/**
 * What a number format says about the figure, from its first (positive) section: a `%` outside
 * quotes, escapes and brackets multiplies by 100; quoted literal text may name a unit.
 */
function readFormat(format: string): FormatFacts {
  const cached = formatCache.get(format);
  if (cached) return cached;
  let percent = false;
  let literal = "";
  for (let i = 0; i < format.length; i++) {
    const ch = format.charAt(i);
    if (ch === ";") break;
    if (ch === '"') {
      const close = format.indexOf('"', i + 1);
      const end = close < 0 ? format.length : close;
      literal += format.slice(i + 1, end);
      i = end;
    } else if (ch === "\\") {
      literal += format.charAt(i + 1);
      i++;
    } else if (ch === "[") {
      const close = format.indexOf("]", i + 1);
      i = close < 0 ? format.length : close;
    } else if (ch === "%") {
      percent = true;
    }
  }
  let unit: Quantity | null = null;
  const trimmed = literal.trim();
  if (trimmed !== "") {
    const probe = parseQuantity("1" + trimmed, trimmed, null);
    if (probe.kind === "number" && probe.quantity.unit !== null && probe.comparison === "eq")
      unit = probe.quantity;
  }
  const facts = { percent, unit };
  if (formatCache.size < 1000) formatCache.set(format, facts);
  return facts;
}
