import type { CellValue } from "../../src/core/grid";
import type { SheetData } from "../../src/workbook/memory/MemoryWorkbook";

/**
 * The top of the 氷見 outlook as the sample workbook lays it out (assets/samples, from
 * data/himi-fiscal-outlook.tsv): title in A1, 「単位:百万円」 in L2, years in row 3, labels in A.
 * One figure is printed as "(123)" — ambiguous parentheses (domain.md §2) — so the pane must
 * report it as unreadable rather than guess.
 */
export const HIMI_YEARS = [2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030];

export function himiSheet(): SheetData {
  const blank11 = (): CellValue[] => Array.from({ length: 11 }, () => "");
  const rows: CellValue[][] = [
    ["氷見市 中長期財政見通し(令和3年度～令和12年度) 一般会計 一般財源ベース", ...blank11()],
    ["", ...blank11().slice(0, 10), "単位:百万円"],
    ["", ...HIMI_YEARS.map((y) => `令和${y - 2018}年度`)],
    // data/himi-fiscal-outlook.tsv rows 市税, 収支差引額(A-B) (printed with △), 減債基金への積立.
    ["市税", 5159, 4737, 4954, 4966, 4869, 4873, 4847, 4751, 4724, 4695, 4601],
    ["収支差引額(A-B)", -65, -647, -397, -495, -586, -750, -907, -888, -870, -846, -948],
    ["減債基金への積立", "", -393, -975, -180, -65, -65, -65, -35, -35, -17, ""],
    ["特定目的基金への積立", "(123)", "", "", "", "", "", "", "", "", "", ""],
  ];
  return { name: "中長期財政見通し", rows };
}
