import {
  ordinaryBalanceRatio,
  ORDINARY_BALANCE_RATIO_PRECISION,
} from "../../indicators/ordinaryBalanceRatio";
import { ZERO } from "../../indicators/result";
import { argNumber, argOptionalNumber } from "../coerce";
import type { FunctionSpec } from "../types";
import { fromResult } from "./indicatorOutcome";
import { MONEY, param, PERCENT } from "./params";

/** ORDINARY_BALANCE_RATIO(経常経費充当一般財源等, 経常一般財源等, [減収補塡債特例分], [臨時財政対策債]); blank optionals are 0 by omission. */
export const ORDINARY_BALANCE_RATIO_FUNCTION: FunctionSpec = {
  id: "ORDINARY_BALANCE_RATIO",
  category: "ratio",
  ja: {
    name: "経常収支比率",
    description:
      "経常経費に充当した一般財源等の、経常一般財源等（＋減収補塡債特例分＋臨時財政対策債）に対する比率（%）。",
  },
  en: {
    name: "Ordinary balance ratio",
    description:
      "Recurrent general revenue spent on recurrent expenditure, as a percentage of recurrent general revenue (plus special revenue-shortfall bonds and temporary fiscal measure bonds).",
  },
  params: [
    param(
      "recurrentExpenditure",
      ["経常経費充当一般財源等", "経常経費に充当した一般財源等"],
      ["recurrentExpenditure", "General revenue applied to recurrent expenditure"],
      { unit: MONEY }
    ),
    param(
      "recurrentRevenue",
      ["経常一般財源等", "経常一般財源等"],
      ["recurrentRevenue", "Recurrent general revenue"],
      { unit: MONEY }
    ),
    param(
      "revenueShortfallBonds",
      ["減収補塡債特例分", "減収補塡債特例分（省略・空欄は0）"],
      ["revenueShortfallBonds", "Special revenue-shortfall bonds (omitted or blank is 0)"],
      { unit: MONEY, optional: true }
    ),
    param(
      "temporaryBonds",
      ["臨時財政対策債", "臨時財政対策債（省略・空欄は0）"],
      ["temporaryBonds", "Temporary fiscal measure bonds (omitted or blank is 0)"],
      { unit: MONEY, optional: true }
    ),
  ],
  result: { dimensionality: "scalar", unit: { ja: PERCENT[0], en: PERCENT[1] } },
  formula: {
    ja: "経常経費充当一般財源等 ÷ (経常一般財源等 + 減収補塡債特例分 + 臨時財政対策債) × 100",
    en: "recurrent expenditure ÷ (recurrent revenue + shortfall bonds + temporary bonds) × 100",
  },
  precision: {
    ...ORDINARY_BALANCE_RATIO_PRECISION,
    note: {
      ja: "小数第1位。四捨五入は慣行による推定",
      en: "1 dp; half-up is an assumed convention",
    },
  },
  source: {
    ja: "地方財政状況調査（決算統計）の定義",
    en: "Definition of the MIC local finance survey (決算統計)",
  },
  confidence: "L",
  examples: [
    { formula: "=ZAISEI.ORDINARY_BALANCE_RATIO(8905, 10000)", result: "89.1" },
    { formula: "=ZAISEI.ORDINARY_BALANCE_RATIO(8900, 9000, 300, 700)", result: "89" },
  ],
  evaluate: (args) => {
    const spec = ORDINARY_BALANCE_RATIO_FUNCTION;
    const expenditure = argNumber(args, 0, spec);
    if (!expenditure.ok) return expenditure;
    const revenue = argNumber(args, 1, spec);
    if (!revenue.ok) return revenue;
    const shortfall = argOptionalNumber(args, 2, spec);
    if (!shortfall.ok) return shortfall;
    const temporary = argOptionalNumber(args, 3, spec);
    if (!temporary.ok) return temporary;
    return fromResult(
      ordinaryBalanceRatio(
        expenditure.value,
        revenue.value,
        shortfall.value ?? ZERO,
        temporary.value ?? ZERO
      ),
      spec,
      1
    );
  },
};
