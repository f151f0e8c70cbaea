import type { FunctionOutcome, FunctionValue } from "../../core/catalogue/types";
import type { Language } from "../../core/messages";
import { describeOutcome } from "../../functions/describeOutcome";
import { formatFunctionValue } from "../../functions/formatFunctionValue";

/**
 * A function's outcome as the custom function would show it in a cell: the value (numbers as
 * Excel gets them, TRUE/FALSE, text as is, a block as an array constant), or the Excel error
 * with its message in `lang`.
 *
 * @example outcomeText({ ok: true, value: 3000 }, "ja") // { ok: true, text: "3000" }
 */
export function outcomeText(
  outcome: FunctionOutcome,
  lang: Language
): { ok: true; text: string } | { ok: false; error: string; message: string } {
  const shown = describeOutcome(outcome, lang);
  if (shown.kind === "error") return { ok: false, error: shown.text, message: shown.message };
  return { ok: true, text: valueText(shown.value) };
}

/**
 * Written values as text: one cell as its value, a block as an array constant.
 *
 * @example valueText([[12.5]]) // "12.5"
 */
export function valueText(value: FunctionValue): string {
  if (Array.isArray(value) && value.length === 1 && value[0]?.length === 1) {
    return formatFunctionValue(value[0][0]!);
  }
  return formatFunctionValue(value);
}
