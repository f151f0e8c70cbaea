import { act, screen, within } from "@testing-library/react";
import { DemoWorkbookPanel } from "../../../src/taskpane/browser-host/DemoWorkbookPanel";
import { markedCells, SheetGrid } from "../../../src/taskpane/browser-host/SheetGrid";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";
import type { CellMark } from "../../../src/workbook/port";
import { renderInPane } from "../renderWithPane";

const grid = {
  sheet: "歳入",
  top: 0,
  left: 0,
  values: [
    ["科目", "金額"],
    ["地方税", 1234],
    ["交付税", 567],
  ],
};

const marks: CellMark[] = [
  { sheet: "歳入", address: "B2", severity: "error" },
  { sheet: "歳入", address: "B3", severity: "confirm" },
  { sheet: "歳入", address: "A3:B3", severity: "note" },
];

function renderGrid(lang: "ja" | "en" = "ja") {
  renderInPane(
    <SheetGrid
      grid={grid}
      marks={marks}
      selection={null}
      onCellMouseDown={() => {}}
      onCellMouseEnter={() => {}}
    />,
    lang
  );
}

describe("markedCells", () => {
  it("gives each drawn cell its most severe mark and clips ranges to the drawn area", () => {
    const cells = markedCells(
      [...marks, { sheet: "歳入", address: "A1:XFD1048576", severity: "note" }],
      3,
      2
    );
    expect(cells.get("1,1")).toBe("error");
    expect(cells.get("2,1")).toBe("confirm");
    expect(cells.get("2,0")).toBe("note");
    expect(cells.size).toBe(6);
  });
});

describe("SheetGrid", () => {
  it("names each marked cell's severity in Japanese, leaving unmarked cells plain", () => {
    renderGrid();
    expect(screen.getByRole("gridcell", { name: "1234 誤り" })).toHaveAttribute(
      "title",
      "1234 (誤り)"
    );
    expect(screen.getByRole("gridcell", { name: "567 要確認" })).toBeInTheDocument();
    expect(screen.getByRole("gridcell", { name: "交付税 端数" })).toBeInTheDocument();
    expect(screen.getByRole("gridcell", { name: "地方税" })).toHaveAttribute("title", "地方税");
  });

  it("names the severities in English when the pane is English", () => {
    renderGrid("en");
    expect(screen.getByRole("gridcell", { name: "1234 Error" })).toBeInTheDocument();
    expect(screen.getByRole("gridcell", { name: "567 To confirm" })).toBeInTheDocument();
    expect(screen.getByRole("gridcell", { name: "交付税 Rounding" })).toBeInTheDocument();
  });

  it("gives marked cells a different class per severity (the colour cue)", () => {
    renderGrid();
    const cls = (name: string) => screen.getByRole("gridcell", { name }).className;
    const plain = cls("地方税");
    const error = cls("1234 誤り");
    const confirm = cls("567 要確認");
    expect(new Set([plain, error, confirm, cls("交付税 端数")]).size).toBe(4);
  });
});

describe("DemoWorkbookPanel marks", () => {
  it("redraws the grid when the pane lays or clears marks through the port", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "歳入", rows: grid.values }]);
    renderInPane(<DemoWorkbookPanel workbook={wb} />);
    const table = await screen.findByRole("grid");
    expect(within(table).queryByRole("gridcell", { name: /誤り/ })).toBeNull();
    await act(() => wb.setMarks("check", [{ sheet: "歳入", address: "B2", severity: "error" }]));
    expect(await within(table).findByRole("gridcell", { name: "1234 誤り" })).toBeInTheDocument();
    await act(async () => {
      await wb.clearMarks("check");
    });
    expect(within(table).queryByRole("gridcell", { name: /誤り/ })).toBeNull();
  });
});
