import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DemoWorkbookPanel } from "../../../src/taskpane/browser-host/DemoWorkbookPanel";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";
import { himiSheet } from "../himiSheet";
import { renderInPane } from "../renderWithPane";

function setup() {
  const wb = MemoryWorkbook.fromSheets([
    himiSheet(),
    { name: "メモ", rows: [['=HYPERLINK("x")', "<b>太字</b>"]] },
  ]);
  renderInPane(<DemoWorkbookPanel workbook={wb} />);
  return wb;
}

async function gridCell(row: number, col: number): Promise<HTMLElement> {
  const grid = await screen.findByRole("grid");
  const tr = within(grid).getAllByRole("row")[row]!; // row 0 is the column header row
  return within(tr).getAllByRole("gridcell")[col - 1]!;
}

describe("DemoWorkbookPanel", () => {
  it("selects the typed address in the workbook", async () => {
    const user = userEvent.setup();
    const wb = setup();
    await screen.findByRole("grid", { name: "シート 中長期財政見通し のセル" });
    await user.type(screen.getByRole("textbox", { name: "選択範囲(例:A4:L27)" }), "a3:l7{Enter}");
    expect(await wb.getSelection()).toEqual({ sheet: "中長期財政見通し", address: "A3:L7" });
    expect(screen.getByText("選択中:中長期財政見通し!A3:L7")).toBeInTheDocument();
    expect(await gridCell(3, 1)).toHaveAttribute("aria-selected", "true");
    expect(await gridCell(2, 1)).toHaveAttribute("aria-selected", "false");
  });

  it("says so when the typed text is not an A1 range, and keeps the selection", async () => {
    const user = userEvent.setup();
    const wb = setup();
    await screen.findByRole("grid");
    await user.type(screen.getByRole("textbox", { name: "選択範囲(例:A4:L27)" }), "市税{Enter}");
    expect(screen.getByText("「市税」は A1 形式の範囲ではありません")).toBeInTheDocument();
    expect(await wb.getSelection()).toEqual({ sheet: "中長期財政見通し", address: "A1" });
  });

  it("selects by dragging and extends with shift-click, as in Excel", async () => {
    const wb = setup();
    fireEvent.mouseDown(await gridCell(3, 1));
    fireEvent.mouseEnter(await gridCell(4, 3));
    fireEvent.mouseUp(window);
    expect(await wb.getSelection()).toEqual({ sheet: "中長期財政見通し", address: "A3:C4" });

    fireEvent.mouseDown(await gridCell(7, 12), { shiftKey: true });
    fireEvent.mouseUp(window);
    expect(await wb.getSelection()).toEqual({ sheet: "中長期財政見通し", address: "A3:L7" });
  });

  it("shows another sheet's cells as plain text, never as markup or formulas", async () => {
    const user = userEvent.setup();
    setup();
    await screen.findByRole("grid");
    await user.selectOptions(screen.getByRole("combobox", { name: "シート" }), "メモ");
    await screen.findByRole("grid", { name: "シート メモ のセル" });
    expect(await gridCell(1, 2)).toHaveTextContent("<b>太字</b>");
    expect((await gridCell(1, 2)).querySelector("b")).toBeNull();
    expect(await gridCell(1, 1)).toHaveTextContent('=HYPERLINK("x")');
  });

  it("shows numbers as their number format shows them in Excel", async () => {
    // The sample workbook's formats (assets/samples/himi-fiscal-outlook.xlsx): 収支差引額 −65 under
    // #,##0;"△ "#,##0 reads △ 65 in Excel, 実質公債費比率 12 under 0.0 reads 12.0.
    const sheet = {
      name: "見通し",
      rows: [["収支差引額(A-B)", -65, 5159, 12, 45000.5]],
      numberFormats: [["General", '#,##0;"△ "#,##0', '#,##0;"△ "#,##0', "0.0", "yyyy/m/d"]],
    };
    renderInPane(<DemoWorkbookPanel workbook={MemoryWorkbook.fromSheets([sheet])} />);
    await screen.findByRole("grid", { name: "シート 見通し のセル" });
    const shown = await Promise.all([1, 2, 3, 4, 5].map((col) => gridCell(1, col)));
    // A date format is not drawn: the raw value rather than a guess.
    expect(shown.map((c) => c.textContent)).toEqual([
      "収支差引額(A-B)",
      "△ 65",
      "5,159",
      "12.0",
      "45000.5",
    ]);
  });
});
