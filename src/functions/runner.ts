import { findFunction } from "../core/catalogue";
import { formatMessage, type Language } from "../core/messages";
import { describeOutcome, type ExcelErrorCode, type ExcelResult } from "./describeOutcome";
import { evaluateCall } from "./evaluateCall";
import { functionLanguage } from "./language";

export { setFunctionLanguage, functionLanguage } from "./language";

/** The part of the CustomFunctions runtime the runner needs (read from the global, which only Excel defines). */
interface CustomFunctionsRuntime {
  Error: new (code: never, message?: string) => unknown;
  ErrorCode: Record<ExcelErrorCode, unknown>;
}

/**
 * Decides what Excel should show for a call, without Excel (pure apart from reading the language
 * state): unknown ids and thrown exceptions included.
 *
 * @example computeFunction("WAREKI", [2019], "ja") // { kind: "value", value: "令和元年度" }
 */
export function computeFunction(
  id: string,
  rawArgs: readonly unknown[],
  lang: Language = functionLanguage()
): ExcelResult {
  const spec = findFunction(id);
  if (!spec) {
    const message = formatMessage(
      { code: "functions.unknownFunction", params: { name: id } },
      lang
    );
    return { kind: "error", code: "invalidValue", text: "#VALUE!", message, showsMessage: true };
  }
  return describeOutcome(evaluateCall(spec, rawArgs), lang);
}

/**
 * The adapter to Excel: a value as is, an error as `new CustomFunctions.Error(code, message)`,
 * the message only where Excel shows one (#VALUE!, #N/A). Outside Excel (no CustomFunctions
 * global) an error is thrown instead, which Excel would also show as #VALUE!.
 *
 * @example toExcelValue({ kind: "value", value: 3 }) // 3
 */
export function toExcelValue(result: ExcelResult): unknown {
  if (result.kind === "value") return result.value;
  const runtime = (globalThis as { CustomFunctions?: CustomFunctionsRuntime }).CustomFunctions;
  if (!runtime) throw new Error(`${result.text} ${result.message}`);
  const code = runtime.ErrorCode[result.code] as never;
  return result.showsMessage ? new runtime.Error(code, result.message) : new runtime.Error(code);
}

/**
 * Entry point of every generated custom function: runs the catalogue entry `id` on the raw Excel
 * arguments and returns a value or a CustomFunctions.Error — never an unhandled exception.
 *
 * @example runFunction("FISCALYEAR", ["令和7年度"]) // 2025
 */
export function runFunction(id: string, rawArgs: readonly unknown[], lang?: Language): unknown {
  let result: ExcelResult;
  try {
    result = computeFunction(id, rawArgs, lang ?? functionLanguage());
  } catch (e) {
    // Only a broken message catalogue gets here; keep the cell informative anyway.
    result = {
      kind: "error",
      code: "invalidValue",
      text: "#VALUE!",
      message: String(e),
      showsMessage: true,
    };
  }
  return toExcelValue(result);
}
