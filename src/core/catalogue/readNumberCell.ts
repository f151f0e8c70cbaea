import type { Decimal } from "../decimal";
import { convertMoney, excelNumber, isMoneyUnit, parseJapaneseNumber } from "../notation";
import { formatOutcomeMessage } from "./formatOutcomeMessage";
import type { ExcelErrorKind } from "./outcome";

/** One cell read as a number, or why not (without naming the argument yet). */
export type CellReading =
  | { kind: "number"; value: Decimal }
  | { kind: "missing" }
  | { kind: "blank" }
  | { kind: "none"; text: string }
  | { kind: "fail"; error: ExcelErrorKind; code: string; params: Record<string, string | number> };

/** Excel error literals as they arrive in text (CLI reads of .xlsx, pasted values). */
const ERROR_LITERALS: Record<string, ExcelErrorKind> = {
  "#N/A": "na",
  "#DIV/0!": "div0",
  "#NUM!": "num",
  "#NULL!": "null",
  "#VALUE!": "value",
  "#REF!": "value",
  "#NAME?": "value",
  "#SPILL!": "value",
  "#CALC!": "value",
  "#BUSY!": "value",
  "#GETTING_DATA": "value",
};

/**
 * The error kind when a value is an Excel error (a CustomFunctions.Error object, which carries its
 * `code` such as "#N/A", or an error literal as text), else null.
 *
 * @example excelErrorKind("#DIV/0!") // "div0"
 */
export function excelErrorKind(value: unknown): { kind: ExcelErrorKind; text: string } | null {
  const text =
    typeof value === "string"
      ? value.trim()
      : typeof value === "object" && value !== null && "code" in value
        ? String(value.code)
        : null;
  if (text === null) return null;
  const kind = ERROR_LITERALS[text.toUpperCase()];
  return kind ? { kind, text: text.toUpperCase() } : null;
}

/**
 * Reads one Excel value as a number in `targetUnit` (the parameter's unit): numbers pass (15
 * digits), text is read with the Japanese notation rules (`△ 65`, `4億円`, `1,234`). A money
 * amount is converted exactly to the target money unit (to 円 when the parameter has no unit);
 * any other unit must equal the target. Bounds and approximations (以上, 約) are refused: a
 * computation needs the exact figure. Booleans are refused rather than taken as 1/0.
 *
 * @example readNumberCell("△ 65", "千円") // { kind: "number", value: -65 }
 */
export function readNumberCell(value: unknown, targetUnit?: string): CellReading {
  if (value === null || value === undefined) return { kind: "missing" };
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? { kind: "number", value: excelNumber(value) }
      : {
          kind: "fail",
          error: "num",
          code: "functions.argNotFinite",
          params: { text: String(value) },
        };
  }
  if (typeof value === "boolean") {
    return {
      kind: "fail",
      error: "value",
      code: "functions.argBoolean",
      params: { text: value ? "TRUE" : "FALSE" },
    };
  }
  const err = excelErrorKind(value);
  if (err)
    return {
      kind: "fail",
      error: err.kind,
      code: "functions.argErrorValue",
      params: { text: err.text },
    };
  if (typeof value !== "string") {
    return {
      kind: "fail",
      error: "value",
      code: "functions.argNotNumber",
      params: { text: String(value) },
    };
  }
  if (value.trim() === "") return { kind: "blank" };
  return readNumberText(value, targetUnit);
}

function readNumberText(text: string, targetUnit?: string): CellReading {
  const cell = parseJapaneseNumber(text);
  switch (cell.kind) {
    case "blank":
      return { kind: "blank" };
    case "none":
      return { kind: "none", text: cell.text };
    case "text":
      return { kind: "fail", error: "value", code: "functions.argNotNumber", params: { text } };
    case "invalid":
      return {
        kind: "fail",
        error: "value",
        code: "functions.argUnreadable",
        params: {
          text,
          reasonJa: formatOutcomeMessage(cell.issue, "ja"),
          reasonEn: formatOutcomeMessage(cell.issue, "en"),
        },
      };
    case "number":
      break;
  }
  if (cell.comparison !== "eq" || cell.upper !== undefined) {
    return { kind: "fail", error: "value", code: "functions.argApproximate", params: { text } };
  }
  const q = cell.quantity;
  if (q.unit === null) return { kind: "number", value: q.value };
  if (isMoneyUnit(q.unit)) {
    if (targetUnit === undefined)
      return { kind: "number", value: convertMoney(q.value, q.unit, "円") };
    if (isMoneyUnit(targetUnit))
      return { kind: "number", value: convertMoney(q.value, q.unit, targetUnit) };
  } else if (q.unit === targetUnit) {
    return { kind: "number", value: q.value };
  }
  const expected =
    targetUnit === undefined
      ? { expectedJa: "単位のない数値", expectedEn: "a plain number" }
      : { expectedJa: targetUnit, expectedEn: targetUnit };
  return {
    kind: "fail",
    error: "value",
    code: "functions.argUnitMismatch",
    params: { text, unit: q.unit, ...expected },
  };
}
