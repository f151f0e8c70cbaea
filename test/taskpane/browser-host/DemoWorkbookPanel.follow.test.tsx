import { screen, waitFor, within } from "@testing-library/react";
import { DemoWorkbookPanel } from "../../../src/taskpane/browser-host/DemoWorkbookPanel";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";
import { renderInPane } from "../renderWithPane";

const ROWS = [
  ["", "令和3年度", "令和4年度"],
  ["市税", 1200, 1250],
  ["合計", 1200, 1250],
];

describe("DemoWorkbookPanel", () => {
  it("follows a range the pane selects through the port, to its sheet", async () => {
    const wb = MemoryWorkbook.fromSheets([
      { name: "歳入", rows: ROWS },
      { name: "メモ", rows: [["会議メモ"]] },
    ]);
    renderInPane(<DemoWorkbookPanel workbook={wb} />);
    await screen.findByRole("grid", { name: "シート 歳入 のセル" });
    await wb.selectRange({ sheet: "歳入", address: "C3" });
    expect(await screen.findByText("選択中:歳入!C3")).toBeInTheDocument();
    const row3 = within(screen.getByRole("grid")).getAllByRole("row")[3]!;
    expect(within(row3).getAllByRole("gridcell")[2]).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("textbox", { name: "選択範囲(例:A4:L27)" })).toHaveValue("C3");
    await wb.selectRange({ sheet: "メモ", address: "A1" });
    expect(await screen.findByText("選択中:メモ!A1")).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole("grid")).toHaveAccessibleName("シート メモ のセル")
    );
    expect(screen.getByRole("combobox", { name: "シート" })).toHaveValue("メモ");
  });
});
