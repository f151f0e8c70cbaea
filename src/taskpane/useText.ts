import { createContext, useCallback, useContext } from "react";
import { formatMessage } from "../core/messages";
import type { Language } from "../core/messages";

/** The task pane's language; the entry point decides it (Office display language or ?lang=). */
export const LanguageContext = createContext<Language>("ja");

export type TextFn = (code: string, params?: Record<string, string | number>) => string;

/**
 * Returns a function that renders catalogue messages in the current language.
 *
 * @example const t = useText(); t("ui.read.progress", { done: 10, total: 20 })
 */
export function useText(): TextFn {
  const lang = useContext(LanguageContext);
  return useCallback<TextFn>((code, params) => formatMessage({ code, params }, lang), [lang]);
}

/** The current language, for code that needs more than catalogue text (catalogue ja/en fields). */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}
