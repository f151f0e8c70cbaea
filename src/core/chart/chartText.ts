import { formatWareki } from "../calendar";
import { formatMessage } from "../messages";
import type { Language, MessageText } from "../messages/types";

/** A chart message in the plan's language. */
export function chartText(
  code: string,
  lang: Language,
  params?: Record<string, string | number>
): string {
  return formatMessage({ code: `chart.${code}`, params }, lang);
}

/** A catalogue text (a grade label, a scheme name) in the plan's language. */
export function pick(text: MessageText, lang: Language): string {
  return text[lang];
}

/**
 * A fiscal year as an axis label: 和暦 short (R7) in Japanese, FY2025 in English. A year before
 * 昭和 cannot be named in 和暦 and is written 1925年度.
 *
 * @example yearLabel(2025, "ja") // "R7"
 */
export function yearLabel(fiscalYear: number, lang: Language): string {
  if (lang === "en") return `FY${fiscalYear}`;
  return fiscalYear >= 1926
    ? formatWareki(fiscalYear, "short")
    : formatWareki(fiscalYear, "western");
}

/** A fiscal year in a title or note: 令和7年度 / FY2025. */
export function yearText(fiscalYear: number, lang: Language): string {
  if (lang === "en") return `FY${fiscalYear}`;
  return fiscalYear >= 1926
    ? formatWareki(fiscalYear, "long")
    : formatWareki(fiscalYear, "western");
}
