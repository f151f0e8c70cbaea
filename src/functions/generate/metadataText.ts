import type { FunctionSpec, ParamSpec } from "../../core/catalogue/types";
import type { Language } from "../../core/messages";

/**
 * The function name Excel shows. English: the id itself (Microsoft's naming guidance: keep name
 * and id equal unless localizing; the catalogue's English name has spaces, which a function name
 * cannot). Japanese: the catalogue's Japanese name, which must be a valid function name (see
 * {@link isValidFunctionName}).
 *
 * @example excelFunctionName(WAREKI_FUNCTION, "ja") // "和暦年度"
 */
export function excelFunctionName(spec: FunctionSpec, lang: Language): string {
  return lang === "en" ? spec.id : spec.ja.name;
}

/**
 * Whether a name is allowed as a custom function name: starts with a (Unicode) letter, then
 * letters, digits 0–9, "." or "_", at least 3 and at most 128 characters. The first and third
 * rules are custom-functions-metadata's own check (validateName, `^[\pL][\pL0-9._]*$`); the
 * minimum of three is Microsoft's naming guidance ("Custom functions naming and localization").
 * Kanji and kana are letters, so Japanese names such as 和暦年度 pass.
 *
 * @example isValidFunctionName("実質公債費比率") // true
 */
export function isValidFunctionName(name: string): boolean {
  return /^\p{L}[\p{L}0-9._]*$/u.test(name) && [...name].length >= 3 && name.length <= 128;
}

/**
 * The description shown for a function (metadata `description`).
 *
 * @example functionDescription(WAREKI_FUNCTION, "en") // "Writes a western fiscal year in the Japanese calendar …"
 */
export function functionDescription(spec: FunctionSpec, lang: Language): string {
  return spec[lang].description;
}

/**
 * The description shown for a parameter: the catalogue's description with its unit. The Japanese
 * one starts with the Japanese parameter name, because functions-ja.json keeps the ASCII
 * parameter names (only names and descriptions of functions are localized).
 *
 * @example paramDescription(param, "ja") // "基準財政収入額: 算定額（単位: 千円）"
 */
export function paramDescription(param: ParamSpec, lang: Language): string {
  if (lang === "en")
    return param.unit ? `${param.en.description} (in ${param.unit.en})` : param.en.description;
  const text = `${param.ja.name}: ${param.ja.description}`;
  return param.unit ? `${text}（単位: ${param.unit.ja}）` : text;
}

/** The JavaScript function name of a generated declaration: the id with "." → "_" (ids are A–Z 0–9 _ .). */
export function declarationName(spec: FunctionSpec): string {
  return spec.id.replace(/\./g, "_");
}
