import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";
import { createFakeExcel } from "../fakes/fake-excel";
import { HIMI_YEARS, himiSheet } from "./himiSheet";
import { renderApp } from "./renderWithPane";
import { slowReads } from "./slowReads";

function himiWorkbook(address = "A1:L7"): MemoryWorkbook {
  const wb = MemoryWorkbook.fromSheets([himiSheet()]);
  wb.setSelection({ sheet: "中長期財政見通し", address });
  return wb;
}

describe("App — 選択範囲を読む", () => {
  it("shows the years, the unit with its source, the row labels and every unreadable cell", async () => {
    const user = userEvent.setup();
    renderApp(himiWorkbook());
    await user.click(screen.getByRole("button", { name: "選択範囲を読む" }));

    const result = await screen.findByRole("region", { name: "読み取り結果" });
    expect(within(result).getByText("中長期財政見通し!A1:L7 (84 セル)")).toBeInTheDocument();
    // The unit statement sits in L2 (himiSheet), a caption above the header row.
    expect(within(result).getByText("単位:百万円 (L2 のキャプション)")).toBeInTheDocument();
    expect(
      within(result).getByText(/^11 年度:令和2年度 \(2020\) ~ 令和12年度 \(2030\)$/)
    ).toBeInTheDocument();
    const years = within(result).getByRole("table", { name: "年度" });
    const yearRows = within(years).getAllByRole("row").slice(1);
    expect(
      yearRows.map((r) =>
        within(r)
          .getAllByRole("cell")
          .map((c) => c.textContent)
      )
    ).toEqual(HIMI_YEARS.map((y) => [`令和${y - 2018}年度`, String(y)]));

    const rows = within(result).getByRole("region", { name: "行見出しと数値" });
    const labels = within(rows)
      .getAllByRole("rowheader")
      .map((h) => h.textContent);
    expect(labels).toEqual(["市税", "収支差引額(A-B)", "減債基金への積立", "特定目的基金への積立"]);
    // −65 百万円 is printed △65 (domain.md §2); 5,159 keeps its thousands separator.
    const balance = within(rows).getByRole("rowheader", { name: "収支差引額(A-B)" }).closest("tr")!;
    expect(within(balance).getAllByRole("cell")[0]).toHaveTextContent("△65");
    expect(within(rows).getByRole("rowheader", { name: "市税" }).closest("tr")).toHaveTextContent(
      "5,159"
    );

    const unreadable = within(result).getByRole("list", { name: "読めないセルが 1 個あります" });
    const items = within(unreadable).getAllByRole("listitem");
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent(/^B7:.*\(123\)/);
  });

  it("reads a table selected by its column headers in Excel (A:L), as the used part", async () => {
    const user = userEvent.setup();
    const fake = createFakeExcel({
      sheets: [himiSheet()],
      selection: { sheet: "中長期財政見通し", address: "A:L" },
    });
    renderApp(new ExcelWorkbook(fake.run));
    await user.click(screen.getByRole("button", { name: "選択範囲を読む" }));
    const result = await screen.findByRole("region", { name: "読み取り結果" });
    // 7 used rows × 12 columns: the million-row columns are read as their used part.
    expect(within(result).getByText("中長期財政見通し!A:L (84 セル)")).toBeInTheDocument();
    expect(within(result).getByText("単位:百万円 (L2 のキャプション)")).toBeInTheDocument();
  });

  it("shows a progress bar for a large selection and stops when cancelled", async () => {
    const user = userEvent.setup();
    // 12,000 rows × 10 columns = 120,000 cells, read in three blocks of 50,000 like
    // MemoryWorkbook; the test decides when each block arrives, like a slow Excel round trip.
    const rows = Array.from({ length: 12_000 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => r * 10 + c)
    );
    const wb = MemoryWorkbook.fromSheets([{ name: "大量", rows }]);
    wb.setSelection({ sheet: "大量", address: "A1:J12000" });
    const slow = slowReads(wb, 50_000);
    renderApp(slow.port);

    await user.click(screen.getByRole("button", { name: "選択範囲を読む" }));
    expect(await screen.findByText("50000 / 120000 セルを読み込みました")).toBeInTheDocument();
    expect(screen.getByRole("progressbar")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "選択範囲を読む" })).toBeDisabled();
    slow.next();
    expect(await screen.findByText("100000 / 120000 セルを読み込みました")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "中止" }));
    expect(screen.getByText("読み込みを中止しました。")).toBeInTheDocument();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    // The read stops at its next block (the port sees the aborted signal) and never turns into a result.
    slow.next();
    await expect(slow.finished).resolves.toBe("workbook.aborted");
    expect(screen.queryByRole("region", { name: "読み取り結果" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "選択範囲を読む" })).toBeEnabled();
  });

  /** A 令和 year header over `rows` item rows of 10 cells (a label and 9 figures), selected whole. */
  function yearTable(rows: number): MemoryWorkbook {
    const values = [["", ...Array.from({ length: 9 }, (_, i) => `令和${i + 2}年度`)]];
    for (let r = 1; r < rows; r++)
      values.push([`項目${r}`, ...Array.from({ length: 9 }, (_, c) => String(r * 9 + c))]);
    const wb = MemoryWorkbook.fromSheets([{ name: "表", rows: values }]);
    wb.setSelection({ sheet: "表", address: `A1:J${rows}` });
    return wb;
  }

  /** Records every analysing state the DOM passes through: its text and the bar's value. */
  function watchAnalyzing() {
    const seen: { done: number; total: number; valueNow: string | null }[] = [];
    const observer = new MutationObserver(() => {
      const m = /表を解析しています… (\d+)\/(\d+) セル/.exec(document.body.textContent ?? "");
      const bar = document.querySelector('[role="progressbar"]');
      if (m && bar)
        seen.push({
          done: Number(m[1]),
          total: Number(m[2]),
          valueNow: bar.getAttribute("aria-valuenow"),
        });
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    return { seen, stop: () => observer.disconnect() };
  }

  it("shows a determinate bar with the cells analysed while it recognises the table", async () => {
    const user = userEvent.setup();
    // 1,500 rows × 10 columns = 15,000 cells: the two passes make 30,000 cells of work,
    // 5,000-cell slices, so several reports after the start (recognize-in-slices).
    renderApp(yearTable(1500));
    const watch = watchAnalyzing();
    await user.click(screen.getByRole("button", { name: "選択範囲を読む" }));
    await screen.findByRole("region", { name: "読み取り結果" });
    watch.stop();
    const dones = [...new Set(watch.seen.map((s) => s.done))];
    expect(dones.length).toBeGreaterThanOrEqual(3);
    expect(dones[0]).toBe(0);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(watch.seen.every((s) => s.total === 15000)).toBe(true);
    // The bar's value is the fraction the text states (Fluent's ProgressBar, max 1).
    for (const s of watch.seen) expect(Number(s.valueNow)).toBeCloseTo(s.done / s.total, 5);
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });

  it("stops recognising when cancelled while the table is analysed", async () => {
    const user = userEvent.setup();
    // 12,000 rows × 10 columns = 120,000 cells: about 48 slices of recognition.
    renderApp(yearTable(12_000));
    await user.click(screen.getByRole("button", { name: "選択範囲を読む" }));
    const analyzing = await screen.findByText(
      /表を解析しています… \d+\/120000 セル/,
      {},
      { timeout: 5000 }
    );
    // Cancelled part-way: the bar is determinate and recognition has not finished.
    const done = Number(/… (\d+)\//.exec(analyzing.textContent ?? "")![1]);
    expect(done).toBeLessThan(120_000);
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuenow");
    await user.click(screen.getByRole("button", { name: "中止" }));
    expect(screen.getByText("読み込みを中止しました。")).toBeInTheDocument();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    // Turns of the event loop for the rest of the slices: the abort (workbook.aborted at the
    // next slice) stays a cancellation, never an error or a result.
    for (let turn = 0; turn < 60; turn++) await new Promise((r) => setTimeout(r, 5));
    expect(screen.getByText("読み込みを中止しました。")).toBeInTheDocument();
    expect(screen.queryByText("読み取れませんでした")).not.toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "読み取り結果" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "選択範囲を読む" })).toBeEnabled();
  });

  it("speaks English when the language is en", async () => {
    const user = userEvent.setup();
    renderApp(himiWorkbook(), "en");
    expect(screen.getByRole("tab", { name: "Read selection" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Functions" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Read selection" }));
    const result = await screen.findByRole("region", { name: "What the add-in understood" });
    expect(within(result).getByText("Unit: 百万円 (caption in L2)")).toBeInTheDocument();
    expect(within(result).getByText("1 cells could not be read")).toBeInTheDocument();
  });

  it("shows an error message bar, not a crash, for an empty selection", async () => {
    const user = userEvent.setup();
    renderApp(himiWorkbook("N20:P30"));
    await user.click(screen.getByRole("button", { name: "選択範囲を読む" }));
    expect(
      await screen.findByText(/選択範囲 中長期財政見通し!N20:P30 には読み取れる内容がありません/)
    ).toBeInTheDocument();
    expect(screen.getByText("読み取れませんでした")).toBeInTheDocument();
  });

  it("shows the catalogue message of a WorkbookError", async () => {
    const user = userEvent.setup();
    // A workbook without sheets has no selection to read: the port answers workbook.noSuchSheet.
    renderApp(MemoryWorkbook.fromSheets([]));
    await user.click(screen.getByRole("button", { name: "選択範囲を読む" }));
    expect(await screen.findByText(/シート「」が見つかりません/)).toBeInTheDocument();
  });

  it("switches to the 関数 tab with the keyboard", async () => {
    const user = userEvent.setup();
    renderApp(himiWorkbook());
    screen.getByRole("tab", { name: "関数" }).focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("tab", { name: "関数" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("searchbox", { name: "関数を検索" })).toBeVisible();
  });
});
