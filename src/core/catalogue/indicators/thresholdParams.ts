import { param } from "./params";

/** Parameters shared by EARLY_THRESHOLD and HEALTH_STATUS. */
export const KIND_PARAM = param(
  "kind",
  [
    "比率の種類",
    "実質赤字・連結実質赤字・実質公債費・将来負担・資金不足（「比率」付きも可）、または英語のid",
  ],
  [
    "kind",
    "deficit, consolidatedDeficit, debtService, futureBurden or fundShortage (or the Japanese name)",
  ]
);
export const SCALE_DESCRIPTION: [string, string] = [
  "標準財政規模（実質赤字・連結実質赤字で必須。空欄は不可）",
  "Standard fiscal scale (required for the two deficit kinds; blank not allowed)",
];
export const UNIT_PARAM = param(
  "unit",
  ["単位", "標準財政規模の単位: 円・千円・百万円・億円（省略時は千円）"],
  ["unit", "Unit of the standard fiscal scale: 円, 千円, 百万円, 億円 (default 千円)"],
  { optional: true }
);
export const THRESHOLD_SOURCE = {
  ja: "地方公共団体の財政の健全化に関する法律施行令 第7条・第8条、地方財政法施行令 第22条",
  en: "Order for Enforcement of the Act on Assurance of Sound Financial Status, arts. 7–8; Local Finance Act Order, art. 22",
};
/** The two deficit kinds need 標準財政規模. @example needsScale("deficit") // true */
export const needsScale = (kind: string): boolean =>
  kind === "deficit" || kind === "consolidatedDeficit";
