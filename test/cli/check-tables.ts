import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CellValue } from "../../src/core/grid";
import { MemoryWorkbook } from "../../src/workbook/memory";

export interface PlanOptions {
  unit?: "千円" | "円";
  years?: number;
  /** Years from the newest (決算 tables printed newest first). */
  newestFirst?: boolean;
  /** Years down the rows, items across the columns. */
  yearsAsRows?: boolean;
  /** One planted error: a changed 歳入合計, a broken 繰越金, a fund balance off in one year. */
  plant?: "total" | "carryForward" | "fund";
  /** Write the totals as formulas (=SUM…) with their cached results. */
  formulas?: boolean;
  /** Extra cells to overwrite: [item label, year index, value]. */
  cells?: [string, number, CellValue][];
}

/**
 * A consistent financial plan (収支の見通し): revenue and spending with totals, the balance, the
 * carry-forward from the previous year's 決算収支合計 and a fund fed by △積立 and 繰入. Every
 * identity holds exactly unless one error is planted. The index of the planted year is 2.
 */
export function planTable(options: PlanOptions = {}): {
  rows: CellValue[][];
  formulas: (string | null)[][];
  items: string[];
  cellOf: (item: string, year: number) => string;
} {
  const n = options.years ?? 6;
  const scale = options.unit === "円" ? 1000 : 1;
  const years = Array.from({ length: n }, (_, t) => 2020 + t);
  const series = new Map<string, number[]>();
  const put = (label: string, f: (t: number) => number) =>
    series.set(
      label,
      years.map((_, t) => f(t))
    );
  const get = (label: string, t: number) => series.get(label)![t]!;
  put("市税", (t) => (5159 + 37 * t) * scale);
  put("地方交付税", (t) => (4310 - 21 * t) * scale);
  put("歳入合計", (t) => get("市税", t) + get("地方交付税", t));
  put("人件費", (t) => (4700 + 13 * t) * scale);
  put("扶助費", (t) => (4600 + 29 * t) * scale);
  put("歳出合計", (t) => get("人件費", t) + get("扶助費", t));
  put("収支差引額", (t) => get("歳入合計", t) - get("歳出合計", t));
  put("財政調整基金への積立", (t) => -(40 + 5 * t) * scale);
  put("財政調整基金からの繰入", (t) => (60 + 3 * t) * scale);
  const carry: number[] = [];
  const settled: number[] = [];
  for (let t = 0; t < n; t += 1) {
    carry.push(t === 0 ? 150 * scale : settled[t - 1]!);
    settled.push(
      get("収支差引額", t) +
        carry[t]! +
        get("財政調整基金への積立", t) +
        get("財政調整基金からの繰入", t)
    );
  }
  series.set("前年度からの繰越金", carry);
  series.set("決算収支合計", settled);
  let balance = 2000 * scale;
  put("財政調整基金残高", (t) => {
    if (t > 0)
      balance = balance - get("財政調整基金への積立", t) - get("財政調整基金からの繰入", t);
    return balance;
  });
  const items = [
    "市税",
    "地方交付税",
    "歳入合計",
    "人件費",
    "扶助費",
    "歳出合計",
    "収支差引額",
    "前年度からの繰越金",
    "財政調整基金への積立",
    "財政調整基金からの繰入",
    "決算収支合計",
    "財政調整基金残高",
  ];
  const plantAt = 2;
  if (options.plant === "total") series.get("歳入合計")![plantAt]! += 100 * scale;
  if (options.plant === "carryForward") series.get("前年度からの繰越金")![plantAt]! += 25 * scale;
  if (options.plant === "fund") series.get("財政調整基金残高")![plantAt]! += 70 * scale;
  const order = years.map((_, t) => t);
  if (options.newestFirst) order.reverse();
  const value = (item: string, t: number): CellValue => {
    const own = options.cells?.find(([label, year]) => label === item && year === t);
    return own ? own[2] : get(item, t);
  };
  const header = order.map((t) => `${years[t]}年度`);
  const top = 3;
  const body: CellValue[][] = options.yearsAsRows
    ? [
        ["年度", ...items],
        ...order.map((t) => [header[order.indexOf(t)]!, ...items.map((i) => value(i, t))]),
      ]
    : [["区分", ...header], ...items.map((i) => [i, ...order.map((t) => value(i, t))])];
  const rows: CellValue[][] = [
    ["財政見通し（検算テスト）"],
    [`単位:${options.unit ?? "千円"}`],
    ...body,
  ];
  const formulas: (string | null)[][] = rows.map((r) => r.map(() => null));
  const cellOf = (item: string, t: number): string => {
    const pos = order.indexOf(t);
    const i = items.indexOf(item);
    const [r, c] = options.yearsAsRows ? [top + pos, 1 + i] : [top + i, 1 + pos];
    return `${String.fromCharCode(65 + c)}${r + 1}`;
  };
  if (options.formulas && !options.yearsAsRows) {
    const total = items.indexOf("歳入合計");
    order.forEach((t, pos) => {
      const col = String.fromCharCode(66 + pos);
      formulas[top + total]![1 + pos] = `=SUM(${col}${top + 1}:${col}${top + 2})`;
    });
  }
  return { rows, formulas, items, cellOf };
}

/** Writes the plan as an .xlsx file (sheet 「見通し」) and returns its path. */
export async function writePlan(
  dir: string,
  name: string,
  options: PlanOptions = {}
): Promise<string> {
  const { rows, formulas } = planTable(options);
  const wb = MemoryWorkbook.fromSheets([{ name: "見通し", rows, formulas }]);
  const file = join(dir, name);
  writeFileSync(file, await wb.toXlsx());
  return file;
}
