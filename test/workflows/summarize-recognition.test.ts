import type { CellValue, Grid } from "../../src/core/grid";
import type { RangeRef, ReadOptions, WorkbookPort } from "../../src/workbook/port";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";
import { recognizeTable } from "../../src/core/table";
import { inspectRange, inspectSheet, summarizeRecognition } from "../../src/workflows";

/** Every kind of cell that holds something and is not a figure, one per data cell. */
const AWKWARD: CellValue[][] = [
  ["(単位:千円)", "令和3年度", "令和4年度", "令和5年度"],
  ["実質赤字比率", "－", "－", "－"],
  ["市税", "#DIV/0!", 45000, true],
  ["地方交付税", "△△5", "[123]", "\u200b123"],
  ["合計", "", "1,234", "△"],
];
const FORMATS = [[], [], ["", "", "yyyy/m/d", ""]];
const FORMULAS = [[], [], [], [], ["", "=SUM(B3:B4)", "", ""]];

function grid(): Grid {
  return {
    sheet: "s",
    top: 0,
    left: 0,
    values: AWKWARD,
    numberFormats: FORMATS,
    formulas: FORMULAS,
  };
}

describe("summarizeRecognition", () => {
  it("lists every cell that is not a figure with its address and reason, and no other", () => {
    const s = summarizeRecognition(recognizeTable(grid()), "en");
    expect(s.unreadable.map((u) => [u.address, u.code])).toEqual([
      ["B3", "notation.excelErrorDiv0"],
      ["C3", "notation.dateValue"],
      ["D3", "notation.booleanValue"],
      ["B4", "notation.doubleSign"],
      ["C4", "notation.bracketedFigure"],
      ["D4", "notation.invisibleCharacters"],
      ["B5", "table.notCalculated"],
      ["D5", "notation.signOnly"],
    ]);
    expect(s.unreadable[6]!.message).toBe(
      "Not calculated: the formula (=SUM(B3:B4)) has no saved result. Recalculate and save in Excel."
    );
    expect(s.rowLabels).toEqual(["実質赤字比率", "市税", "地方交付税", "合計"]);
    expect([s.readableNumbers, s.blanks, s.none, s.texts]).toEqual([1, 0, 3, 0]);
  });
});

/** The memory workbook with formulas handed over when (and only when) a read asks for them. */
function withFormulas(wb: MemoryWorkbook, formulas: string[][]): WorkbookPort {
  const readRange = async (ref: RangeRef, options: ReadOptions = {}) => {
    const g = await wb.readRange(ref, options);
    return options.formulas ? { ...g, formulas } : g;
  };
  const readUsedRange = async (sheet: string, options: ReadOptions = {}) => {
    const g = await wb.readUsedRange(sheet, options);
    return g && options.formulas ? { ...g, formulas } : g;
  };
  return Object.assign(Object.create(wb) as WorkbookPort, { readRange, readUsedRange });
}

describe("inspectRange and inspectSheet", () => {
  const book = () =>
    withFormulas(
      MemoryWorkbook.fromSheets([{ name: "表", rows: AWKWARD, numberFormats: FORMATS }]),
      FORMULAS
    );

  it("read formulas, so a formula without a result is reported and not counted as blank", async () => {
    for (const report of [
      await inspectRange(book(), { sheet: "表", address: "A1:D5" }),
      await inspectSheet(book(), "表"),
    ]) {
      expect(report.summary.unreadable.map((u) => u.address)).toContain("B5");
      expect(report.summary.blanks).toBe(0);
    }
  });

  it("do not call a range of uncalculated formulas empty", async () => {
    const wb = MemoryWorkbook.fromSheets([
      {
        name: "表",
        rows: [
          ["", ""],
          ["", ""],
        ],
      },
    ]);
    const port = withFormulas(wb, [
      ["=A2", "=B2"],
      ["=1", "=2"],
    ]);
    const report = await inspectRange(port, { sheet: "表", address: "A1:B2" });
    expect(report.summary.unreadable.length).toBeGreaterThan(0);
  });
});
