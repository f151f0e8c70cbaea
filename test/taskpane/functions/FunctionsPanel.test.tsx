import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";
import { createFakeExcel } from "../../fakes/fake-excel";
import { FunctionsPanel } from "../../../src/taskpane/functions/FunctionsPanel";
import { renderInPane } from "../renderWithPane";

function workbook(b2: string | number = ""): MemoryWorkbook {
  const wb = MemoryWorkbook.fromSheets([
    {
      name: "計算",
      rows: [
        ["年度", "和暦"],
        [2025, b2],
      ],
    },
  ]);
  wb.setSelection({ sheet: "計算", address: "B2" });
  return wb;
}

async function cellB2(wb: MemoryWorkbook) {
  const grid = await wb.readRange({ sheet: "計算", address: "B2" });
  return grid.values[0]?.[0];
}

function listedIds(listName = "関数の一覧"): string[] {
  const list = screen.getByRole("list", { name: listName });
  return within(list)
    .queryAllByRole("button")
    .map((b) => /ZAISEI\.([A-Z0-9_.]+)/.exec(b.textContent ?? "")?.[1] ?? "");
}

describe("FunctionsPanel", () => {
  it("finds a function by a Japanese query in its name or description", async () => {
    const user = userEvent.setup();
    renderInPane(<FunctionsPanel port={workbook()} />);
    await user.type(screen.getByRole("searchbox", { name: "関数を検索" }), "和暦");
    // WAREKI is 「和暦年度」 in the catalogue (src/core/catalogue/foundation/warekiFunction.ts).
    expect(listedIds()).toContain("WAREKI");
    expect(listedIds()).not.toContain("VALUE");
  });

  it("finds a function by an English query, ignoring case", async () => {
    const user = userEvent.setup();
    renderInPane(<FunctionsPanel port={workbook()} />, "en");
    await user.type(screen.getByRole("searchbox", { name: "Search functions" }), "japanese FISCAL");
    expect(listedIds("Function list")).toContain("WAREKI");
    expect(listedIds("Function list")).not.toContain("VALUE");
    await user.clear(screen.getByRole("searchbox", { name: "Search functions" }));
    await user.type(screen.getByRole("searchbox", { name: "Search functions" }), "zzzz");
    expect(screen.getByText("No function matches “zzzz”")).toBeInTheDocument();
  });

  it("shows the detail of a function: formula, parameters, source and confidence", async () => {
    const user = userEvent.setup();
    renderInPane(<FunctionsPanel port={workbook()} />);
    await user.click(screen.getByRole("button", { name: /ZAISEI\.WAREKI/ }));
    const detail = screen.getByRole("region", { name: "和暦年度" });
    for (const term of ["計算式", "引数", "精度と端数処理", "根拠", "確度"]) {
      expect(within(detail).getByText(term)).toBeInTheDocument();
    }
    expect(within(detail).getByText("ZAISEI.WAREKI(年度, [形式])")).toBeInTheDocument();
    await user.click(within(detail).getByRole("button", { name: "一覧に戻る" }));
    expect(screen.getByRole("list", { name: "関数の一覧" })).toBeInTheDocument();
  });

  it("inserts =ZAISEI.ID() into an empty selected cell and undoes it exactly", async () => {
    const user = userEvent.setup();
    const wb = workbook();
    renderInPane(<FunctionsPanel port={wb} />);
    await user.click(screen.getByRole("button", { name: /ZAISEI\.WAREKI/ }));
    await user.click(screen.getByRole("button", { name: "挿入" }));
    expect(
      await screen.findByText("計算!B2 に =ZAISEI.WAREKI() を入力しました。")
    ).toBeInTheDocument();
    expect(
      (await wb.writeFormula({ sheet: "計算", address: "C9" }, "=1")).previous.formula
    ).toBeNull();
    await user.click(screen.getByRole("button", { name: "元に戻す" }));
    expect(await screen.findByText("計算!B2 を元に戻しました。")).toBeInTheDocument();
    expect(await cellB2(wb)).toBe("");
  });

  it("refuses a cell that is not empty until the user chooses to overwrite, then can undo", async () => {
    const user = userEvent.setup();
    const wb = workbook("令和7年度");
    renderInPane(<FunctionsPanel port={wb} />);
    await user.click(screen.getByRole("button", { name: /ZAISEI\.WAREKI/ }));
    await user.click(screen.getByRole("button", { name: "挿入" }));
    expect(
      await screen.findByText("計算!B2 は空ではありません(現在の内容:令和7年度)。上書きしますか?")
    ).toBeInTheDocument();
    expect(await cellB2(wb)).toBe("令和7年度");

    await user.click(screen.getByRole("button", { name: "上書き" }));
    expect(
      await screen.findByText("計算!B2 に =ZAISEI.WAREKI() を入力しました。")
    ).toBeInTheDocument();
    // The memory workbook does not calculate: a formula cell reads back "" until Excel recalculates.
    expect(await cellB2(wb)).toBe("");

    await user.click(screen.getByRole("button", { name: "元に戻す" }));
    expect(await screen.findByText("計算!B2 を元に戻しました。")).toBeInTheDocument();
    expect(await cellB2(wb)).toBe("令和7年度");
  });

  it("inserts into the top cell of a selection of whole columns (column headers clicked in Excel)", async () => {
    const user = userEvent.setup();
    const fake = createFakeExcel({
      sheets: [{ name: "計算", rows: [["年度"], [2025]] }],
      selection: { sheet: "計算", address: "C:D" },
    });
    renderInPane(<FunctionsPanel port={new ExcelWorkbook(fake.run)} />);
    await user.click(screen.getByRole("button", { name: /ZAISEI\.WAREKI/ }));
    await user.click(screen.getByRole("button", { name: "挿入" }));
    expect(
      await screen.findByText("計算!C1 に =ZAISEI.WAREKI() を入力しました。")
    ).toBeInTheDocument();
    expect(fake.cell("計算", "C1").formula).toBe("=ZAISEI.WAREKI()");
  });

  it("keeps the cell when the user declines to overwrite", async () => {
    const user = userEvent.setup();
    const wb = workbook(42);
    renderInPane(<FunctionsPanel port={wb} />);
    await user.click(screen.getByRole("button", { name: /ZAISEI\.WAREKI/ }));
    await user.click(screen.getByRole("button", { name: "挿入" }));
    await user.click(await screen.findByRole("button", { name: "やめる" }));
    expect(screen.queryByText(/空ではありません/)).not.toBeInTheDocument();
    expect(await cellB2(wb)).toBe(42);
  });
});
