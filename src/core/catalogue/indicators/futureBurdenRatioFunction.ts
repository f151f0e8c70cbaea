import type { Decimal } from "../../decimal";
import {
  futureBurdenRatio,
  FUTURE_BURDEN_RATIO_PRECISION,
} from "../../indicators/futureBurdenRatio";
import { argNumber } from "../coerce";
import type { FunctionSpec } from "../types";
import { fromResult } from "./indicatorOutcome";
import { MONEY, param, PERCENT } from "./params";

/** FUTURE_BURDEN_RATIO(将来負担額, 充当可能基金額, 充当可能特定歳入見込額, 基準財政需要額算入見込額, 標準財政規模, 算入公債費等). */
export const FUTURE_BURDEN_RATIO_FUNCTION: FunctionSpec = {
  id: "FUTURE_BURDEN_RATIO",
  category: "health",
  ja: {
    name: "将来負担比率",
    description:
      "将来負担額から充当可能財源等を引いた額の、標準財政規模から算入公債費等を引いた額に対する比率（%）。分子が0以下なら「－」。",
  },
  en: {
    name: "Future burden ratio",
    description:
      'Future burden net of the resources available for it, as a percentage of the standard fiscal scale less included debt service; "－" when the numerator is not positive.',
  },
  params: [
    param(
      "futureBurden",
      ["将来負担額", "将来負担額（地方債現在高、債務負担行為支出予定額等の合計）"],
      ["futureBurden", "Future burden (bonds outstanding, committed payments, …)"],
      { unit: MONEY }
    ),
    param(
      "availableFunds",
      ["充当可能基金額", "充当可能基金額"],
      ["availableFunds", "Funds available to meet the burden"],
      { unit: MONEY }
    ),
    param(
      "availableSpecificRevenue",
      ["充当可能特定歳入見込額", "充当可能特定歳入見込額"],
      ["availableSpecificRevenue", "Expected specific revenue available"],
      { unit: MONEY }
    ),
    param(
      "expectedDemandInclusion",
      ["基準財政需要額算入見込額", "基準財政需要額算入見込額"],
      ["expectedDemandInclusion", "Amount expected to be included in standard fiscal demand"],
      { unit: MONEY }
    ),
    param(
      "standardFiscalScale",
      ["標準財政規模", "標準財政規模（臨財債発行可能額を含む）"],
      ["standardFiscalScale", "Standard fiscal scale"],
      { unit: MONEY }
    ),
    param(
      "includedInDemand",
      ["算入公債費等", "元利償還金・準元利償還金に係る基準財政需要額算入額"],
      ["includedInDemand", "Debt service included in standard fiscal demand"],
      { unit: MONEY }
    ),
  ],
  result: { dimensionality: "scalar", unit: { ja: PERCENT[0], en: PERCENT[1] } },
  formula: {
    ja: "(将来負担額 − (充当可能基金額 + 充当可能特定歳入見込額 + 基準財政需要額算入見込額)) ÷ (標準財政規模 − 算入公債費等) × 100",
    en: "(future burden − (funds + specific revenue + demand inclusion)) ÷ (standard fiscal scale − included debt service) × 100",
  },
  precision: {
    ...FUTURE_BURDEN_RATIO_PRECISION,
    note: {
      ja: "小数第1位未満切り捨て。分子が0以下なら算定しない（「－」）",
      en: 'truncated to 1 dp; not computed ("－") when the numerator is ≤ 0',
    },
  },
  source: {
    ja: "地方公共団体の財政の健全化に関する法律 第2条第4号、同施行令 第5条・第6条",
    en: "Act on Assurance of Sound Financial Status of Local Governments, art. 2(4)",
  },
  confidence: "M",
  examples: [
    { formula: "=ZAISEI.FUTURE_BURDEN_RATIO(1300, 400, 100, 200, 1100, 100)", result: "60" },
    {
      formula: "=ZAISEI.FUTURE_BURDEN_RATIO(600, 400, 100, 200, 1100, 100)",
      result: "－",
      note: { ja: "充当可能財源等が上回る", en: "resources exceed the burden" },
    },
  ],
  evaluate: (args) => {
    const spec = FUTURE_BURDEN_RATIO_FUNCTION;
    const v: Decimal[] = [];
    for (let i = 0; i < 6; i++) {
      const read = argNumber(args, i, spec);
      if (!read.ok) return read;
      v.push(read.value);
    }
    const [
      futureBurden,
      availableFunds,
      availableSpecificRevenue,
      expectedDemandInclusion,
      standardFiscalScale,
      includedInDemand,
    ] = v as [Decimal, Decimal, Decimal, Decimal, Decimal, Decimal];
    const result = futureBurdenRatio({
      futureBurden,
      availableFunds,
      availableSpecificRevenue,
      expectedDemandInclusion,
      standardFiscalScale,
      includedInDemand,
    });
    return fromResult(result, spec, 4);
  },
};
