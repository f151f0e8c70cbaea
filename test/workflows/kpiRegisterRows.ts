import type { CellValue } from "../../src/core/grid";

const HEADER = [
  "No",
  "テーマ",
  "指標",
  "単位",
  "方向",
  "目標の種類",
  "基準年度",
  "基準値",
  "目標年度",
  "目標値",
  "R7計画",
  "R8計画",
  "R9計画",
  "R10計画",
  "R11計画",
  "R7実績",
  "R8実績",
];
const THEMES = ["健全な財政運営", "市民サービスの向上", "業務の効率化", "DXの推進"];

/**
 * A generated register of `n` indicators (the KPI bench and the fake-Excel workflow test): plans
 * R7–R11, actuals R7 and R8 (every tenth row has no R8 actual), yearly levels (higher or lower
 * is better) and running totals.
 */
export function registerRows(n: number): CellValue[][] {
  const rows: CellValue[][] = [HEADER];
  for (let i = 0; i < n; i += 1) {
    const base = 100 + ((i * 37) % 900);
    const kind = i % 3;
    const step = 10 + (i % 7);
    const plans = [1, 2, 3, 4, 5].map((k) =>
      kind === 1 ? base - step * k : kind === 2 ? step * k : base + step * k
    );
    const actual = (k: number) => plans[k]! + (((i * 13 + k) % 9) - 4) * (step / 4);
    rows.push([
      i + 1,
      THEMES[i % THEMES.length]!,
      `指標${i + 1}`,
      "件",
      kind === 1 ? "減少" : "増加",
      kind === 2 ? "累計" : "毎年度",
      kind === 2 ? "" : "R6",
      kind === 2 ? "" : base,
      "R11",
      plans[4]!,
      ...plans,
      actual(0),
      i % 10 === 9 ? "" : actual(1),
    ]);
  }
  return rows;
}
