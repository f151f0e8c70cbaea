import { costRecoveryRate, COST_RECOVERY_RATE_PRECISION } from "../../indicators/costRecoveryRate";
import {
  enterpriseBalanceRatio,
  ENTERPRISE_BALANCE_RATIO_PRECISION,
} from "../../indicators/enterpriseBalanceRatio";
import { argNumber } from "../coerce";
import type { FunctionSpec } from "../types";
import { fromResult } from "./indicatorOutcome";
import { MONEY, param, PERCENT } from "./params";

const ASSUMED = {
  ja: "小数第2位。四捨五入は慣行による推定",
  en: "2 dp; half-up is an assumed convention",
};
const SOURCE = {
  ja: "総務省 経営比較分析表の指標定義",
  en: "MIC management comparison sheet (経営比較分析表) definitions",
};

/** COST_RECOVERY_RATE(供給単価, 給水原価). */
export const COST_RECOVERY_RATE_FUNCTION: FunctionSpec = {
  id: "COST_RECOVERY_RATE",
  category: "ratio",
  ja: {
    name: "料金回収率",
    description:
      "水道事業の供給単価 ÷ 給水原価 × 100（%）。100%未満は給水費用を料金で賄えていない状態。",
  },
  en: {
    name: "Cost recovery rate",
    description:
      "Water supply price ÷ supply cost × 100 (%); below 100% the tariff does not cover the cost.",
  },
  params: [
    param(
      "supplyPrice",
      ["供給単価", "供給単価（給水収益 ÷ 有収水量、円/m³）"],
      ["supplyPrice", "Supply price (water revenue ÷ billed volume, yen/m³)"],
      { unit: ["円/m³", "yen/m³"] }
    ),
    param("supplyCost", ["給水原価", "給水原価（円/m³）"], ["supplyCost", "Supply cost (yen/m³)"], {
      unit: ["円/m³", "yen/m³"],
    }),
  ],
  result: { dimensionality: "scalar", unit: { ja: PERCENT[0], en: PERCENT[1] } },
  formula: { ja: "供給単価 ÷ 給水原価 × 100", en: "supply price ÷ supply cost × 100" },
  precision: { ...COST_RECOVERY_RATE_PRECISION, note: ASSUMED },
  source: SOURCE,
  confidence: "L",
  examples: [{ formula: "=ZAISEI.COST_RECOVERY_RATE(170.5, 180.2)", result: "94.62" }],
  evaluate: (args) => {
    const spec = COST_RECOVERY_RATE_FUNCTION;
    const price = argNumber(args, 0, spec);
    if (!price.ok) return price;
    const cost = argNumber(args, 1, spec);
    if (!cost.ok) return cost;
    return fromResult(costRecoveryRate(price.value, cost.value), spec, 1);
  },
};

/** ENTERPRISE_BALANCE_RATIO(経常収益, 経常費用): higher is better, unlike the general account's 経常収支比率. */
export const ENTERPRISE_BALANCE_RATIO_FUNCTION: FunctionSpec = {
  id: "ENTERPRISE_BALANCE_RATIO",
  category: "ratio",
  ja: {
    name: "企業経常収支比率",
    description:
      "公営企業・病院の経常収益 ÷ 経常費用 × 100（%）。普通会計の経常収支比率とは別の指標で、高いほど良い。",
  },
  en: {
    name: "Enterprise ordinary balance ratio",
    description:
      "A public enterprise's or hospital's recurrent income ÷ recurrent cost × 100 (%); higher is better.",
  },
  params: [
    param(
      "recurrentIncome",
      ["経常収益", "経常収益（営業収益 + 営業外収益）"],
      ["recurrentIncome", "Recurrent income"],
      { unit: MONEY }
    ),
    param(
      "recurrentCost",
      ["経常費用", "経常費用（営業費用 + 営業外費用）"],
      ["recurrentCost", "Recurrent cost"],
      { unit: MONEY }
    ),
  ],
  result: { dimensionality: "scalar", unit: { ja: PERCENT[0], en: PERCENT[1] } },
  formula: { ja: "経常収益 ÷ 経常費用 × 100", en: "recurrent income ÷ recurrent cost × 100" },
  precision: { ...ENTERPRISE_BALANCE_RATIO_PRECISION, note: ASSUMED },
  source: SOURCE,
  confidence: "L",
  examples: [
    { formula: "=ZAISEI.ENTERPRISE_BALANCE_RATIO(1015, 1000)", result: "101.5" },
    { formula: "=ZAISEI.ENTERPRISE_BALANCE_RATIO(2, 3)", result: "66.67" },
  ],
  evaluate: (args) => {
    const spec = ENTERPRISE_BALANCE_RATIO_FUNCTION;
    const income = argNumber(args, 0, spec);
    if (!income.ok) return income;
    const cost = argNumber(args, 1, spec);
    if (!cost.ok) return cost;
    return fromResult(enterpriseBalanceRatio(income.value, cost.value), spec, 1);
  },
};
