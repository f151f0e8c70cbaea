import type { Decimal } from "../../decimal";
import type { DebtServiceYear } from "../../indicators/debtServiceRatio";
import type { ParamSpec } from "../types";
import { MONEY, param } from "./params";

/** Parameters and source shared by DEBT_SERVICE_RATIO_YEAR and DEBT_SERVICE_RATIO (A–E of the 算定様式). */
const NAMES: [id: string, ja: string, en: string, jaDescription: string][] = [
  [
    "principalAndInterest",
    "元利償還金",
    "principalAndInterest",
    "A 地方債の元利償還金（繰上償還等を除く）",
  ],
  [
    "quasiPrincipalAndInterest",
    "準元利償還金",
    "quasiPrincipalAndInterest",
    "B 準元利償還金（公営企業債への繰出、一部事務組合負担金等）",
  ],
  ["specificRevenue", "特定財源", "specificRevenue", "C 元利償還金・準元利償還金に充てる特定財源"],
  ["includedInDemand", "算入公債費等", "includedInDemand", "D 基準財政需要額に算入された公債費等"],
  [
    "standardFiscalScale",
    "標準財政規模",
    "standardFiscalScale",
    "E 標準財政規模（臨財債発行可能額を含む）",
  ],
];
const EN_DESCRIPTIONS = [
  "A principal and interest on local bonds",
  "B quasi principal and interest",
  "C specific revenue applied to A and B",
  "D debt service included in standard fiscal demand",
  "E standard fiscal scale",
];

/**
 * The five parameters A–E, as scalars or as 3-cell ranges (N−2, N−1, N).
 *
 * @example debtServiceParams(true)[4]?.ja.name // "標準財政規模"
 */
export function debtServiceParams(series: boolean): ParamSpec[] {
  return NAMES.map(([id, ja, en, jaDescription], i) =>
    param(
      id,
      [ja, series ? `${jaDescription}。N−2・N−1・N年度の3セル（1行または1列）` : jaDescription],
      [
        en,
        series
          ? `${EN_DESCRIPTIONS[i] ?? ""}: three cells N−2, N−1, N (one row or column)`
          : (EN_DESCRIPTIONS[i] ?? ""),
      ],
      { unit: MONEY, matrix: series }
    )
  );
}

export const DEBT_SERVICE_SOURCE = {
  ja: "地方公共団体の財政の健全化に関する法律 第2条第3号、同施行令 第3条",
  en: "Act on Assurance of Sound Financial Status of Local Governments, art. 2(3); Order, art. 3",
};

/** @example debtServiceYear(a, b, c, d, e).standardFiscalScale === e // true */
export function debtServiceYear(
  a: Decimal,
  b: Decimal,
  c: Decimal,
  d: Decimal,
  e: Decimal
): DebtServiceYear {
  return {
    principalAndInterest: a,
    quasiPrincipalAndInterest: b,
    specificRevenue: c,
    includedInDemand: d,
    standardFiscalScale: e,
  };
}
