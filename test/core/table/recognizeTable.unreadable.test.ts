import type { CellValue, Grid } from "../../../src/core/grid";
import { formatMessage } from "../../../src/core/messages";
import { countCells, recognizeTable, type TableRecognition } from "../../../src/core/table";

function grid(
  values: CellValue[][],
  extra: { numberFormats?: string[][]; formulas?: string[][]; top?: number; left?: number } = {}
): Grid {
  return { sheet: "Sheet1", top: extra.top ?? 0, left: extra.left ?? 0, values, ...extra };
}

const labels = (t: TableRecognition) => t.rows.map((r) => r.label);
const codeAt = (t: TableRecognition) =>
  t.issues.map((i) => [i.address, i.severity, i.issue.code] as const);

// 健全化判断比率 in the statutory order (地方公共団体の財政の健全化に関する法律 第2条): the two deficit
// ratios come first and are 「－」 when there is no deficit, as in almost every published sheet.
const ratios: CellValue[][] = [
  ["健全化判断比率"],
  ["(単位:%)"],
  ["区分", "令和3年度", "令和4年度", "令和5年度"],
  ["実質赤字比率", "－", "－", "－"],
  ["連結実質赤字比率", "－", "－", "－"],
  ["実質公債費比率", "12.3", "12.0", "11.8"],
  ["将来負担比率", "63.8", "58.2", "50.1"],
];

describe("recognizeTable — rows that are not figures", () => {
  it("keeps rows of 「－」 directly under the header as body rows (健全化判断比率)", () => {
    const t = recognizeTable(grid(ratios));
    expect(t.headerRows).toEqual([2]);
    expect(labels(t)).toEqual([
      "実質赤字比率",
      "連結実質赤字比率",
      "実質公債費比率",
      "将来負担比率",
    ]);
    expect(t.columns.map((c) => c.label)).toEqual(["令和3年度", "令和4年度", "令和5年度"]);
    expect(t.yearAxis?.years.map((y) => y.fiscalYear)).toEqual([2021, 2022, 2023]);
    expect(t.rows[0]!.cells.map((c) => [c.address, c.parsed.kind])).toEqual([
      ["B4", "none"],
      ["C4", "none"],
      ["D4", "none"],
    ]);
    expect(t.issues).toEqual([]);
  });

  it("keeps them in the body with the newest year first and without caption rows", () => {
    const t = recognizeTable(
      grid([
        ["", "令和5年度", "令和4年度", "令和3年度"],
        ["実質赤字比率", "―", "―", "―"],
        ["連結実質赤字比率", "-", "-", "-"],
        ["実質公債費比率", "11.8", "12.0", "12.3"],
      ])
    );
    expect(t.headerRows).toEqual([0]);
    expect(labels(t)).toEqual(["実質赤字比率", "連結実質赤字比率", "実質公債費比率"]);
    expect(t.yearAxis?.years.map((y) => y.fiscalYear)).toEqual([2023, 2022, 2021]);
  });

  it("keeps a 「－」 row under a two-row header out of the column labels", () => {
    const t = recognizeTable(
      grid([
        ["区分", "令和4年度", "", "令和5年度", ""],
        ["", "計画", "実績", "計画", "実績"],
        ["実質赤字比率", "－", "－", "－", "－"],
        ["実質公債費比率", "12.0", "12.1", "11.8", "11.9"],
      ])
    );
    expect(t.headerRows).toEqual([0, 1]);
    expect(t.columns.map((c) => c.label)).toEqual([
      "令和4年度 / 計画",
      "令和4年度 / 実績",
      "令和5年度 / 計画",
      "令和5年度 / 実績",
    ]);
    expect(labels(t)).toEqual(["実質赤字比率", "実質公債費比率"]);
  });

  it("keeps a row of words under a header that labels its label column as a body row", () => {
    const t = recognizeTable(
      grid([
        ["区分", "令和3年度", "令和4年度"],
        ["実質赤字比率", "赤字なし", "赤字なし"],
        ["実質公債費比率", "12.3", "12.0"],
      ])
    );
    expect(t.headerRows).toEqual([0]);
    expect(labels(t)).toEqual(["実質赤字比率", "実質公債費比率"]);
    expect(t.columns.map((c) => c.label)).toEqual(["令和3年度", "令和4年度"]);
  });

  it.each([
    ["a blank corner named in the second row", ""],
    ["the corner label repeated", "区分"],
    ["the corner merged over both rows", "区分"],
  ])("still reads a two-row header with %s", (name, corner) => {
    const second = name.includes("merged") ? "" : "区分";
    const t = recognizeTable(
      grid([
        [corner, "令和4年度", "", "令和5年度", ""],
        [second, "計画", "実績", "計画", "実績"],
        ["市税", "100", "101", "110", "108"],
      ])
    );
    expect(t.headerRows).toEqual([0, 1]);
    expect(t.columns.map((c) => c.label)).toEqual([
      "令和4年度 / 計画",
      "令和4年度 / 実績",
      "令和5年度 / 計画",
      "令和5年度 / 実績",
    ]);
    expect(labels(t)).toEqual(["市税"]);
  });

  it("keeps a row of Excel errors under the header as a body row and reports each cell", () => {
    const t = recognizeTable(
      grid(
        [
          ["", "令和3年度", "令和4年度", "令和5年度"],
          ["経常収支比率", "#DIV/0!", "#N/A", "#REF!"],
          ["市税", "5,159", "5,200", "5,300"],
        ],
        { top: 2, left: 1 }
      )
    );
    expect(t.headerRows).toEqual([2]);
    expect(t.columns.every((c) => !c.label.includes("#"))).toBe(true);
    expect(labels(t)).toEqual(["経常収支比率", "市税"]);
    expect(codeAt(t)).toEqual([
      ["C4", "error", "notation.excelErrorDiv0"],
      ["D4", "error", "notation.excelErrorNA"],
      ["E4", "error", "notation.excelErrorRef"],
    ]);
    expect(formatMessage(t.issues[0]!.issue, "ja")).toContain("#DIV/0!");
    expect(formatMessage(t.issues[0]!.issue, "en")).toContain("division by zero");
  });

  it("reports a formula's cached error and a formula with no result, never a blank", () => {
    const t = recognizeTable(
      grid(
        [
          ["", "R3", "R4", "R5"],
          ["市税", 100, "#DIV/0!", ""],
          ["合計", "", "", ""],
        ],
        {
          formulas: [
            ["", "", "", ""],
            ["", "", "=B5/C5", "=SUM(D5:D9)"],
            ["", "=SUM(B2)", "=SUM(C2)", "=SUM(D2)"],
          ],
        }
      )
    );
    // The row of uncalculated sums is a body row (it looked empty before formulas were read).
    expect(labels(t)).toEqual(["市税", "合計"]);
    expect(codeAt(t)).toEqual([
      ["C2", "error", "notation.excelErrorDiv0"],
      ["D2", "error", "table.notCalculated"],
      ["B3", "error", "table.notCalculated"],
      ["C3", "error", "table.notCalculated"],
      ["D3", "error", "table.notCalculated"],
    ]);
    expect(t.rows[0]!.cells[2]!.parsed.kind).toBe("invalid");
    expect(formatMessage(t.issues[1]!.issue, "en")).toBe(
      "Not calculated: the formula (=SUM(D5:D9)) has no saved result. Recalculate and save in Excel."
    );
    expect(countCells(t).blanks).toBe(0);
  });

  it("keeps a row of uncalculated formulas, label included, instead of dropping it as empty", () => {
    const t = recognizeTable(
      grid(
        [
          ["", "R3", "R4"],
          ["", "", ""],
          ["市税", "1", "2"],
        ],
        { formulas: [[], ["=A9", "=SUM(B3:B9)", "=SUM(C3:C9)"], []] }
      )
    );
    expect(t.headerRows).toEqual([0]);
    expect(t.rows.map((r) => r.address)).toEqual(["A2", "A3"]);
    expect(codeAt(t)).toEqual([
      ["A2", "error", "table.notCalculated"],
      ["B2", "error", "table.notCalculated"],
      ["C2", "error", "table.notCalculated"],
    ]);
  });

  it("keeps a column of uncalculated formulas naming a Japanese sheet as data, not labels", () => {
    const t = recognizeTable(
      grid(
        [
          ["区分", "", "令和5年度"],
          ["市税", "", "5,300"],
          ["地方交付税", "", "2,100"],
        ],
        { formulas: [[], ["", "='歳入'!B2"], ["", "='歳入'!B3"]] }
      )
    );
    // A column without a header next to the labels joins them only when it holds words.
    expect(t.labelColumns).toEqual([0]);
    expect(labels(t)).toEqual(["市税", "地方交付税"]);
    expect(codeAt(t)).toEqual([
      ["B2", "error", "table.notCalculated"],
      ["B3", "error", "table.notCalculated"],
    ]);
  });

  it("reports dates, TRUE/FALSE and number-like text in figure cells with their reasons", () => {
    const t = recognizeTable(
      grid(
        [
          ["(単位:千円)", "令和4年度", "令和5年度"],
          ["市税", 45000, 45292],
          ["地方交付税", true, false],
          ["国庫支出金", "△", "△△5"],
          ["県支出金", "△-5", "[123]"],
          ["繰越金", "\u200b123", "1,234"],
        ],
        { numberFormats: [[], ["General", "yyyy/m/d", '[$-ja-JP]ggge"年"m"月"d"日"']] }
      )
    );
    expect(labels(t)).toEqual(["市税", "地方交付税", "国庫支出金", "県支出金", "繰越金"]);
    expect(codeAt(t)).toEqual([
      ["B2", "error", "notation.dateValue"],
      ["C2", "error", "notation.dateValue"],
      ["B3", "error", "notation.booleanValue"],
      ["C3", "error", "notation.booleanValue"],
      ["B4", "error", "notation.signOnly"],
      ["C4", "error", "notation.doubleSign"],
      ["B5", "error", "notation.doubleSign"],
      ["C5", "error", "notation.bracketedFigure"],
      ["B6", "error", "notation.invisibleCharacters"],
    ]);
    expect(formatMessage(t.issues[0]!.issue, "ja")).toContain("2023-03-15");
    expect(t.rows[4]!.cells[1]!.value?.toFixed()).toBe("1234");
  });

  it("reports a label cell that holds an Excel error and reads labels with control characters", () => {
    const t = recognizeTable(
      grid([
        ["", "R3", "R4"],
        ["#REF!", "1", "2"],
        ["市\u0007税", "3", "4"],
        ["地方\u200b交付税", "5", "6"],
      ])
    );
    expect(labels(t)).toEqual(["#REF!", "市\u0007税", "地方\u200b交付税"]);
    expect(codeAt(t)).toEqual([["A2", "error", "notation.excelErrorRef"]]);
    expect(t.rows[1]!.cells.map((c) => c.value?.toFixed())).toEqual(["3", "4"]);
  });
});

describe("countCells", () => {
  it("lists exactly the cells that hold something and could not be read", () => {
    const t = recognizeTable(
      grid(
        [
          ["", "R3", "R4", "R5"],
          ["実質赤字比率", "－", "#VALUE!", ""],
          ["市税", "1", "12a3", ""],
          ["#N/A", true, "3", ""],
        ],
        { formulas: [[], [], ["", "", "", "=B3*2"], []] }
      )
    );
    const counts = countCells(t);
    expect(counts.unreadable.map((i) => i.address)).toEqual(["C2", "C3", "D3", "A4", "B4"]);
    expect([counts.numbers, counts.blanks, counts.none, counts.texts]).toEqual([2, 2, 1, 0]);
    // Every data cell read as invalid is among them (the pane and the CLI list these).
    const invalid = t.rows.flatMap((r) =>
      r.cells.filter((c) => c.parsed.kind === "invalid").map((c) => c.address)
    );
    for (const a of invalid) expect(counts.unreadable.map((i) => i.address)).toContain(a);
  });
});

describe("recognizeTable on 130,000 rows", () => {
  it("stays linear and passes no huge array as call arguments", () => {
    const rows = 130_000;
    const values: CellValue[][] = [["", "令和3年度", "令和4年度", "令和5年度"]];
    // Every row holds an unreadable cell: 130,000 issues, which push(...issues) cannot pass.
    for (let r = 0; r < rows; r++)
      values.push([`項目${r}`, r, "#N/A", r % 3 === 0 ? "－" : "1,234"]);
    const started = performance.now();
    const t = recognizeTable(grid(values));
    const elapsed = performance.now() - started;
    expect(t.rows).toHaveLength(rows);
    expect(t.issues).toHaveLength(rows);
    expect(countCells(t).unreadable).toHaveLength(rows);
    // Measured 5–10 s on the shared 2-core machine under a load average of 10 (e6ef8ab threw
    // instead); a quadratic pass over 130,000 rows would take hours, so the bound only catches that.
    expect(elapsed).toBeLessThan(45_000);
  }, 90_000);
});
