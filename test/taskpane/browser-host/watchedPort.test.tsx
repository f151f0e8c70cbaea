import { screen, waitFor, within } from "@testing-library/react";
import { useMemo, useState } from "react";
import { DemoWorkbookPanel } from "../../../src/taskpane/browser-host/DemoWorkbookPanel";
import { watchedPort } from "../../../src/taskpane/browser-host/watchedPort";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";
import type { WorkbookPort } from "../../../src/workbook/port";
import { himiSheet } from "../himiSheet";
import { renderInPane } from "../renderWithPane";

function workbook() {
  return MemoryWorkbook.fromSheets([himiSheet(), { name: "メモ", rows: [["会議メモ"]] }]);
}

describe("watchedPort", () => {
  it("reports a change after a call that changed the workbook, and not after a read or a refusal", async () => {
    const wb = workbook();
    const onChange = jest.fn();
    const port = watchedPort(wb, onChange);
    await port.readRange({ sheet: "メモ", address: "A1" });
    await port.getSelection();
    expect(onChange).not.toHaveBeenCalled();
    await port.selectRange({ sheet: "メモ", address: "A1" });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(await wb.getSelection()).toEqual({ sheet: "メモ", address: "A1" });
    wb.protect("メモ");
    await expect(
      port.setMarks("check", [{ sheet: "メモ", address: "A1", severity: "error" }])
    ).rejects.toMatchObject({ code: "workbook.sheetProtected" });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(await port.addSheet("検算結果")).toBe("検算結果");
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(await wb.listSheets()).toContain("検算結果");
  });
});

/** The browser host's wiring: the pane's port is watched, the demo panel follows its revisions. */
function Host({ wb, onPort }: { wb: MemoryWorkbook; onPort: (p: WorkbookPort) => void }) {
  const [revision, setRevision] = useState(0);
  const port = useMemo(() => watchedPort(wb, () => setRevision((r) => r + 1)), [wb]);
  onPort(port);
  return <DemoWorkbookPanel workbook={wb} revision={revision} />;
}

describe("DemoWorkbookPanel with a watched port", () => {
  it("follows a selection the pane makes to its sheet and lists a sheet the pane adds", async () => {
    const wb = workbook();
    let port: WorkbookPort | null = null;
    renderInPane(<Host wb={wb} onPort={(p) => (port = p)} />);
    await screen.findByRole("grid", { name: "シート 中長期財政見通し のセル" });
    await port!.addSheet("検算結果");
    await port!.selectRange({ sheet: "中長期財政見通し", address: "C5" });
    expect(await screen.findByText("選択中:中長期財政見通し!C5")).toBeInTheDocument();
    const grid = screen.getByRole("grid");
    const row5 = within(grid).getAllByRole("row")[5]!;
    expect(within(row5).getAllByRole("gridcell")[2]).toHaveAttribute("aria-selected", "true");
    const options = within(screen.getByRole("combobox", { name: "シート" }))
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(options).toEqual(["中長期財政見通し", "メモ", "検算結果"]);
    await port!.selectRange({ sheet: "メモ", address: "A1" });
    expect(await screen.findByText("選択中:メモ!A1")).toBeInTheDocument();
    // The grid of the selection's sheet (by its label: a role query over the grid is slow).
    await waitFor(() =>
      expect(document.querySelector("[role=grid]")).toHaveAttribute(
        "aria-label",
        "シート メモ のセル"
      )
    );
  });
});
