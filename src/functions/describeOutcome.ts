import { formatMessage, type Language } from "../core/messages";
import { formatOutcomeMessage } from "../core/catalogue/formatOutcomeMessage";
import type { FunctionOutcome } from "../core/catalogue/types";

/** CustomFunctions.ErrorCode member names for the errors a function can return. */
export type ExcelErrorCode =
  "invalidValue" | "notAvailable" | "invalidNumber" | "divisionByZero" | "nullReference";
export type ExcelErrorText = "#VALUE!" | "#N/A" | "#NUM!" | "#DIV/0!" | "#NULL!";
export type ExcelCell = number | string | boolean;

/** What Excel should show, decided without Excel: a value, or an error with its message. */
export type ExcelResult =
  | { kind: "value"; value: ExcelCell | ExcelCell[][] }
  | {
      kind: "error";
      code: ExcelErrorCode;
      text: ExcelErrorText;
      /** The full message (the CLI prints it always). */
      message: string;
      /** Excel shows a custom message only on #VALUE! and #N/A (CustomFunctions.ErrorCode docs). */
      showsMessage: boolean;
    };

const ERRORS: Record<
  string,
  { code: ExcelErrorCode; text: ExcelErrorText; showsMessage: boolean }
> = {
  value: { code: "invalidValue", text: "#VALUE!", showsMessage: true },
  na: { code: "notAvailable", text: "#N/A", showsMessage: true },
  num: { code: "invalidNumber", text: "#NUM!", showsMessage: false },
  div0: { code: "divisionByZero", text: "#DIV/0!", showsMessage: false },
  null: { code: "nullReference", text: "#NULL!", showsMessage: false },
};

/** One cell as Excel can hold it: a null inside a returned array shows as 0, so it becomes "". */
function cell(value: unknown): ExcelCell | null {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  return null;
}

function numError(detail: string, lang: Language): ExcelResult {
  const message = formatMessage(
    { code: "functions.internalError", params: { name: "ZAISEI", detail } },
    lang
  );
  return { kind: "error", ...ERRORS.num!, message };
}

/**
 * Turns a function outcome into what Excel shows: matrices rectangular with no null cells (""),
 * non-finite numbers as #NUM!, failures with their error code and the message in `lang`.
 *
 * @example describeOutcome({ ok: false, error: "na", issue: { code: "functions.argMissing", params: {…} } }, "ja").text // "#N/A"
 */
export function describeOutcome(outcome: FunctionOutcome, lang: Language): ExcelResult {
  if (!outcome.ok) {
    const kind = ERRORS[outcome.error] ?? ERRORS.value!;
    return { kind: "error", ...kind, message: formatOutcomeMessage(outcome.issue, lang) };
  }
  const value: unknown = outcome.value;
  if (!Array.isArray(value)) {
    const one = cell(value);
    return one === null
      ? numError(`not a cell value: ${String(value)}`, lang)
      : { kind: "value", value: one };
  }
  const rows = value.map((row: unknown) => (Array.isArray(row) ? row : [row]));
  const width = rows.reduce((w, r) => Math.max(w, r.length), 1);
  const matrix: ExcelCell[][] = [];
  for (const row of rows.length > 0 ? rows : [[]]) {
    const out: ExcelCell[] = [];
    for (let c = 0; c < width; c++) {
      const v = cell(row[c]);
      if (v === null) return numError(`not a cell value: ${String(row[c])}`, lang);
      out.push(v);
    }
    matrix.push(out);
  }
  return { kind: "value", value: matrix };
}
