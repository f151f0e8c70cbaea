import {
  fundShortageRatio,
  FUND_SHORTAGE_RATIO_PRECISION,
} from "../../indicators/fundShortageRatio";
import { argNumber, NOT_COMPUTED, ok } from "../coerce";
import type { FunctionSpec } from "../types";
import { argAmountOrNone } from "./indicatorArgs";
import { fromResult } from "./indicatorOutcome";
import { MONEY, param, PERCENT } from "./params";

/** FUND_SHORTAGE_RATIO(資金の不足額, 事業の規模). "－" or 0 as 不足額 gives "－". */
export const FUND_SHORTAGE_RATIO_FUNCTION: FunctionSpec = {
  id: "FUND_SHORTAGE_RATIO",
  category: "health",
  ja: {
    name: "資金不足比率",
    description: "公営企業の資金の不足額の事業の規模に対する比率（%）。不足がなければ「－」。",
  },
  en: {
    name: "Fund shortage ratio",
    description:
      'A public enterprise\'s fund shortage as a percentage of its business scale; "－" when there is no shortage.',
  },
  params: [
    param(
      "shortage",
      ["資金の不足額", "資金の不足額（正の額。不足なしは0または「－」）"],
      ["shortage", 'Fund shortage as a positive amount (0 or "－" for none)'],
      { unit: MONEY }
    ),
    param(
      "businessScale",
      ["事業の規模", "営業収益 − 受託工事収益"],
      ["businessScale", "Operating revenue − contract work revenue"],
      { unit: MONEY }
    ),
  ],
  result: { dimensionality: "scalar", unit: { ja: PERCENT[0], en: PERCENT[1] } },
  formula: { ja: "資金の不足額 ÷ 事業の規模 × 100", en: "fund shortage ÷ business scale × 100" },
  precision: {
    ...FUND_SHORTAGE_RATIO_PRECISION,
    note: {
      ja: "小数第1位。切り捨ては慣行による推定（要確認）",
      en: "1 dp; truncation is an assumed convention (unconfirmed)",
    },
  },
  source: {
    ja: "地方公共団体の財政の健全化に関する法律 第22条、同施行令 第16条・第17条",
    en: "Act on Assurance of Sound Financial Status of Local Governments, art. 22",
  },
  confidence: "L",
  examples: [
    { formula: "=ZAISEI.FUND_SHORTAGE_RATIO(50, 1000)", result: "5" },
    { formula: "=ZAISEI.FUND_SHORTAGE_RATIO(1, 3)", result: "33.3" },
    { formula: '=ZAISEI.FUND_SHORTAGE_RATIO("－", 1000)', result: "－" },
  ],
  evaluate: (args) => {
    const spec = FUND_SHORTAGE_RATIO_FUNCTION;
    const shortage = argAmountOrNone(args, 0, spec);
    if (!shortage.ok) return shortage;
    const scale = argNumber(args, 1, spec);
    if (!scale.ok) return scale;
    if (shortage.value === "none") return ok(NOT_COMPUTED);
    const result = fundShortageRatio(shortage.value, scale.value);
    return fromResult(
      result,
      spec,
      result.kind === "error" && result.issue.code.endsWith("negativeAmount") ? 0 : 1
    );
  },
};
