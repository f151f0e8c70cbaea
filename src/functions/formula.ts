import { FUNCTIONS, findFunction } from "../core/catalogue";
import type { FunctionSpec, FunctionValue } from "../core/catalogue/types";
import { formatMessage, type Language } from "../core/messages";
import { describeOutcome, type ExcelErrorText } from "./describeOutcome";
import { evaluateCall } from "./evaluateCall";
import { parseFormula } from "./parseFormula";

export { formatFunctionValue } from "./formatFunctionValue";

export type FormulaErrorCode = ExcelErrorText | "#NAME?";

export interface FormulaResult {
  value: FunctionValue | null;
  error: null | { code: FormulaErrorCode; message: string };
}

/** The entry a written name calls: ZAISEI.ID or the Japanese name (functions-ja.json), namespace optional, any case. */
function resolve(name: string): FunctionSpec | undefined {
  const bare = name.replace(/^ZAISEI\./i, "");
  return findFunction(bare) ?? FUNCTIONS.find((f) => f.ja.name === bare);
}

/**
 * Evaluates one call with constant arguments the way the custom function would in Excel (same
 * catalogue entry, same argument handling, same error mapping): the CLI's `zaisei calc` and the
 * test of every documented example go through here.
 *
 * @example evaluateFormula('=ZAISEI.WAREKI(2019)', "ja") // { value: "令和元年度", error: null }
 */
export function evaluateFormula(text: string, lang: Language): FormulaResult {
  const parsed = parseFormula(text);
  if (!parsed.ok) {
    const { position, issue } = parsed.error;
    const message = formatMessage(
      { code: "functions.formulaSyntax", params: { position, detail: formatMessage(issue, lang) } },
      lang
    );
    return { value: null, error: { code: "#VALUE!", message } };
  }
  const spec = resolve(parsed.call.name);
  if (!spec) {
    const message = formatMessage(
      { code: "functions.unknownFunction", params: { name: parsed.call.name } },
      lang
    );
    return { value: null, error: { code: "#NAME?", message } };
  }
  const result = describeOutcome(evaluateCall(spec, parsed.call.args), lang);
  return result.kind === "value"
    ? { value: result.value, error: null }
    : { value: null, error: { code: result.text, message: result.message } };
}
