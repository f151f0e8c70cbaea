import type { ParamSpec } from "../types";

export interface ParamOptions {
  optional?: boolean;
  matrix?: boolean;
  unit?: [ja: string, en: string];
}

/**
 * A parameter entry from its id, Japanese name/description and English name/description.
 *
 * @example param("scale", ["標準財政規模", "千円"], ["standardFiscalScale", "in 千円"], { unit: ["千円", "thousand yen"] })
 */
export function param(
  id: string,
  ja: [name: string, description: string],
  en: [name: string, description: string],
  options: ParamOptions = {}
): ParamSpec {
  return {
    id,
    ja: { name: ja[0], description: ja[1] },
    en: { name: en[0], description: en[1] },
    dimensionality: options.matrix ? "matrix" : "scalar",
    ...(options.optional ? { optional: true } : {}),
    ...(options.unit ? { unit: { ja: options.unit[0], en: options.unit[1] } } : {}),
  };
}

/** Money in the table's unit: the ratios only need all amounts in one unit. */
export const MONEY: [string, string] = ["千円", "thousand yen"];
export const PERCENT: [string, string] = ["%", "%"];
/** Sentence shared by the money parameters of the ratio functions. */
export const SAME_UNIT_JA = "（すべての金額を同じ単位で。文字の金額は千円に換算）";
export const SAME_UNIT_EN = " (all amounts in one unit; text amounts are converted to 千円)";
