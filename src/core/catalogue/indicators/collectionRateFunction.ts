import { collectionRate, COLLECTION_RATE_PRECISION } from "../../indicators/collectionRate";
import { argNumbers } from "../coerce";
import { percentToNumber } from "../../indicators/roundRational";
import type { ExcelArg, FunctionOutcome, FunctionSpec } from "../types";
import { integerCells } from "./integerCells";
import { fromResult } from "./indicatorOutcome";
import { MONEY, param, PERCENT } from "./params";

/** COLLECTION_RATE(調定額, 収入済額); ranges are summed (合計 = Σ収入 / Σ調定, never a mean of rates). */
export const COLLECTION_RATE_FUNCTION: FunctionSpec = {
  id: "COLLECTION_RATE",
  category: "ratio",
  ja: {
    name: "徴収率",
    description:
      "収入済額 ÷ 調定額 × 100。範囲を渡すと合計どうしで割ります（現年＋滞繰の合計徴収率。率の平均ではない）。",
  },
  en: {
    name: "Collection rate",
    description:
      "Collected ÷ assessed × 100; with ranges the totals are divided (the combined current + arrears rate, never a mean of rates).",
  },
  params: [
    param(
      "assessed",
      ["調定額", "調定額（範囲可。空欄は不可）"],
      ["assessed", "Assessed amount (a range is allowed; blanks are not)"],
      { unit: MONEY, matrix: true }
    ),
    param(
      "collected",
      ["収入済額", "収入済額（調定額と同じ個数）"],
      ["collected", "Collected amount (same count as assessed)"],
      { unit: MONEY, matrix: true }
    ),
  ],
  result: { dimensionality: "scalar", unit: { ja: PERCENT[0], en: PERCENT[1] } },
  formula: { ja: "Σ収入済額 ÷ Σ調定額 × 100", en: "Σ collected ÷ Σ assessed × 100" },
  precision: {
    ...COLLECTION_RATE_PRECISION,
    note: { ja: "小数第2位を四捨五入", en: "rounded half-up to 1 dp" },
  },
  source: {
    ja: "地方財政状況調査（決算統計）・市町村税の徴収実績の算定方法",
    en: "MIC survey convention for local tax collection rates",
  },
  confidence: "H",
  examples: [
    {
      formula: "=ZAISEI.COLLECTION_RATE({1000;100}, {990;20})",
      result: "91.8",
      note: {
        ja: "現年99.0%・滞繰20.0%の合計（率の平均なら59.5）",
        en: "current 99.0% and arrears 20.0% combined (a mean of rates would say 59.5)",
      },
    },
    { formula: "=ZAISEI.COLLECTION_RATE(10000, 9905)", result: "99.1" },
  ],
  evaluate: (args) => {
    const fast = collectionRateOfIntegers(args);
    return fast === null ? collectionRateGeneral(args) : { ok: true, value: fast };
  },
};

/**
 * Fast path for whole-yen / 千円 amounts: Σ収入済額 / Σ調定額 as an exact BigInt fraction, half-up
 * to 1 dp. Null for anything else (text, blanks, decimals, zero 調定), left to the general path.
 *
 * @example collectionRateOfIntegers([[[1000], [100]], [[990], [20]]]) // 91.8
 */
export function collectionRateOfIntegers(args: ExcelArg[]): number | null {
  const assessed = integerCells(args[0]);
  const collected = integerCells(args[1]);
  if (
    assessed === null ||
    collected === null ||
    assessed.length !== collected.length ||
    assessed.length === 0
  )
    return null;
  let a = 0n;
  let c = 0n;
  for (let i = 0; i < assessed.length; i++) {
    a += BigInt(assessed[i] as number);
    c += BigInt(collected[i] as number);
  }
  if (a === 0n) return null;
  return percentToNumber(
    c,
    a,
    COLLECTION_RATE_PRECISION.digits,
    COLLECTION_RATE_PRECISION.rounding
  );
}

/**
 * The general path: any notation, blanks and errors reported per argument, decimal.js arithmetic.
 *
 * @example collectionRateGeneral([[["1,000"]], [[990]]]) // { ok: true, value: 99 }
 */
export function collectionRateGeneral(args: ExcelArg[]): FunctionOutcome {
  const spec = COLLECTION_RATE_FUNCTION;
  const assessed = argNumbers(args, 0, spec);
  if (!assessed.ok) return assessed;
  const collected = argNumbers(args, 1, spec);
  if (!collected.ok) return collected;
  return fromResult(
    collectionRate(assessed.value, collected.value),
    spec,
    assessed.value.length === collected.value.length ? 0 : 1
  );
}
