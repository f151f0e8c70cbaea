import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import { CHART_DATA_SHEET } from "../../../src/workbook/excel/chartData";
import { CHART_NAME } from "../../../src/workbook/excel/excelCharts";
import type { ChartSpec } from "../../../src/workbook/port";
import { createFakeExcel } from "../../fakes/fake-excel";

const spec = (over: Partial<ChartSpec> = {}): ChartSpec => ({
  key: "kpi:TK-15-1",
  sheet: "KPI",
  title: "実質公債費比率",
  // Fiscal years as text: written into Text cells they stay categories, not a numeric series.
  categories: ["2020", "2021", "2022"],
  series: [
    { name: "実績", values: [10.1, null, 9.8], chartType: "column", style: "solid" },
    {
      name: '=HYPERLINK("http://example.invalid","目標")',
      values: [9, 9, 9],
      chartType: "line",
      style: "dashed",
    },
  ],
  anchor: "E2",
  widthPt: 360,
  ...over,
});

function setup() {
  const fake = createFakeExcel({ sheets: [{ name: "KPI", rows: [["年度"]] }] });
  const userChart = fake.addUserChart("KPI", "Chart 1001");
  return { fake, userChart, wb: new ExcelWorkbook(fake.run) };
}

describe("ExcelWorkbook.upsertChart", () => {
  it("draws series from a data block whose text stays text, in three syncs", async () => {
    const { fake, wb } = setup();
    const owned = await wb.upsertChart(spec());
    expect(fake.syncCount).toBe(3);
    const chart = fake.charts("KPI").find((c) => c.id === owned.hostId)!;
    expect(chart).toMatchObject({
      name: CHART_NAME,
      type: "ColumnClustered",
      seriesBy: "Columns",
      title: "実質公債費比率",
      position: { start: "E2" },
      width: 360,
    });
    expect(chart.series.map((s) => [s.name, s.chartType, s.lineStyle])).toEqual([
      ["実績", undefined, undefined],
      ['=HYPERLINK("http://example.invalid","目標")', "Line", "Dash"],
    ]);
    expect(chart.series[1]!.values).toEqual({
      sheet: CHART_DATA_SHEET,
      box: { top: 1, left: 2, rows: 3, cols: 1 },
    });
    expect(chart.series[0]!.xValues).toEqual({
      sheet: CHART_DATA_SHEET,
      box: { top: 1, left: 0, rows: 3, cols: 1 },
    });
    // Formula injection: the series name stays text, and "2020" stays the text "2020".
    expect(fake.cell(CHART_DATA_SHEET, "C1")).toEqual({
      value: spec().series[1]!.name,
      formula: null,
      numberFormat: "@",
    });
    expect(fake.cell(CHART_DATA_SHEET, "A2")).toEqual({
      value: "2020",
      formula: null,
      numberFormat: "@",
    });
    // null is a gap (blank), never 0.
    expect(fake.cell(CHART_DATA_SHEET, "B3").value).toBe("");
    expect(owned).toEqual({
      key: "kpi:TK-15-1",
      sheet: "KPI",
      hostId: chart.id,
      title: "実質公債費比率",
    });
  });

  it("replaces its own chart with the same key and leaves the user's chart of the same name", async () => {
    const { fake, userChart, wb } = setup();
    const first = await wb.upsertChart(spec());
    userChart.name = fake.charts("KPI").find((c) => c.id === first.hostId)!.name; // names are not unique
    const second = await wb.upsertChart(
      spec({ title: "実質公債費比率（更新）", categories: ["2021", "2022", "2023"] })
    );
    expect(fake.charts("KPI").map((c) => c.id)).toEqual([userChart.id, second.hostId]);
    expect(fake.cell(CHART_DATA_SHEET, "A2").value).toBe(""); // the old block is cleared
    expect(fake.cell(CHART_DATA_SHEET, "A7").value).toBe("2021");
    expect(await wb.listCharts()).toEqual([
      { key: "kpi:TK-15-1", sheet: "KPI", hostId: second.hostId, title: "実質公債費比率（更新）" },
    ]);
  });

  it("uses a data sheet name no user sheet has", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "KPI" }, { name: CHART_DATA_SHEET, rows: [["利用者のデータ"]] }],
    });
    await new ExcelWorkbook(fake.run).upsertChart(spec());
    expect(fake.sheetNames()).toEqual(["KPI", CHART_DATA_SHEET, `${CHART_DATA_SHEET} (2)`]);
    expect(fake.cell(CHART_DATA_SHEET, "A1").value).toBe("利用者のデータ");
  });

  it("refuses a missing sheet and a series whose length differs from the categories", async () => {
    const { fake, wb } = setup();
    await expect(wb.upsertChart(spec({ sheet: "なし" }))).rejects.toMatchObject({
      code: "workbook.noSuchSheet",
    });
    await expect(wb.upsertChart(spec({ categories: ["2020"] }))).rejects.toMatchObject({
      code: "workbook.chartSeriesLength",
    });
    expect(fake.charts("KPI")).toHaveLength(1);
  });
});

describe("ExcelWorkbook.upsertChart with a bad anchor", () => {
  it("refuses it before writing anything (Excel would fail mid-batch, keeping the data written)", async () => {
    const { fake, wb } = setup();
    await expect(wb.upsertChart(spec({ anchor: "E" }))).rejects.toMatchObject({
      code: "workbook.badAddress",
      params: { address: "E" },
    });
    expect(fake.sheetNames()).toEqual(["KPI"]);
    expect(fake.charts("KPI")).toHaveLength(1);
    // The next chart still gets the data sheet's own name, not "… (2)" beside an orphan.
    await wb.upsertChart(spec());
    expect(fake.sheetNames()).toEqual(["KPI", CHART_DATA_SHEET]);
  });
});

describe("ExcelWorkbook.removeChart", () => {
  it("removes only its own chart and its data", async () => {
    const { fake, userChart, wb } = setup();
    await wb.upsertChart(spec());
    await wb.upsertChart(spec({ key: "kpi:other" }));
    expect(await wb.removeChart("kpi:TK-15-1")).toBe(true);
    expect(fake.charts("KPI")).toHaveLength(2);
    expect(fake.charts("KPI")[0]).toBe(userChart);
    expect(fake.cell(CHART_DATA_SHEET, "B2").value).toBe("");
    expect((await wb.listCharts()).map((c) => c.key)).toEqual(["kpi:other"]);
  });

  it("answers false for an unknown key and for a chart the user already deleted", async () => {
    const { fake, wb } = setup();
    expect(await wb.removeChart("kpi:none")).toBe(false);
    const owned = await wb.upsertChart(spec());
    fake.charts("KPI").splice(
      fake.charts("KPI").findIndex((c) => c.id === owned.hostId),
      1
    );
    expect(await wb.listCharts()).toEqual([]);
    expect(await wb.removeChart("kpi:TK-15-1")).toBe(false);
    expect(fake.charts("KPI")).toHaveLength(1);
  });
});
