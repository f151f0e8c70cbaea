import type { IndicatorResult } from "../../indicators/types";
import type { Issue } from "../../messages/types";
import { formatOutcomeMessage } from "../formatOutcomeMessage";
import { excelValue, failArg, NOT_COMPUTED, ok } from "../outcome";
import type { ExcelErrorKind, Fail, Ok } from "../outcome";
import type { FunctionSpec, FunctionValue } from "../types";

/**
 * A failure of the computation, attached to the argument it is about (a zero 標準財政規模 names
 * 標準財政規模): "functions.argReason" with the indicator's reason in both languages.
 *
 * @example failIndicator(spec, 1, { code: "functions.indicator.divisionByZero", params: { name: "標準財政規模" } })
 */
export function failIndicator(
  spec: FunctionSpec,
  index: number,
  issue: Issue,
  error?: ExcelErrorKind,
  cell?: number
): Fail {
  const kind = error ?? (issue.code === "functions.indicator.divisionByZero" ? "div0" : "value");
  return failArg(
    kind,
    "functions.argReason",
    spec,
    index,
    { reasonJa: formatOutcomeMessage(issue, "ja"), reasonEn: formatOutcomeMessage(issue, "en") },
    cell
  );
}

/**
 * An indicator result as Excel gets it: the rounded value as a JS number (converted from its
 * decimal string, so 12.7 stays 12.7), "－" when not computed, or the failure.
 *
 * @example fromResult(debtServiceRatio(years), spec, 4) // { ok: true, value: 12.7 }
 */
export function fromResult(
  result: IndicatorResult,
  spec: FunctionSpec,
  errorArg: number
): Ok<FunctionValue> | Fail {
  if (result.kind === "value") return excelValue(result.value, spec);
  if (result.kind === "none") return ok(NOT_COMPUTED);
  return failIndicator(spec, errorArg, result.issue);
}
