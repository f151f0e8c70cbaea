import { executionRate, EXECUTION_RATE_PRECISION } from "../../indicators/executionRate";
import { unitCost } from "../../indicators/unitCost";
import { argNumber } from "../coerce";
import type { FunctionSpec } from "../types";
import { fromResult } from "./indicatorOutcome";
import { MONEY, param, PERCENT } from "./params";

/** UNIT_COST(cost, output): full precision (compared, not published). */
export const UNIT_COST_FUNCTION: FunctionSpec = {
  id: "UNIT_COST",
  category: "audit",
  ja: {
    name: "単位当たりコスト",
    description:
      "コスト（事業費＋人件費）÷ アウトプット（件数・人数など）。効率性の尺度。端数処理しません。",
  },
  en: {
    name: "Unit cost",
    description:
      "Cost (programme cost + staff cost) ÷ output (cases, users, …), an efficiency measure; not rounded.",
  },
  params: [
    param("cost", ["コスト", "事業費 + 人件費"], ["cost", "Programme cost + staff cost"], {
      unit: ["円", "yen"],
    }),
    param(
      "output",
      ["アウトプット", "処理件数・利用者数など（0は不可）"],
      ["output", "Output: cases, users, … (not 0)"]
    ),
  ],
  result: { dimensionality: "scalar", unit: { ja: "円/単位", en: "yen per unit" } },
  formula: { ja: "(事業費 + 人件費) ÷ アウトプット", en: "(programme cost + staff cost) ÷ output" },
  source: {
    ja: "地方自治法 第2条第14項、会計検査院の効率性の観点",
    en: "Local Autonomy Act art. 2(14); Board of Audit's efficiency criterion",
  },
  confidence: "M",
  examples: [{ formula: "=ZAISEI.UNIT_COST(1200000, 400)", result: "3000" }],
  evaluate: (args) => {
    const spec = UNIT_COST_FUNCTION;
    const cost = argNumber(args, 0, spec);
    if (!cost.ok) return cost;
    const output = argNumber(args, 1, spec);
    if (!output.ok) return output;
    return fromResult(unitCost(cost.value, output.value), spec, 1);
  },
};

/** EXECUTION_RATE(支出済額, 予算現額): 1 dp half-up (a convention). */
export const EXECUTION_RATE_FUNCTION: FunctionSpec = {
  id: "EXECUTION_RATE",
  category: "audit",
  ja: {
    name: "予算執行率",
    description:
      "支出済額 ÷ 予算現額 × 100（%）。経済性の尺度。不用額 = 予算現額 − 支出済額 − 翌年度繰越額。",
  },
  en: {
    name: "Budget execution rate",
    description:
      "Expenditure ÷ current budget × 100 (%), an economy measure. Unspent = budget − expenditure − carried forward.",
  },
  params: [
    param("spent", ["支出済額", "支出済額"], ["spent", "Expenditure"], { unit: MONEY }),
    param("budget", ["予算現額", "予算現額（0は不可）"], ["budget", "Current budget (not 0)"], {
      unit: MONEY,
    }),
  ],
  result: { dimensionality: "scalar", unit: { ja: PERCENT[0], en: PERCENT[1] } },
  formula: { ja: "支出済額 ÷ 予算現額 × 100", en: "expenditure ÷ current budget × 100" },
  precision: {
    ...EXECUTION_RATE_PRECISION,
    note: { ja: "小数第1位に四捨五入（慣行）", en: "1 dp half-up (convention)" },
  },
  source: {
    ja: "地方自治法施行規則 別記 歳出決算書の様式（予算現額・支出済額・不用額）",
    en: "Local Autonomy Act Enforcement Rules, settlement form",
  },
  confidence: "M",
  examples: [{ formula: "=ZAISEI.EXECUTION_RATE(9450, 10000)", result: "94.5" }],
  evaluate: (args) => {
    const spec = EXECUTION_RATE_FUNCTION;
    const spent = argNumber(args, 0, spec);
    if (!spent.ok) return spent;
    const budget = argNumber(args, 1, spec);
    if (!budget.ok) return budget;
    return fromResult(executionRate(spent.value, budget.value), spec, 1);
  },
};
