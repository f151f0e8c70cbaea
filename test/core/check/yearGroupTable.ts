import { D, roundDecimal, type Decimal } from "../../../src/core/decimal";
import type { CellValue, Grid } from "../../../src/core/grid";

/** A figure as finance tables print it: 「1,234」, 「△ 65」, 「12.5」. */
export function printed(v: Decimal, places = 0): string {
  const s = v
    .abs()
    .toFixed(places)
    .replace(/^(\d+)/, (int) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ","));
  return v.isNeg() && !v.isZero() ? `△ ${s}` : s;
}

export interface YearGroupOptions {
  unit: "千円" | "円";
  mode: "half-up" | "down";
  newestFirst?: boolean;
}

/**
 * A 決算 table under a two-row header: each year (令和3年度 …) merged over 決算額 / 構成比 /
 * 増減額 / 増減率, item rows and a 合計, every cell rounded on its own from exact 円 amounts.
 * `items[i][0]` is the year before the table (so the first year's 増減額 and 増減率 exist but its
 * previous year is not in the table). Shares and rates are rounded to 1 place by `mode` too.
 */
export function yearGroupGrid(items: Decimal[][], options: YearGroupOptions): Grid {
  const factor = options.unit === "千円" ? 1000 : 1;
  const years = items[0]!.length - 1;
  const amount = (v: Decimal) => printed(roundDecimal(v.div(factor), 0, options.mode));
  const pct = (v: Decimal) => printed(roundDecimal(v, 1, options.mode), 1);
  const total = Array.from({ length: years + 1 }, (_, t) =>
    items.reduce((s, row) => s.plus(row[t]!), new D(0))
  );
  const order = Array.from({ length: years }, (_, i) => i + 1);
  if (options.newestFirst) order.reverse();
  const header1: CellValue[] = ["区分"];
  const header2: CellValue[] = [""];
  for (const t of order) {
    header1.push(`令和${t + 2}年度`, "", "", "");
    header2.push("決算額", "構成比", "増減額", "増減率");
  }
  const line = (label: string, v: Decimal[]): CellValue[] => {
    const cells: CellValue[] = [label];
    for (const t of order) {
      const change = v[t]!.minus(v[t - 1]!);
      cells.push(
        amount(v[t]!),
        pct(v[t]!.div(total[t]!).times(100)),
        amount(change),
        pct(change.div(v[t - 1]!).times(100))
      );
    }
    return cells;
  };
  const values: CellValue[][] = [
    ["歳入決算の推移"],
    [`単位:${options.unit}`],
    header1,
    header2,
    ...items.map((row, i) => line(`歳入${i + 1}`, row)),
    line("合計", total),
  ];
  return { sheet: "generated", top: 0, left: 0, values };
}

/** A grid with cells replaced (A1 addresses, one letter). */
export function withCells(grid: Grid, changes: Record<string, string>): Grid {
  const values = grid.values.map((r) => [...r]);
  for (const [address, text] of Object.entries(changes)) {
    const m = /^([A-Z])(\d+)$/.exec(address)!;
    values[Number(m[2]) - 1]![m[1]!.charCodeAt(0) - 65] = text;
  }
  return { ...grid, values };
}

/**
 * A 推移 table with years in columns (令和3年度 …) and, under each item, its 対前年度増減額 and
 * 対前年度増減率 lines, every cell rounded on its own from exact 円 amounts (`items[i][0]` is the
 * year before the table, as in {@link yearGroupGrid}).
 */
export function yearOnYearLinesGrid(items: Decimal[][], options: YearGroupOptions): Grid {
  const factor = options.unit === "千円" ? 1000 : 1;
  const years = items[0]!.length - 1;
  const order = Array.from({ length: years }, (_, i) => i + 1);
  if (options.newestFirst) order.reverse();
  const values: CellValue[][] = [
    ["歳入の推移"],
    [`単位:${options.unit}`],
    ["区分", ...order.map((t) => `令和${t + 2}年度`)],
  ];
  items.forEach((v, i) => {
    const change = (t: number) => v[t]!.minus(v[t - 1]!);
    values.push([
      `歳入${i + 1}`,
      ...order.map((t) => printed(roundDecimal(v[t]!.div(factor), 0, options.mode))),
    ]);
    values.push([
      "対前年度増減額",
      ...order.map((t) => printed(roundDecimal(change(t).div(factor), 0, options.mode))),
    ]);
    values.push([
      "対前年度増減率",
      ...order.map((t) =>
        printed(
          roundDecimal(
            change(t)
              .div(v[t - 1]!)
              .times(100),
            1,
            options.mode
          ),
          1
        )
      ),
    ]);
  });
  return { sheet: "generated", top: 0, left: 0, values };
}
