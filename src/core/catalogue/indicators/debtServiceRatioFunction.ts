import type { Decimal } from "../../decimal";
import { debtServiceRatio, DEBT_SERVICE_RATIO_PRECISION } from "../../indicators/debtServiceRatio";
import type { DebtServiceYear } from "../../indicators/debtServiceRatio";
import { percentToNumber } from "../../indicators/roundRational";
import { argSeries } from "../coerce";
import type { ArgResult } from "../outcome";
import type { ExcelArg, FunctionOutcome, FunctionSpec } from "../types";
import { DEBT_SERVICE_SOURCE, debtServiceParams, debtServiceYear } from "./debtServiceParams";
import { fromResult } from "./indicatorOutcome";
import { integerCells } from "./integerCells";
import { PERCENT } from "./params";

/** DEBT_SERVICE_RATIO(A, B, C, D, E), each a 3-cell range N−2..N: the official 3-year figure. */
export const DEBT_SERVICE_RATIO_FUNCTION: FunctionSpec = {
  id: "DEBT_SERVICE_RATIO",
  category: "health",
  ja: {
    name: "実質公債費比率",
    description:
      "3か年（N−2〜N年度）の単年度比率の平均を小数第1位未満切り捨てで返します（公表値）。",
  },
  en: {
    name: "Real debt service ratio",
    description:
      "The mean of the single-year ratios of N−2, N−1 and N, truncated to one decimal (the published figure).",
  },
  params: debtServiceParams(true),
  result: { dimensionality: "scalar", unit: { ja: PERCENT[0], en: PERCENT[1] } },
  formula: {
    ja: "3か年平均 of ((A + B) − (C + D)) ÷ (E − D) × 100",
    en: "3-year mean of ((A + B) − (C + D)) ÷ (E − D) × 100",
  },
  precision: {
    ...DEBT_SERVICE_RATIO_PRECISION,
    note: {
      ja: "小数第1位未満切り捨て（四捨五入ではない）",
      en: "truncated to 1 dp (not rounded half-up)",
    },
  },
  source: DEBT_SERVICE_SOURCE,
  confidence: "H",
  examples: [
    {
      formula:
        "=ZAISEI.DEBT_SERVICE_RATIO({57237,58974,61319},{4336,4093,3680},{439,486,485},{38516,40271,42189},{215679,216201,216218})",
      result: "12.7",
      note: {
        ja: "鳥取県 H26 公表値（平均12.7588…、四捨五入なら12.8）",
        en: "Tottori H26 as published (mean 12.7588…; half-up would give 12.8)",
      },
    },
    {
      formula:
        "=ZAISEI.DEBT_SERVICE_RATIO({58974,61319,61930},{4093,3680,3123},{486,485,452},{40271,42189,43568},{216201,216218,220729})",
      result: "12.4",
      note: {
        ja: "鳥取県 H27 公表値（平均12.4606…）",
        en: "Tottori H27 as published (mean 12.4606…)",
      },
    },
  ],
  evaluate: (args) => {
    const fast = debtServiceRatioOfIntegers(args);
    return fast === null ? debtServiceRatioGeneral(args) : { ok: true, value: fast };
  },
};

/**
 * Fast path for the usual input — whole numbers of 千円 / 百万円 in five 3-cell ranges: the mean
 * Σ(n_y / m_y) / 3 as one exact BigInt fraction, truncated to 1 dp. Returns null for anything
 * else (text, blanks, decimals, a zero denominator), which the general path handles and reports.
 * A property test checks it against the general decimal path.
 *
 * @example debtServiceRatioOfIntegers([[[57237, 58974, 61319]], …]) // 12.7 (鳥取県 H26)
 */
export function debtServiceRatioOfIntegers(args: ExcelArg[]): number | null {
  const v: number[][] = [];
  for (let i = 0; i < 5; i++) {
    const cells = integerCells(args[i], 3);
    if (cells === null) return null;
    v.push(cells);
  }
  const [a, b, c, d, e] = v as [number[], number[], number[], number[], number[]];
  let p = 0n;
  let q = 1n;
  for (let y = 0; y < 3; y++) {
    // Sums of four integers below 10^15 stay below 2^53: exact before the BigInt conversion.
    const n = BigInt((a[y] as number) + (b[y] as number) - (c[y] as number) - (d[y] as number));
    const m = BigInt((e[y] as number) - (d[y] as number));
    if (m === 0n) return null;
    p = p * m + n * q;
    q = q * m;
  }
  return percentToNumber(
    p,
    3n * q,
    DEBT_SERVICE_RATIO_PRECISION.digits,
    DEBT_SERVICE_RATIO_PRECISION.rounding
  );
}

/**
 * The general path: any notation, blanks and errors reported per argument, decimal.js arithmetic.
 *
 * @example debtServiceRatioGeneral([[["57,237", 58974, 61319]], …]) // { ok: true, value: 12.7 }
 */
export function debtServiceRatioGeneral(args: ExcelArg[]): FunctionOutcome {
  const spec = DEBT_SERVICE_RATIO_FUNCTION;
  const series: Decimal[][] = [];
  for (let i = 0; i < 5; i++) {
    const read = argSeries(args, i, spec, 3) as ArgResult<Decimal[]>;
    if (!read.ok) return read;
    series.push(read.value);
  }
  const at = (p: number, y: number) => (series[p] as Decimal[])[y] as Decimal;
  const years = [0, 1, 2].map((y) =>
    debtServiceYear(at(0, y), at(1, y), at(2, y), at(3, y), at(4, y))
  );
  return fromResult(
    debtServiceRatio(years as [DebtServiceYear, DebtServiceYear, DebtServiceYear]),
    spec,
    4
  );
}
