import { formatOutcomeMessage } from "../../core/catalogue/formatOutcomeMessage";
import { MESSAGES } from "../../core/messages";
import type { Language } from "../../core/messages";
import { WorkbookError } from "../../workbook/port";
import { describeError } from "../describeError";

/**
 * A refusal of the value-writing workflow in the pane's language. Its errors name arguments and
 * nested reasons in both languages (`argJa` / `argEn`, `reasonJa` / `reasonEn`), which a plain
 * catalogue lookup would leave in Japanese; anything else is worded by describeError.
 *
 * @example describeValueError(new WorkbookError("writtenValues.notComputed", { reasonJa: "…", reasonEn: "…" }), "en")
 */
export function describeValueError(error: unknown, lang: Language): string {
  if (error instanceof WorkbookError && error.code in MESSAGES)
    return formatOutcomeMessage({ code: error.code, params: error.params }, lang);
  return describeError(error, lang);
}
