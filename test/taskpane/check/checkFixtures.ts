import { readFileSync } from "fs";
import { join } from "path";
import type { CellValue } from "../../../src/core/grid";
import { MemoryWorkbook } from "../../../src/workbook/memory";

/** The sample workbook the browser host offers first (氷見市 中長期財政見通し, 百万円). */
export async function himiWorkbook(): Promise<MemoryWorkbook> {
  return MemoryWorkbook.fromXlsx(
    readFileSync(join(__dirname, "../../../assets/samples/himi-fiscal-outlook.xlsx"))
  );
}

/**
 * A small 千円 table built here: three revenue lines and their 合計 over three years, with one
 * planted error — 合計 令和5年度 (D7) is printed 2,220 where 市税 + 地方交付税 + 国庫支出金 give
 * 1,300 + 1,050 − 40 = 2,310 — so the pane must show a difference of △90 千円, with thousands
 * separators. R3 and R4 add up (2,200; 1,250 + 950 − 50 = 2,150).
 */
export const PLANTED_ROWS: CellValue[][] = [
  ["試験用 歳入の推移"],
  ["", "", "", "(単位:千円)"],
  ["", "令和3年度", "令和4年度", "令和5年度"],
  ["市税", 1200, 1250, 1300],
  ["地方交付税", 900, 950, 1050],
  ["国庫支出金", 100, "△ 50", -40],
  ["合計", 2200, 2150, 2220],
];

export function plantedWorkbook(): MemoryWorkbook {
  const wb = MemoryWorkbook.fromSheets([{ name: "歳入", rows: PLANTED_ROWS }]);
  wb.setSelection({ sheet: "歳入", address: "A1:D7" });
  return wb;
}
