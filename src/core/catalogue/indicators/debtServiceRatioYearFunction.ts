import type { Decimal } from "../../decimal";
import { debtServiceRatioYear } from "../../indicators/debtServiceRatio";
import { argNumber } from "../coerce";
import type { FunctionSpec } from "../types";
import { DEBT_SERVICE_SOURCE, debtServiceParams, debtServiceYear } from "./debtServiceParams";
import { fromResult } from "./indicatorOutcome";
import { PERCENT } from "./params";

/** DEBT_SERVICE_RATIO_YEAR(A, B, C, D, E): the single-year ratio at full precision. */
export const DEBT_SERVICE_RATIO_YEAR_FUNCTION: FunctionSpec = {
  id: "DEBT_SERVICE_RATIO_YEAR",
  category: "health",
  ja: {
    name: "実質公債費比率単年度",
    description:
      "1年度分の実質公債費比率（%）を端数処理せずに返します。公表値は3か年平均（DEBT_SERVICE_RATIO）。",
  },
  en: {
    name: "Real debt service ratio (single year)",
    description:
      "One year's real debt service ratio (%) at full precision; the published figure is the 3-year mean (DEBT_SERVICE_RATIO).",
  },
  params: debtServiceParams(false),
  result: { dimensionality: "scalar", unit: { ja: PERCENT[0], en: PERCENT[1] } },
  formula: { ja: "((A + B) − (C + D)) ÷ (E − D) × 100", en: "((A + B) − (C + D)) ÷ (E − D) × 100" },
  source: DEBT_SERVICE_SOURCE,
  confidence: "H",
  examples: [
    { formula: "=ZAISEI.DEBT_SERVICE_RATIO_YEAR(76, 0, 0, 0, 1000)", result: "7.6" },
    {
      formula: "=ZAISEI.DEBT_SERVICE_RATIO_YEAR(57237, 4336, 439, 38516, 215679)",
      result: "12.766774100686938",
      note: { ja: "鳥取県 H24（百万円）", en: "Tottori H24 (million yen)" },
    },
  ],
  evaluate: (args) => {
    const spec = DEBT_SERVICE_RATIO_YEAR_FUNCTION;
    const v: Decimal[] = [];
    for (let i = 0; i < 5; i++) {
      const read = argNumber(args, i, spec);
      if (!read.ok) return read;
      v.push(read.value);
    }
    const [a, b, c, d, e] = v as [Decimal, Decimal, Decimal, Decimal, Decimal];
    return fromResult(debtServiceRatioYear(debtServiceYear(a, b, c, d, e)), spec, 4);
  },
};
