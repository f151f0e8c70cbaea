/**
 * Fiscal indicator throughput through the catalogue entries' `evaluate` (the path custom functions
 * and `zaisei calc` take: argument coercion, exact decimal arithmetic, official rounding), against
 * the same formulas in plain binary floats in the same process. The ratio is the price of exactness.
 * Whole-number inputs (the usual 千円 / 百万円 figures) take an exact BigInt fast path; anything
 * else takes the general decimal.js path, measured separately.
 * Run alone: npx tsx -e "import('./bench/indicators.ts').then(m=>console.log(m.run().join('\n')))"
 */
import {
  COLLECTION_RATE_FUNCTION,
  DEBT_SERVICE_RATIO_FUNCTION,
} from "../src/core/catalogue/indicators";
import { collectionRateGeneral } from "../src/core/catalogue/indicators/collectionRateFunction";
import { debtServiceRatioGeneral } from "../src/core/catalogue/indicators/debtServiceRatioFunction";
import type { ExcelArg, FunctionSpec } from "../src/core/catalogue/types";

const SETS = 100_000;
const GOAL = 200_000;

function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s;
  };
}

/** 3-year 実質公債費比率 inputs shaped like the 鳥取県 sheet (百万円), each a 1 × 3 row. */
function debtArgs(): ExcelArg[][] {
  const next = lcg(7);
  const out: ExcelArg[][] = [];
  for (let i = 0; i < SETS; i++) {
    const row = (base: number, spread: number) => [[0, 1, 2].map(() => base + (next() % spread))];
    out.push([
      row(55000, 8000),
      row(3000, 2000),
      row(400, 100),
      row(38000, 6000),
      row(210000, 15000),
    ]);
  }
  return out;
}

/** 現年・滞繰 調定額 and 収入済額 (千円), two-cell columns. */
function collectionArgs(): ExcelArg[][] {
  const next = lcg(11);
  const out: ExcelArg[][] = [];
  for (let i = 0; i < SETS; i++) {
    const current = 1_000_000 + (next() % 9_000_000);
    const arrears = 10_000 + (next() % 500_000);
    const collectedCurrent = current - (next() % Math.floor(current / 50));
    const collectedArrears = arrears - (next() % arrears);
    out.push([
      [[current], [arrears]],
      [[collectedCurrent], [collectedArrears]],
    ]);
  }
  return out;
}

function floatDebt(args: ExcelArg[]): number {
  const [a, b, c, d, e] = args.map((x) => (x as number[][])[0] as number[]) as [
    number[],
    number[],
    number[],
    number[],
    number[],
  ];
  let total = 0;
  for (let y = 0; y < 3; y++) {
    total +=
      (((a[y] as number) + (b[y] as number) - ((c[y] as number) + (d[y] as number))) /
        ((e[y] as number) - (d[y] as number))) *
      100;
  }
  return Math.trunc((total / 3) * 10) / 10;
}

function floatCollection(args: ExcelArg[]): number {
  const assessed = args[0] as number[][];
  const collected = args[1] as number[][];
  let a = 0;
  let c = 0;
  for (let i = 0; i < assessed.length; i++) {
    a += (assessed[i] as number[])[0] as number;
    c += (collected[i] as number[])[0] as number;
  }
  return Math.round((c / a) * 1000) / 10;
}

function perSecond(
  sets: ExcelArg[][],
  evaluate: (args: ExcelArg[]) => unknown
): { rate: number; results: unknown[] } {
  for (const args of sets.slice(0, 5_000)) evaluate(args); // warm up the JIT on the same shapes
  const results: unknown[] = new Array(sets.length);
  const start = performance.now();
  for (let i = 0; i < sets.length; i++) results[i] = evaluate(sets[i] as ExcelArg[]);
  return { rate: sets.length / ((performance.now() - start) / 1000), results };
}

function compare(
  name: string,
  spec: FunctionSpec,
  sets: ExcelArg[][],
  float: (args: ExcelArg[]) => number,
  general: (args: ExcelArg[]) => unknown
): string[] {
  const exact = perSecond(sets, (args) => spec.evaluate(args));
  const plain = perSecond(sets, float);
  // The general path (text notation, decimals, blanks) on the same figures: what non-integer input costs.
  const slow = perSecond(sets.slice(0, SETS / 10), general);
  let differ = 0;
  exact.results.forEach((r, i) => {
    const outcome = r as { ok: boolean; value?: unknown };
    if (!outcome.ok || outcome.value !== plain.results[i]) differ++;
  });
  const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
  return [
    `${name}: ${fmt(exact.rate)} evaluations/s through the catalogue (goal ${fmt(GOAL)}: ${exact.rate >= GOAL ? "met" : "NOT met"})`,
    `  plain float, same formula: ${fmt(plain.rate)} /s — exact path is ${(plain.rate / exact.rate).toFixed(1)}× slower`,
    `  general decimal.js path (taken for text, decimals, blanks): ${fmt(slow.rate)} /s`,
    `  results that differ from the float version: ${differ} of ${sets.length}`,
  ];
}

/** Runs both benchmarks and returns the report lines. */
export function run(): string[] {
  return [
    ...compare(
      "DEBT_SERVICE_RATIO (5 × 3 cells)",
      DEBT_SERVICE_RATIO_FUNCTION,
      debtArgs(),
      floatDebt,
      debtServiceRatioGeneral
    ),
    ...compare(
      "COLLECTION_RATE (2 × 2 cells)",
      COLLECTION_RATE_FUNCTION,
      collectionArgs(),
      floatCollection,
      collectionRateGeneral
    ),
  ];
}
