import { localizeIssue } from "../core/catalogue/formatOutcomeMessage";
import { MESSAGES, formatMessage } from "../core/messages";
import type { Language } from "../core/messages";
import { WorkbookError } from "../workbook/port";

/**
 * Turns a rejected promise into a sentence for the user: a catalogue message for a
 * WorkbookError (or any error carrying a known code), with language pairs in its params
 * (`argJa` / `argEn`, `reasonJa` / `reasonEn`) taken in the pane's language, otherwise the
 * generic message with the error's own text, so nothing is swallowed.
 *
 * @example describeError(new WorkbookError("workbook.noSelection"), "ja")
 */
export function describeError(error: unknown, lang: Language): string {
  const coded = error as { code?: unknown; params?: unknown } | null;
  if (error instanceof WorkbookError || (coded && typeof coded.code === "string")) {
    const code = String(coded?.code);
    if (code in MESSAGES) {
      const params = (coded?.params ?? {}) as Record<string, string | number>;
      return formatMessage(localizeIssue({ code, params }, lang), lang);
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  return formatMessage({ code: "ui.error.unexpected", params: { message } }, lang);
}

/**
 * True when the error is the port's answer to an AbortSignal (or a DOM AbortError).
 *
 * @example isAbort(new WorkbookError("workbook.aborted")) // true
 */
export function isAbort(error: unknown): boolean {
  if (error instanceof WorkbookError) return error.code === "workbook.aborted";
  return error instanceof Error && error.name === "AbortError";
}
