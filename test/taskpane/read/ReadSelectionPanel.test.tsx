import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { CellValue } from "../../../src/core/grid";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";
import type { RangeRef, ReadOptions, WorkbookPort } from "../../../src/workbook/port";
import { ReadSelectionPanel } from "../../../src/taskpane/read/ReadSelectionPanel";
import { renderInPane } from "../renderWithPane";

/**
 * A 千円 table with a row of 「－」 under the header and every kind of cell the add-in cannot read
 * as a figure, plus cells that state their own unit (1億2,000万円, 12件).
 */
const ROWS: CellValue[][] = [
  ["(単位:千円)", "令和3年度", "令和4年度", "令和5年度"],
  ["実質赤字比率", "－", "－", "－"],
  ["市税", "#DIV/0!", 45000, true],
  ["地方交付税", "1億2,000万円", "12件", "\u200b123"],
  ["合計", "", "1,234", "△△5"],
];
const FORMATS = [[], [], ["", "", "yyyy/m/d", ""]];
const FORMULAS = [[], [], [], [], ["", "=SUM(B3:B4)", "", ""]];

/** The memory workbook, handing over the formulas when a read asks for them (as Excel would). */
function port(): WorkbookPort {
  const wb = MemoryWorkbook.fromSheets([{ name: "表", rows: ROWS, numberFormats: FORMATS }]);
  wb.setSelection({ sheet: "表", address: "A1:D5" });
  const readRange = async (ref: RangeRef, options: ReadOptions = {}) => {
    const g = await wb.readRange(ref, options);
    return options.formulas ? { ...g, formulas: FORMULAS } : g;
  };
  return Object.assign(Object.create(wb) as WorkbookPort, { readRange });
}

async function readSelection(lang: "ja" | "en" = "ja") {
  const user = userEvent.setup();
  renderInPane(<ReadSelectionPanel port={port()} />, lang);
  await user.click(
    screen.getByRole("button", { name: lang === "ja" ? "選択範囲を読む" : "Read selection" })
  );
  return screen.findByRole("region", {
    name: lang === "ja" ? "読み取り結果" : "What the add-in understood",
  });
}

function cellsOf(result: HTMLElement, label: string): (string | null)[] {
  const tr = within(result).getByRole("rowheader", { name: label }).closest("tr")!;
  return within(tr)
    .getAllByRole("cell")
    .map((c) => c.textContent);
}

describe("ReadSelectionPanel", () => {
  it("lists every cell it cannot read with its address and reason", async () => {
    const result = await readSelection();
    const list = within(result).getByRole("list", { name: "読めないセルが 6 個あります" });
    const items = within(list)
      .getAllByRole("listitem")
      .map((li) => li.textContent ?? "");
    expect(items.map((t) => t.split(":")[0])).toEqual(["B3", "C3", "D3", "D4", "B5", "D5"]);
    expect(items[0]).toMatch(/#DIV\/0!.*0 または空のセルで割っています/);
    expect(items[1]).toMatch(/日付.*2023-03-15/);
    expect(items[2]).toMatch(/論理値 TRUE/);
    expect(items[3]).toMatch(/見えない文字\(U\+200B\)/);
    expect(items[4]).toMatch(/=SUM\(B3:B4\).*再計算して保存/);
    expect(items[5]).toMatch(/符号が二重/);
    expect(within(result).queryByText("すべての数値を読み取れました。")).not.toBeInTheDocument();
    expect(within(result).getByText(/読めないセル 6 個/)).toBeInTheDocument();
  });

  it("keeps the row of 「－」 as a row and shows each figure in the row's unit", async () => {
    const result = await readSelection();
    const rows = within(result).getByRole("region", { name: "行見出しと数値" });
    expect(
      within(rows)
        .getAllByRole("rowheader")
        .map((h) => h.textContent)
    ).toEqual(["実質赤字比率", "市税", "地方交付税", "合計"]);
    expect(
      within(rows)
        .getAllByRole("columnheader")
        .map((h) => h.textContent)
    ).toEqual(["行見出し", "令和3年度", "令和4年度", "令和5年度"]);
    expect(cellsOf(rows, "実質赤字比率")).toEqual(["－", "－", "－"]);
    // 1億2,000万円 = 120,000 千円; 12件 stays 件 and is listed as a note on the table.
    expect(cellsOf(rows, "地方交付税").slice(0, 2)).toEqual(["120,000", "12件"]);
    const notes = within(result).getByText("表についての注意(1 件)").closest("div")!;
    expect(notes).toHaveTextContent(/C4:.*「件」.*「千円」/);
  });

  it("gives the reasons in English in an English pane", async () => {
    const result = await readSelection("en");
    const list = within(result).getByRole("list", { name: "6 cells could not be read" });
    expect(within(list).getAllByRole("listitem")[4]).toHaveTextContent(
      "B5: Not calculated: the formula (=SUM(B3:B4)) has no saved result. Recalculate and save in Excel."
    );
  });
});
