import { D, roundDecimal, type Decimal } from "../decimal";
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
 * Excel's largest number as Excel shows it (15 significant digits). Reading the double maximum
 * 1.7976931348623157E+308 at Excel's 15 digits gives this decimal, just above the maximum: up to
 * it a result is the maximum, not an overflow.
 */
const LARGEST_SHOWN = new D("1.79769313486232e308");

/**
 * A Decimal as the JS number Excel holds, or null when it is beyond Excel's range (±1.7976931348623157E+308).
 * Correctly rounded from the decimal string (12.7 stays 12.7); +0 avoids a "-0" cell. A value too
 * small to hold becomes 0, as in Excel.
 *
 * @example excelNumberOf(new D("-0")) // 0
 */
export function excelNumberOf(value: Decimal): number | null {
  const n = value.toNumber();
  if (Number.isFinite(n)) return n + 0;
  return value.abs().lte(LARGEST_SHOWN) ? Math.sign(n) * Number.MAX_VALUE : null;
}

/**
 * A Decimal as the number Excel gets — the one place a Decimal becomes an IEEE double, at the
 * boundary to Excel. A result beyond Excel's largest number is a #NUM! outcome naming the
 * function (and the cell of a spilled result, 1-based), never Infinity.
 *
 * @example excelValue(new D("1e400"), spec) // { ok: false, error: "num", issue: { code: "functions.resultTooLarge", … } }
 */
export function excelValue(
  value: Decimal,
  spec: Pick<FunctionSpec, "id">,
  at?: { row: number; column: number }
): ArgResult<number> {
  const n = excelNumberOf(value);
  if (n !== null) return ok(n);
  const params = {
    name: `ZAISEI.${spec.id}`,
    value: value.toSignificantDigits(6).toString().toUpperCase(),
  };
  return at === undefined
    ? fail("num", "functions.resultTooLarge", params)
    : fail("num", "functions.resultTooLargeAt", { ...params, ...at });
}

/**
 * A spilled result as Excel gets it: Decimal cells converted by {@link excelValue} (an overflow
 * names its row and column), text cells as they are.
 *
 * @example excelMatrix([[new D(1)], [new D(2)]], spec) // { ok: true, value: [[1], [2]] }
 */
export function excelMatrix(
  rows: readonly (readonly (Decimal | string)[])[],
  spec: Pick<FunctionSpec, "id">
): ArgResult<(number | string)[][]> {
  const out: (number | string)[][] = [];
  // Index loops: entries() would allocate a pair per cell of a 200,000-row spill.
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const cells: (number | string)[] = [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c] as Decimal | string;
      if (typeof cell === "string") {
        cells.push(cell);
        continue;
      }
      const n = excelValue(cell, spec, { row: r + 1, column: c + 1 });
      if (!n.ok) return n;
      cells.push(n.value);
    }
    out.push(cells);
  }
  return ok(out);
}

/**
 * A Decimal result as the number Excel shows, rounded at the edge to the spec's published
 * precision (digits and mode named by the catalogue entry) when it has one.
 *
 * @example okDecimal(new D("12.7588"), spec) // { ok: true, value: 12.7 } when precision is 1 dp "down"
 */
export function okDecimal(
  value: Decimal,
  spec: Pick<FunctionSpec, "id" | "precision">
): ArgResult<FunctionValue> {
  const p = spec.precision;
  return excelValue(p ? roundDecimal(value, p.digits, p.rounding) : value, spec);
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
