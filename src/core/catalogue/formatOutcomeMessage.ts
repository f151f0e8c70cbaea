import { formatMessage, type Issue, type Language } from "../messages";

type Params = Record<string, string | number>;

/**
 * Completes issue params whose value depends on the language: each `xJa` / `xEn` pair also
 * gets a plain `x` (the Japanese one), so a template can say `{x}` in both languages and a plain
 * formatMessage still fills it.
 *
 * @example withLanguagePairs({ argJa: "引数1", argEn: "Argument 1" }).arg // "引数1"
 */
export function withLanguagePairs(params: Params): Params {
  const out: Params = { ...params };
  for (const [key, value] of Object.entries(params)) {
    const base = /^(.+)Ja$/.exec(key)?.[1];
    if (base && `${base}En` in params && !(base in params)) out[base] = value;
  }
  return out;
}

/**
 * The issue with every `x` taken from its `xJa` / `xEn` pair in the language asked.
 *
 * @example localizeIssue({ code: "c", params: { argJa: "引数1", argEn: "Argument 1" } }, "en").params?.arg // "Argument 1"
 */
export function localizeIssue(issue: Issue, lang: Language): Issue {
  if (!issue.params) return issue;
  const params = withLanguagePairs(issue.params);
  const suffix = lang === "ja" ? "Ja" : "En";
  for (const [key, value] of Object.entries(issue.params)) {
    const base = key.endsWith(suffix) ? key.slice(0, -2) : null;
    if (base && `${base}${lang === "ja" ? "En" : "Ja"}` in issue.params) params[base] = value;
  }
  return { code: issue.code, params };
}

/**
 * The message of a function's issue in one language, language pairs resolved. Use it instead of
 * formatMessage for outcomes of catalogue functions.
 *
 * @example formatOutcomeMessage(outcome.issue, "en") // 'Argument 2 (standard fiscal revenue) cannot be read as a number: "abc"'
 */
export function formatOutcomeMessage(issue: Issue, lang: Language): string {
  return formatMessage(localizeIssue(issue, lang), lang);
}
