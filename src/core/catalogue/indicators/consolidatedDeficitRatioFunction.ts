import { ASSUMED_TRUNCATION_2DP } from "./deficitRatioFunction";
import {
  consolidatedDeficitRatio,
  CONSOLIDATED_DEFICIT_RATIO_PRECISION,
} from "../../indicators/consolidatedDeficitRatio";
import { argNumber } from "../coerce";
import type { FunctionSpec } from "../types";
import { argSum } from "./indicatorArgs";
import { fromResult } from "./indicatorOutcome";
import { MONEY, param, PERCENT, SAME_UNIT_EN, SAME_UNIT_JA } from "./params";

/** CONSOLIDATED_DEFICIT_RATIO(赤字・資金不足の合計, 黒字・剰余の合計, 標準財政規模); the sums may be ranges (blank cells skipped). */
export const CONSOLIDATED_DEFICIT_RATIO_FUNCTION: FunctionSpec = {
  id: "CONSOLIDATED_DEFICIT_RATIO",
  category: "health",
  ja: {
    name: "連結実質赤字比率",
    description:
      "全会計の赤字・資金不足の合計から黒字・剰余の合計を引いた額の標準財政規模に対する比率（%）。差が0以下なら「－」。",
  },
  en: {
    name: "Consolidated real deficit ratio",
    description:
      'All accounts\' deficits and shortages minus their surpluses, as a percentage of the standard fiscal scale; "－" when not positive.',
  },
  params: [
    param(
      "deficits",
      [
        "赤字・資金不足の合計",
        `各会計の実質赤字額と資金不足額（正の額）。範囲可、空欄は会計なしとして飛ばす${SAME_UNIT_JA}`,
      ],
      [
        "deficits",
        `Deficits and fund shortages of each account (positive). A range is allowed; blank cells are skipped${SAME_UNIT_EN}`,
      ],
      { unit: MONEY, matrix: true }
    ),
    param(
      "surpluses",
      ["黒字・剰余の合計", "各会計の実質黒字額と資金剰余額（正の額）。範囲可"],
      ["surpluses", "Surpluses of each account (positive). A range is allowed"],
      { unit: MONEY, matrix: true }
    ),
    param(
      "standardFiscalScale",
      ["標準財政規模", "標準財政規模（空欄は不可）"],
      ["standardFiscalScale", "Standard fiscal scale (blank not allowed)"],
      { unit: MONEY }
    ),
  ],
  result: { dimensionality: "scalar", unit: { ja: PERCENT[0], en: PERCENT[1] } },
  formula: {
    ja: "max(0, (Σ実質赤字 + Σ資金不足) − (Σ実質黒字 + Σ資金剰余)) ÷ 標準財政規模 × 100",
    en: "max(0, (Σ deficits + Σ shortages) − (Σ surpluses)) ÷ standard fiscal scale × 100",
  },
  precision: { ...CONSOLIDATED_DEFICIT_RATIO_PRECISION, note: ASSUMED_TRUNCATION_2DP },
  source: {
    ja: "地方公共団体の財政の健全化に関する法律 第2条第2号、同施行令 第4条",
    en: "Act on Assurance of Sound Financial Status of Local Governments, art. 2(2)",
  },
  confidence: "L",
  examples: [
    { formula: "=ZAISEI.CONSOLIDATED_DEFICIT_RATIO({300,200}, 200, 10000)", result: "3" },
    {
      formula: "=ZAISEI.CONSOLIDATED_DEFICIT_RATIO(200, {400,100}, 10000)",
      result: "－",
      note: { ja: "黒字が上回る", en: "surpluses exceed deficits" },
    },
  ],
  evaluate: (args) => {
    const spec = CONSOLIDATED_DEFICIT_RATIO_FUNCTION;
    const deficits = argSum(args, 0, spec);
    if (!deficits.ok) return deficits;
    const surpluses = argSum(args, 1, spec);
    if (!surpluses.ok) return surpluses;
    const scale = argNumber(args, 2, spec);
    if (!scale.ok) return scale;
    const result = consolidatedDeficitRatio(deficits.value, surpluses.value, scale.value);
    const errorArg =
      result.kind === "error" && result.issue.code.endsWith("negativeAmount")
        ? deficits.value.isNegative()
          ? 0
          : 1
        : 2;
    return fromResult(result, spec, errorArg);
  },
};
