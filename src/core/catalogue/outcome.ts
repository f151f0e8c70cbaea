import { roundDecimal, type Decimal } from "../decimal";
import type { Issue } from "../messages";
import { formatOutcomeMessage, withLanguagePairs } from "./formatOutcomeMessage";
import type { FunctionOutcome, FunctionSpec, FunctionValue } from "./types";

/** A failed outcome: the Excel error kind and the issue that explains it. */
export type Fail = Extract<FunctionOutcome, { ok: false }>;
export type ExcelErrorKind = Fail["error"];
export type Ok<T> = { ok: true; value: T };
/** What an argument reader returns: the converted value, or the failure to hand back as is. */
export type ArgResult<T> = Ok<T> | Fail;

/**
 * "Not computed" as printed in 決算 sheets (e.g. 将来負担比率 when the numerator is ≤ 0).
 * A string, so a cell shows it and it never reads as 0.
 */
export const NOT_COMPUTED = "－";

/**
 * A successful result.
 *
 * @example ok(12.7) // { ok: true, value: 12.7 }
 */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/**
 * A failed result with a message code from src/core/messages/functions.ts (or another area).
 *
 * @example fail("div0", "functions.argBlank", { argJa: "引数1（分母）", argEn: "Argument 1 (denominator)" })
 */
export function fail(
  error: ExcelErrorKind,
  code: string,
  params?: Record<string, string | number>
): Fail {
  return params === undefined
    ? { ok: false, error, issue: { code } }
    : { ok: false, error, issue: { code, params: withLanguagePairs(params) } };
}

/** The "not computed" result ("－"). @example notComputed() // { ok: true, value: "－" } */
export function notComputed(): Ok<FunctionValue> {
  return ok(NOT_COMPUTED);
}

/**
 * Names an argument for messages, by 1-based position and the catalogue's name in each language;
 * `cell` (1-based, row-major) points into a range argument.
 *
 * @example argLabel(spec, 1) // { argJa: "引数2（基準財政収入額）", argEn: "Argument 2 (standard fiscal revenue)" }
 */
export function argLabel(
  spec: FunctionSpec,
  index: number,
  cell?: number
): { argJa: string; argEn: string } {
  const param = spec.params[index];
  // A wrong index is a bug in a catalogue entry, not a user's mistake: throw.
  if (!param) throw new Error(`${spec.id}: no parameter at index ${index}`);
  const at =
    cell === undefined ? { ja: "", en: "" } : { ja: `の${cell}番目のセル`, en: `, cell ${cell}` };
  return {
    argJa: `引数${index + 1}（${param.ja.name}）${at.ja}`,
    argEn: `Argument ${index + 1} (${param.en.name})${at.en}`,
  };
}

/**
 * A failure about one argument: the label is added to `params`.
 *
 * @example failArg("value", "functions.argMissing", spec, 0)
 */
export function failArg(
  error: ExcelErrorKind,
  code: string,
  spec: FunctionSpec,
  index: number,
  params: Record<string, string | number> = {},
  cell?: number
): Fail {
  return fail(error, code, { ...argLabel(spec, index, cell), ...params });
}

/**
 * A Decimal as the JS number Excel gets — the one place a Decimal becomes an IEEE double, at the
 * boundary to Excel. Correctly rounded from the decimal string (12.7 stays 12.7); +0 avoids a
 * "-0" cell (a negative value truncated to zero).
 *
 * @example excelValue(new D("-0")) // 0
 */
export function excelValue(value: Decimal): number {
  return value.toNumber() + 0;
}

/**
 * A Decimal result as the number Excel shows, rounded at the edge to the spec's published
 * precision (digits and mode named by the catalogue entry) when it has one.
 *
 * @example okDecimal(new D("12.7588"), spec) // { ok: true, value: 12.7 } when precision is 1 dp "down"
 */
export function okDecimal(
  value: Decimal,
  spec?: Pick<FunctionSpec, "precision">
): Ok<FunctionValue> {
  const p = spec?.precision;
  const shown = p ? roundDecimal(value, p.digits, p.rounding) : value;
  return ok(excelValue(shown));
}

/**
 * A failure about one argument whose reason is an issue from another area (calendar, notation):
 * the reason is rendered in both languages after the argument's label.
 *
 * @example failArgIssue("value", spec, 0, { code: "calendar.notFiscalYear", params: { text: "abc" } })
 */
export function failArgIssue(
  error: ExcelErrorKind,
  spec: FunctionSpec,
  index: number,
  issue: Issue,
  cell?: number
): Fail {
  return failArg(
    error,
    "functions.argReason",
    spec,
    index,
    { reasonJa: formatOutcomeMessage(issue, "ja"), reasonEn: formatOutcomeMessage(issue, "en") },
    cell
  );
}
