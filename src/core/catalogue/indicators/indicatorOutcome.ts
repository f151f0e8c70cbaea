import { INDICATOR_MESSAGES } from "../../indicators/indicatorMessages";
import type { IndicatorResult } from "../../indicators/types";
import { formatMessage } from "../../messages";
import type { Issue, Language } from "../../messages/types";
import { failArg, NOT_COMPUTED, ok } from "../outcome";
import type { ExcelErrorKind, Fail, Ok } from "../outcome";
import type { FunctionSpec, FunctionValue } from "../types";

/**
 * Renders an indicator issue. The indicator texts live in INDICATOR_MESSAGES (the "functions"
 * area); issues from other areas (notation) go through the one catalogue.
 */
function render(issue: Issue, lang: Language): string {
  const entry = INDICATOR_MESSAGES[issue.code];
  if (!entry) return formatMessage(issue, lang);
  const params = issue.params ?? {};
  return entry[lang].replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m
  );
}

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
    { reasonJa: render(issue, "ja"), reasonEn: render(issue, "en") },
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
  if (result.kind === "value") return ok(Number(result.value.toFixed()) + 0);
  if (result.kind === "none") return ok(NOT_COMPUTED);
  return failIndicator(spec, errorArg, result.issue);
}
