import { checkTable } from "../../../src/core/check";
import type { CellValue, Grid } from "../../../src/core/grid";
import { recognizeTable } from "../../../src/core/table";
import { gridFromTsv } from "../table/himiGrids";
import { generatedOutlook } from "./generatedTable";

const texts = (grid: Grid) => checkTable(recognizeTable(grid)).rules.map((r) => r.text);

/** The 氷見 outlook with every 積立 printed as a positive amount (the fund's own sign). */
function depositsAsAmounts(): Grid {
  const grid = gridFromTsv("himi-fiscal-outlook.tsv");
  const values = grid.values.map((row) =>
    String(row[0] ?? "").endsWith("への積立")
      ? row.map((v, c) => (c === 0 ? v : String(v).replace(/^△\s*/, "")))
      : row
  );
  return { ...grid, values };
}

describe("inferRules through checkTable", () => {
  it("subtracts 積立 printed as amounts, in the total and in the fund roll-forward", () => {
    const grid = depositsAsAmounts();
    const rules = texts(grid);
    expect(rules).toContain(
      "決算収支合計 = 収支差引額(A-B) + 前年度からの繰越金 - 財政調整基金への積立 + 財政調整基金からの繰入 - 減債基金への積立 + 減債基金からの繰入 - 特定目的基金への積立 + 特定目的基金からの繰入 + 公債費繰上債還分"
    );
    expect(rules).toContain(
      "財政調整基金残高[t] = 財政調整基金残高[t-1] + 財政調整基金への積立 - 財政調整基金からの繰入"
    );
    // The same two 特定目的基金残高 gaps and nothing else, under the other sign convention.
    const findings = checkTable(recognizeTable(grid)).findings;
    expect(findings.map((f) => [f.severity, f.address, f.difference?.toFixed()])).toEqual([
      ["confirm", "C31", "300"],
      ["confirm", "D31", "400"],
    ]);
  });

  it("sums 小計 of their own members and a 合計 of the 小計 under a heading", () => {
    const values: CellValue[][] = [
      ["歳入"],
      ["単位:千円"],
      ["", "令和5年度", "令和6年度"],
      ["特別会計", "", ""],
      ["国民健康保険", "10", "11"],
      ["介護保険", "20", "22"],
      ["小計", "30", "33"],
      ["下水道", "5", "6"],
      ["水道", "5", "6"],
      ["小計", "10", "12"],
      ["合計", "40", "45"],
    ];
    const grid: Grid = { sheet: "t", top: 0, left: 0, values };
    expect(texts(grid)).toEqual([
      "小計 = 国民健康保険 + 介護保険",
      "小計 = 下水道 + 水道",
      "合計 = 小計 + 小計",
    ]);
    expect(checkTable(recognizeTable(grid)).findings).toEqual([]);
  });

  it("does not take 一般会計 or 統計 for a total", () => {
    const values: CellValue[][] = [
      ["表"],
      ["単位:千円"],
      ["", "令和5年度"],
      ["a", "1"],
      ["b", "2"],
      ["一般会計", "3"],
    ];
    expect(texts({ sheet: "t", top: 0, left: 0, values })).toEqual([]);
  });
});

describe("inferTotals across blank lines", () => {
  // Blocks printed with a blank line after each 小計, and a 合計 after every five: the 合計 sums
  // the five 小計 above it (a 合計 with no members of its own in its block).
  it("makes a 合計 the sum of the 小計 above it and finds a changed 合計", () => {
    const grid = generatedOutlook(5, 4);
    const r = grid.values.findIndex((row) => row[0] === "グループ4合計");
    grid.values[r]![2] = String(Number(grid.values[r]![2]) - 11);
    const result = checkTable(recognizeTable(grid));
    const rule = result.rules.find((x) => x.target.label === "グループ4合計");
    expect(rule?.text).toBe(
      "グループ4合計 = ブロック0小計 + ブロック1小計 + ブロック2小計 + ブロック3小計 + ブロック4小計"
    );
    expect(result.findings.map((f) => [f.severity, f.address, f.difference?.toString()])).toEqual([
      ["error", `C${r + 1}`, "-11"],
    ]);
  });
});
