import type { Language } from "../core/messages";

let chosen: Language | null = null;

/**
 * The language of messages on function errors, from Office's UI language: Japanese for ja-*,
 * English otherwise.
 *
 * @example languageOfDisplay("ja-JP") // "ja"
 */
export function languageOfDisplay(displayLanguage: string | null | undefined): Language {
  if (!displayLanguage) return "ja";
  return displayLanguage.toLowerCase().startsWith("ja") ? "ja" : "en";
}

/**
 * Sets the language of function error messages (called by the task pane when the user switches,
 * or at startup). Module state: with `runtimeChunk: "single"` the task pane and the functions
 * share this module instance (office-addin-notes: module state is not shared by default).
 *
 * @example setFunctionLanguage("en")
 */
export function setFunctionLanguage(lang: Language | null): void {
  chosen = lang;
}

/**
 * The language in force: the one set, else Office.context.displayLanguage when Office is loaded,
 * else Japanese (the users' language). Reads the global lazily, so it also works before
 * Office.onReady and outside Office (tests, CLI).
 *
 * @example functionLanguage() // "ja" outside Office
 */
export function functionLanguage(): Language {
  if (chosen) return chosen;
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  let display: string | undefined;
  try {
    display = office?.context?.displayLanguage;
  } catch {
    // Office.context throws before Office.onReady in some hosts; Japanese is the default then.
    display = undefined;
  }
  return languageOfDisplay(display);
}
