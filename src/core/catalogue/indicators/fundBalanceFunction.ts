import { fundBalance } from "../../indicators/fundBalance";
import { argNumber } from "../coerce";
import { excelMatrix } from "../outcome";
import type { FunctionSpec } from "../types";
import { argCellGrid } from "./argCellGrid";
import { failIndicator } from "./indicatorOutcome";
import { MONEY, param } from "./params";

/** FUND_BALANCE(期首残高, 積立の範囲, 取崩の範囲): spills one column of year-end balances; blank flows are no flow. */
export const FUND_BALANCE_FUNCTION: FunctionSpec = {
  id: "FUND_BALANCE",
  category: "fund",
  ja: {
    name: "基金残高",
    description:
      "期首残高に各年度の積立を足し取崩を引いた年度末残高を、1列にスピルして返します。空欄・「－」の年度は動きなし。",
  },
  en: {
    name: "Fund balance",
    description:
      'Year-end balances from the opening balance plus each year\'s deposits minus withdrawals, spilled as one column; blank or "－" means no flow that year.',
  },
  params: [
    param(
      "opening",
      ["期首残高", "最初の年度の前年度末残高"],
      ["opening", "Balance at the end of the year before the first"],
      { unit: MONEY }
    ),
    param(
      "deposits",
      ["積立", "各年度の積立額（正の額。△表記の積立は符号を反転）。空欄は動きなし"],
      [
        "deposits",
        "Deposits per year (positive; flip the sign of △-printed deposits). Blank = no flow",
      ],
      { unit: MONEY, matrix: true }
    ),
    param(
      "withdrawals",
      ["取崩", "各年度の取崩（繰入）額（正の額、積立と同じ個数）"],
      ["withdrawals", "Withdrawals per year (positive, same count)"],
      { unit: MONEY, matrix: true }
    ),
  ],
  result: {
    dimensionality: "matrix",
    unit: { ja: "入力と同じ金額単位", en: "the money unit of the inputs" },
  },
  formula: {
    ja: "残高(t) = 残高(t − 1) + 積立(t) − 取崩(t)",
    en: "balance(t) = balance(t − 1) + deposits(t) − withdrawals(t)",
  },
  source: {
    ja: "地方自治法 第241条（基金）、決算書の基金の状況",
    en: "Local Autonomy Act, art. 241 (funds)",
  },
  confidence: "H",
  examples: [
    {
      formula: "=ZAISEI.FUND_BALANCE(2990, {491,306,369}, {530,300,300})",
      result: "{2951;2957;3026}",
      note: {
        ja: "氷見市 財政調整基金 R3–R5（百万円）",
        en: "Himi fiscal adjustment fund R3–R5 (million yen)",
      },
    },
    {
      formula: '=ZAISEI.FUND_BALANCE(1206, {17,""}, {253,253})',
      result: "{970;717}",
      note: { ja: "空欄の積立は動きなし", en: "a blank deposit is no flow" },
    },
  ],
  evaluate: (args) => {
    const spec = FUND_BALANCE_FUNCTION;
    const opening = argNumber(args, 0, spec);
    if (!opening.ok) return opening;
    const deposits = argCellGrid(args, 1, spec, "none");
    if (!deposits.ok) return deposits;
    const withdrawals = argCellGrid(args, 2, spec, "none");
    if (!withdrawals.ok) return withdrawals;
    const result = fundBalance(opening.value, deposits.value.values, withdrawals.value.values);
    if (!result.ok)
      return failIndicator(spec, result.series === "withdrawals" ? 2 : 1, result.issue);
    return excelMatrix(
      result.balances.map((b) => [b]),
      spec
    );
  },
};
