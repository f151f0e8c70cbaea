import { deficitRatio, DEFICIT_RATIO_PRECISION } from "../../indicators/deficitRatio";
import { argNumber, NOT_COMPUTED, ok } from "../coerce";
import type { FunctionSpec } from "../types";
import { argAmountOrNone } from "./indicatorArgs";
import { fromResult } from "./indicatorOutcome";
import { MONEY, param, PERCENT, SAME_UNIT_EN, SAME_UNIT_JA } from "./params";

/** Both deficit ratios print 2 dp; truncation is convention, not statute (domain.md §3 [L]). */
export const ASSUMED_TRUNCATION_2DP = {
  ja: "小数第2位。切り捨ては慣行による推定（要確認）",
  en: "2 dp; truncation is an assumed convention (unconfirmed)",
};

/** DEFICIT_RATIO(実質赤字額, 標準財政規模). "－" or 0 as 実質赤字額 gives "－"; a blank is an error. */
export const DEFICIT_RATIO_FUNCTION: FunctionSpec = {
  id: "DEFICIT_RATIO",
  category: "health",
  ja: {
    name: "実質赤字比率",
    description: "実質赤字額の標準財政規模に対する比率（%）。赤字がなければ「－」を返します。",
  },
  en: {
    name: "Real deficit ratio",
    description:
      'The real deficit as a percentage of the standard fiscal scale; "－" when there is no deficit.',
  },
  params: [
    param(
      "deficit",
      ["実質赤字額", `実質赤字の額（正の額。赤字なしは0または「－」）${SAME_UNIT_JA}`],
      ["deficit", `The real deficit as a positive amount (0 or "－" for none)${SAME_UNIT_EN}`],
      { unit: MONEY }
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
    ja: "実質赤字額 ÷ 標準財政規模 × 100（赤字のときのみ）",
    en: "real deficit ÷ standard fiscal scale × 100 (only when in deficit)",
  },
  precision: { ...DEFICIT_RATIO_PRECISION, note: ASSUMED_TRUNCATION_2DP },
  source: {
    ja: "地方公共団体の財政の健全化に関する法律 第2条第1号、同施行令 第3条",
    en: "Act on Assurance of Sound Financial Status of Local Governments, art. 2(1)",
  },
  confidence: "L",
  examples: [
    { formula: "=ZAISEI.DEFICIT_RATIO(1234, 10000)", result: "12.34" },
    {
      formula: "=ZAISEI.DEFICIT_RATIO(2, 3)",
      result: "66.66",
      note: { ja: "66.666…を切り捨て", en: "66.666… truncated" },
    },
    {
      formula: "=ZAISEI.DEFICIT_RATIO(0, 10000)",
      result: "－",
      note: { ja: "赤字なし", en: "no deficit" },
    },
  ],
  evaluate: (args) => {
    const spec = DEFICIT_RATIO_FUNCTION;
    const deficit = argAmountOrNone(args, 0, spec);
    if (!deficit.ok) return deficit;
    const scale = argNumber(args, 1, spec);
    if (!scale.ok) return scale;
    if (deficit.value === "none") return ok(NOT_COMPUTED);
    const result = deficitRatio(deficit.value, scale.value);
    return fromResult(
      result,
      spec,
      result.kind === "error" && result.issue.code.endsWith("negativeAmount") ? 0 : 1
    );
  },
};
