import * as ExcelJS from "exceljs";
import type { CellValue } from "../../../src/core/grid";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";
import type { ChartPlan } from "../../../src/core/chart/types";
import { MAX_CHARTS } from "../../../src/workbook/port";
import { page, plan } from "../chartPlans";

function table(rows: number, cols: number): CellValue[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => r * 1000 + c)
  );
}

const book = () =>
  MemoryWorkbook.fromSheets([
    {
      name: "歳入",
      rows: [[], ["", "", "科目", "金額"], ["", "", "地方税", 1234]],
      numberFormats: [[], ["", "", "General", "#,##0"]],
    },
    { name: "大", rows: table(5000, 20) },
    { name: "空", rows: [] },
  ]);

const chart = (over: Partial<ChartPlan> = {}): ChartPlan =>
  plan({ id: "kpi:1", title: "経常収支比率", ...over });

describe("MemoryWorkbook reads", () => {
  it('reads a range, empty cells as "" and General', async () => {
    const grid = await book().readRange({ sheet: "歳入", address: "B2:D3" });
    expect(grid).toEqual({
      sheet: "歳入",
      top: 1,
      left: 1,
      values: [
        ["", "科目", "金額"],
        ["", "地方税", 1234],
      ],
      numberFormats: [
        ["General", "General", "#,##0"],
        ["General", "General", "General"],
      ],
    });
  });

  it("reads the used range by values only, with its position", async () => {
    const wb = book();
    expect(await wb.readUsedRange("歳入")).toMatchObject({
      top: 1,
      left: 2,
      values: [
        ["科目", "金額"],
        ["地方税", 1234],
      ],
    });
    expect(await wb.readUsedRange("空")).toBeNull();
  });

  it("reads whole columns or rows as their part inside the used range, as the Excel adapter does", async () => {
    const wb = book();
    expect(await wb.readRange({ sheet: "歳入", address: "A:C" })).toMatchObject({
      top: 1,
      left: 2,
      values: [["科目"], ["地方税"]],
    });
    expect(await wb.readRange({ sheet: "歳入", address: "3:3" })).toMatchObject({
      top: 2,
      left: 2,
      values: [["地方税", 1234]],
    });
    await expect(wb.readRange({ sheet: "歳入", address: "F:F" })).rejects.toMatchObject({
      code: "workbook.emptyRange",
      params: { sheet: "歳入", address: "F:F" },
    });
  });

  it("reports progress per block of 50,000 cells", async () => {
    const progress: [number, number][] = [];
    const grid = await book().readRange(
      { sheet: "大", address: "A1:T5000" },
      { onProgress: (d, t) => progress.push([d, t]) }
    );
    expect(grid.values[4999]![19]).toBe(4_999_019);
    expect(progress).toEqual([
      [50_000, 100_000],
      [100_000, 100_000],
    ]);
  });

  it("stops when aborted between blocks", async () => {
    const controller = new AbortController();
    const read = book().readRange(
      { sheet: "大", address: "A1:T5000" },
      { signal: controller.signal, onProgress: () => controller.abort() }
    );
    await expect(read).rejects.toMatchObject({ code: "workbook.aborted" });
  });

  it.each([
    [{ sheet: "歳出", address: "A1" }, "workbook.noSuchSheet"],
    [{ sheet: "歳入", address: "A1:B" }, "workbook.badAddress"],
    [{ sheet: "歳入", address: " " }, "workbook.emptyRange"],
    // 6 × 833,334 = 5,000,004 cells: over Excel's five-million-cell get limit.
    [{ sheet: "歳入", address: "A1:F833334" }, "workbook.tooManyCells"],
  ])("rejects %j with %s", async (ref, code) => {
    await expect(book().readRange(ref)).rejects.toMatchObject({ code });
  });
});

describe("MemoryWorkbook selection", () => {
  it("moves the selection and normalises its address", async () => {
    const wb = book();
    expect(await wb.getSelection()).toEqual({ sheet: "歳入", address: "A1" });
    wb.setSelection({ sheet: "大", address: "$c$3:b2" });
    expect(await wb.getSelection()).toEqual({ sheet: "大", address: "B2:C3" });
    expect(() => wb.setSelection({ sheet: "無", address: "A1" })).toThrow(
      expect.objectContaining({ code: "workbook.noSuchSheet" })
    );
  });
});

describe("MemoryWorkbook marks, charts and settings", () => {
  it("keeps marks per group under the workbook's sheet names and clears one group", async () => {
    const wb = book();
    await wb.setMarks("check", [{ sheet: "歳入", address: "D3", severity: "note" }]);
    await wb.setMarks("kpi", [{ sheet: "歳入", address: "B2", severity: "confirm" }]);
    await expect(
      wb.setMarks("check", [{ sheet: "歳入", address: "D", severity: "error" }])
    ).rejects.toMatchObject({ code: "workbook.badAddress" });
    expect(wb.getMarks()).toEqual([
      { group: "check", sheet: "歳入", address: "D3", severity: "note" },
      { group: "kpi", sheet: "歳入", address: "B2", severity: "confirm" },
    ]);
    expect(await wb.clearMarks("check")).toBe(1);
    expect(await wb.clearMarks("check")).toBe(0);
    expect(wb.getMarks()).toHaveLength(1);
  });

  it("replaces a chart by key with a new host id and removes it by key", async () => {
    const wb = book();
    const first = await wb.upsertChart("歳入", chart());
    const second = await wb.upsertChart("歳入", chart({ title: "経常収支比率（更新）" }));
    expect(second.hostId).not.toBe(first.hostId);
    expect(await wb.listCharts()).toEqual([second]);
    expect(wb.getChartPlan("kpi:1")?.title).toBe("経常収支比率（更新）");
    expect(await wb.removeChart("kpi:1")).toBe(true);
    expect(await wb.removeChart("kpi:1")).toBe(false);
    await expect(wb.upsertChart("無", chart())).rejects.toMatchObject({
      code: "workbook.noSuchSheet",
    });
  });

  it(`refuses a new chart key beyond ${MAX_CHARTS} charts, as the Excel adapter does`, async () => {
    const wb = book();
    for (let i = 0; i < MAX_CHARTS; i++) await wb.upsertChart("歳入", chart({ id: `kpi:${i}` }));
    await expect(wb.upsertChart("歳入", chart({ id: "kpi:new" }))).rejects.toMatchObject({
      code: "workbook.tooManyCharts",
      params: { limit: MAX_CHARTS },
    });
    await expect(wb.upsertChart("歳入", chart({ id: "kpi:7" }))).resolves.toMatchObject({
      key: "kpi:7",
    });
    expect(await wb.listCharts()).toHaveLength(MAX_CHARTS);
  });

  it("stores settings as JSON copies", async () => {
    const wb = book();
    const value = { years: [2023, 2024] };
    await wb.setSetting("k", value);
    value.years.push(2025);
    expect(await wb.getSetting("k")).toEqual({ years: [2023, 2024] });
    await wb.setSetting("k", undefined);
    expect(await wb.getSetting("k")).toBeUndefined();
  });
});

describe("MemoryWorkbook chart pages and sheet formats", () => {
  it("keeps the page, its plans and its layout for the browser host", async () => {
    const wb = book();
    const drawn = await wb.drawChartPage(page(2));
    expect(wb.getChartPage("kpi:KPI")).toEqual({ page: page(2), sheet: "KPI進捗" });
    expect(wb.getChartPlan("kpi:indicator:2")).toEqual(page(2).charts[1]);
    expect(wb.getPageLayout("KPI進捗")).toEqual(page(2).layout);
    expect(drawn.charts.map((c) => c.sheet)).toEqual(["KPI進捗", "KPI進捗"]);
    // A copy: changing what came back changes nothing kept.
    wb.getChartPage("kpi:KPI")!.page.charts.length = 0;
    expect(wb.getChartPage("kpi:KPI")!.page.charts).toHaveLength(2);
    await wb.removeChartPage("kpi:KPI");
    expect(wb.getChartPage("kpi:KPI")).toBeUndefined();
    expect(wb.getChartPlan("kpi:indicator:2")).toBeUndefined();
    expect(wb.getPageLayout("KPI進捗")).toBeUndefined();
  });

  it("merges formats over calls and saves widths, formats, frozen rows and lists to .xlsx", async () => {
    const wb = await MemoryWorkbook.fromXlsx(await book().toXlsx());
    const sheet = await wb.addSheet("KPI登録");
    await wb.formatOwnSheet(sheet, { freezeRows: 1, columnWidths: [75] });
    await wb.formatOwnSheet(sheet, {
      numberFormats: [{ address: "B2:B3", format: '#,##0;"△"#,##0' }],
      validations: [{ address: "C2", list: ["増加", "減少"] }],
    });
    expect(wb.getSheetFormat(sheet)).toEqual({
      freezeRows: 1,
      columnWidths: [75],
      numberFormats: [{ address: "B2:B3", format: '#,##0;"△"#,##0' }],
      validations: [{ address: "C2", list: ["増加", "減少"] }],
    });
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load((await wb.toXlsx()) as unknown as ArrayBuffer);
    const ws = saved.getWorksheet(sheet)!;
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.getCell("B3").numFmt).toBe('#,##0;"△"#,##0');
    expect(ws.getCell("C2").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"増加,減少"'],
    });
    // Three .xlsx round trips through exceljs: seconds on a loaded machine, not a speed test.
  }, 60_000);
});

describe("MemoryWorkbook.writeFormula", () => {
  it("refuses a non-empty cell, overwrites when told, and restores exactly", async () => {
    const wb = book();
    const d3 = { sheet: "歳入", address: "D3" };
    await expect(wb.writeFormula(d3, "=ZAISEI.X(1)")).rejects.toMatchObject({
      code: "workbook.cellNotEmpty",
    });
    await expect(wb.writeFormula({ sheet: "歳入", address: "A1:A2" }, "=1")).rejects.toMatchObject({
      code: "workbook.notSingleCell",
    });
    await expect(wb.writeFormula({ sheet: "歳入", address: "A1" }, "1")).rejects.toMatchObject({
      code: "workbook.notAFormula",
    });
    const { previous } = await wb.writeFormula(d3, "=ZAISEI.X(1)", { overwrite: true });
    expect(previous).toEqual({ value: 1234, formula: null, numberFormat: "General" });
    await wb.restoreCell(d3, previous);
    expect((await wb.readRange(d3)).values).toEqual([[1234]]);
  });
});
