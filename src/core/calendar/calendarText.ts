import { eraFromName, type Era } from "./eras";

/** Era prefix: full name, one-kanji abbreviation or letter, optionally followed by "." (H.25). */
export const ERA_PATTERN = "(令和|平成|昭和|令|平|昭|[RHSrhs])\\.?";
/** An era year: digits, 元, or kanji numerals (七, 二十, 三十一). */
export const ERA_YEAR_PATTERN = "([0-9]{1,3}|元|[〇零一二三四五六七八九十]{1,3})";

/**
 * NFKC (全角 digits and letters, ㋿ → 令和, ～ → ~) and no whitespace: "令和 ７ 年度" and "令和7年度"
 * are the same label.
 *
 * @example normalizeCalendarText("Ｒ ７") // "R7"
 */
export function normalizeCalendarText(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

/** The era named by a matched prefix (the regex guarantees it is one). */
export function eraOfPrefix(prefix: string): Era {
  const era = eraFromName(prefix);
  if (!era) throw new Error(`not an era prefix: ${prefix}`);
  return era;
}

const ERA_MENTION = /(令和|平成|昭和)|(?:^|[^A-Za-z])([RHS])\.?\d/;

/**
 * The first era mentioned in a text such as a table title ("令和3年度～令和12年度 財政見通し"),
 * so that bare "7年度" headers can be read. Returns null when none is mentioned.
 *
 * @example findEraInText("中長期財政見通し(令和3年度～令和12年度)") // "R"
 */
export function findEraInText(text: string): Era | null {
  const m = ERA_MENTION.exec(text.normalize("NFKC"));
  if (!m) return null;
  return eraFromName(m[1] ?? m[2] ?? "");
}
