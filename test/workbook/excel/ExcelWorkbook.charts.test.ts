import type { Issue } from "../../../src/core/messages/types";
import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import { CHART_DATA_SHEET } from "../../../src/workbook/excel/chartData";
import { CHART_NAME, OUTLINE_COLOR } from "../../../src/workbook/excel/excelCharts";
import { createFakeExcel, type FakeExcel } from "../../fakes/fake-excel";
import { page, plan, series } from "../chartPlans";

const CHARTS = "zaisei.registry.charts";
const SHEETS = "zaisei.registry.sheets";

function setup() {
  const fake = createFakeExcel({ sheets: [{ name: "KPI", rows: [["年度"]] }] });
  const userChart = fake.addUserChart("KPI", "Chart 1001");
  const warnings: Issue[] = [];
  const wb = new ExcelWorkbook(fake.run, { onWarning: (w) => warnings.push(w) });
  return { fake, userChart, wb, warnings };
}

/** Syncs taken by one call. */
async function syncsOf<T>(fake: FakeExcel, work: () => Promise<T>): Promise<[T, number]> {
  const before = fake.syncCount;
  const result = await work();
  return [result, fake.syncCount - before];
}

describe("ExcelWorkbook.upsertChart", () => {
  it("draws the plan as a native chart from a data block whose text stays text, in three syncs", async () => {
    const { fake, wb } = setup();
    const [owned, syncs] = await syncsOf(fake, () => wb.upsertChart("KPI", plan()));
    expect(syncs).toBe(3);
    const chart = fake.charts("KPI").find((c) => c.id === owned.hostId)!;
    expect(chart).toMatchObject({
      name: CHART_NAME,
      type: "ColumnClustered",
      seriesBy: "Columns",
      title: "実質公債費比率（%）",
      position: { start: "B4" },
      width: 360,
      height: 220,
      legend: { visible: true, position: "Bottom" },
      axes: {
        value: { title: "比率（%）", numberFormat: '0.0;"△"0.0' },
        category: { title: "年度" },
      },
    });
    const [actual, target] = chart.series;
    expect(actual).toMatchObject({
      name: "実績",
      fillColor: "#1F3864",
      hasDataLabels: true,
      dataLabels: { showValue: true, numberFormat: '0.0;"△"0.0' },
      values: { sheet: CHART_DATA_SHEET, box: { top: 1, left: 1, rows: 3, cols: 1 } },
      xValues: { sheet: CHART_DATA_SHEET, box: { top: 1, left: 0, rows: 3, cols: 1 } },
    });
    expect(target).toMatchObject({
      name: "=目標",
      chartType: "Line",
      lineStyle: "Dash",
      lineColor: "#7F7F7F",
      markerStyle: "Circle",
      markerBackgroundColor: "#7F7F7F",
      values: { sheet: CHART_DATA_SHEET, box: { top: 1, left: 2, rows: 3, cols: 1 } },
    });
    expect(target!.hasDataLabels).toBeUndefined();
    // Formula injection: the series name stays text, and a category stays the text it was.
    expect(fake.cell(CHART_DATA_SHEET, "C1")).toEqual({
      value: "=目標",
      formula: null,
      numberFormat: "@",
    });
    expect(fake.cell(CHART_DATA_SHEET, "A2")).toEqual({
      value: "R5",
      formula: null,
      numberFormat: "@",
    });
    // null is a gap (blank), never 0.
    expect(fake.cell(CHART_DATA_SHEET, "B3").value).toBe("");
    expect(owned).toEqual({
      key: "kpi:indicator:15",
      sheet: "KPI",
      hostId: chart.id,
      title: "実質公債費比率（%）",
      pageId: null,
    });
  });

  it("draws a plan outlined, on a secondary axis, with limits, overlap and gap", async () => {
    const { fake, wb } = setup();
    const owned = await wb.upsertChart(
      "KPI",
      plan({
        series: [
          series({ name: "計画", role: "plan", style: "outline", dataLabels: false }),
          series({ values: [1, 2, 3] }),
          series({
            name: "達成率",
            type: "line",
            axis: "secondary",
            values: [90, 95, 101],
            dataLabels: true,
          }),
        ],
        valueAxis: { title: "件数（件）", numberFormat: "#,##0", min: 0, max: 20 },
        secondaryAxis: { title: "達成率（%）", numberFormat: '0.0"%"', min: 0 },
        overlap: 100,
        gapWidth: 60,
        legend: "none",
      })
    );
    const chart = fake.charts("KPI").find((c) => c.id === owned.hostId)!;
    const [outline, solid, rate] = chart.series;
    expect(outline).toMatchObject({
      fillCleared: true,
      lineColor: OUTLINE_COLOR,
      overlap: 100,
      gapWidth: 60,
    });
    expect(outline!.fillColor).toBeUndefined();
    expect(solid).toMatchObject({ fillColor: "#1F3864", overlap: 100, gapWidth: 60 });
    expect(rate).toMatchObject({
      chartType: "Line",
      axisGroup: "Secondary",
      dataLabels: { numberFormat: '0.0"%"' },
    });
    expect(chart.axes).toMatchObject({
      value: { title: "件数（件）", numberFormat: "#,##0", minimum: 0, maximum: 20 },
      secondaryValue: { title: "達成率（%）", numberFormat: '0.0"%"', minimum: 0 },
    });
    expect(chart.legend).toEqual({ visible: false });
  });

  it("draws horizontal plans as bars and status boards as stacked bars", async () => {
    const { fake, wb } = setup();
    const overview = await wb.upsertChart("KPI", plan({ id: "kpi:overview", horizontal: true }));
    const board = await wb.upsertChart(
      "KPI",
      plan({
        id: "kpi:status",
        horizontal: true,
        series: [series({ type: "stackedBar" }), series({ name: "遅れ", type: "stackedBar" })],
      })
    );
    const typeOf = (id: string) => fake.charts("KPI").find((c) => c.id === id)!;
    expect(typeOf(overview.hostId).type).toBe("BarClustered");
    expect(typeOf(overview.hostId).series[1]!.chartType).toBe("Line");
    expect(typeOf(board.hostId).type).toBe("BarStacked");
    expect(typeOf(board.hostId).series[1]!.chartType).toBe("BarStacked");
  });

  it("draws a chart whose first series has no value yet: added from a column with data, then pointed at its own", async () => {
    const { fake, wb } = setup();
    const owned = await wb.upsertChart(
      "KPI",
      plan({
        series: [
          series({ values: [null, null, null] }),
          series({ name: "計画", values: [1, 2, 3] }),
        ],
      })
    );
    const chart = fake.charts("KPI").find((c) => c.id === owned.hostId)!;
    expect(chart.series.map((s) => [s.name, s.values!.box.left])).toEqual([
      ["実績", 1],
      ["計画", 2],
    ]);
  });

  it("rewrites its data block in place: ten redraws keep the data sheet's used range", async () => {
    const { fake, wb } = setup();
    await wb.upsertChart("KPI", plan({ id: "kpi:a" }));
    await wb.upsertChart("KPI", plan({ id: "kpi:b" }));
    const used = fake.usedAddress(CHART_DATA_SHEET);
    expect(used).toBe("A1:C9");
    for (let i = 0; i < 10; i++)
      await wb.upsertChart("KPI", plan({ id: "kpi:a", series: [series({ values: [i, i, i] })] }));
    expect(fake.usedAddress(CHART_DATA_SHEET)).toBe(used);
    expect(fake.cell(CHART_DATA_SHEET, "B2").value).toBe(9);
    expect(fake.cell(CHART_DATA_SHEET, "C2").value).toBe(""); // the old second series column is cleared
    expect(fake.charts("KPI")).toHaveLength(3); // the user's, a and b
  });

  it("moves a block that grew into the next one below it, and clears the old one", async () => {
    const { fake, wb } = setup();
    await wb.upsertChart("KPI", plan({ id: "kpi:a" }));
    await wb.upsertChart("KPI", plan({ id: "kpi:b" }));
    await wb.upsertChart(
      "KPI",
      plan({
        id: "kpi:a",
        categories: ["R4", "R5", "R6", "R7"],
        series: [series({ values: [1, 2, 3, 4] })],
      })
    );
    expect(fake.cell(CHART_DATA_SHEET, "A2").value).toBe(""); // a's old block
    expect(fake.cell(CHART_DATA_SHEET, "A7").value).toBe("R5"); // b's block stays
    expect(fake.cell(CHART_DATA_SHEET, "A12").value).toBe("R4"); // a's new block, below b's
    const stored = fake.setting(CHARTS) as { charts: { key: string; dataAddress: string }[] };
    expect(stored.charts.map((c) => [c.key, c.dataAddress])).toEqual([
      ["kpi:b", "A6:C9"],
      ["kpi:a", "A11:B15"],
    ]);
  });

  it("keeps clear of the blocks other entries name after the user deleted the data sheet", async () => {
    const { fake, wb } = setup();
    await wb.upsertChart("KPI", plan({ id: "kpi:a" }));
    await wb.upsertChart("KPI", plan({ id: "kpi:b" }));
    fake.deleteSheet(CHART_DATA_SHEET);
    const years = ["R2", "R3", "R4", "R5", "R6", "R7"];
    await wb.upsertChart(
      "KPI",
      plan({ id: "kpi:a", categories: years, series: [series({ values: [1, 2, 3, 4, 5, 6] })] })
    );
    // b's entry still names A6:C9; removing b clears that address on the new data sheet.
    await wb.removeChart("kpi:b");
    const chart = fake.charts("KPI").find((c) => c.name === CHART_NAME)!;
    const { top } = chart.series[0]!.values!.box;
    expect(years.map((_, i) => fake.cell(CHART_DATA_SHEET, `A${top + 1 + i}`).value)).toEqual(
      years
    );
  });

  it("replaces its own chart with the same id and leaves the user's chart of the same name", async () => {
    const { fake, userChart, wb } = setup();
    const first = await wb.upsertChart("KPI", plan());
    userChart.name = CHART_NAME; // names are not unique
    const second = await wb.upsertChart("KPI", plan({ title: "更新" }));
    expect(fake.charts("KPI").map((c) => c.id)).toEqual([userChart.id, second.hostId]);
    expect(second.hostId).not.toBe(first.hostId);
  });

  it("uses a data sheet name no user sheet has", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "KPI" }, { name: CHART_DATA_SHEET, rows: [["利用者のデータ"]] }],
    });
    await new ExcelWorkbook(fake.run).upsertChart("KPI", plan());
    expect(fake.sheetNames()).toEqual(["KPI", CHART_DATA_SHEET, `${CHART_DATA_SHEET} (2)`]);
    expect(fake.cell(CHART_DATA_SHEET, "A1").value).toBe("利用者のデータ");
  });

  it("refuses a bad plan before any sync: nothing written, the data sheet keeps its own name later", async () => {
    const { fake, wb } = setup();
    const [, syncs] = await syncsOf(fake, () =>
      wb
        .upsertChart("KPI", plan({ placement: { anchor: "E", widthPt: 100, heightPt: 100 } }))
        .catch((e: unknown) => e)
    );
    expect(syncs).toBe(0);
    expect(fake.sheetNames()).toEqual(["KPI"]);
    await wb.upsertChart("KPI", plan());
    expect(fake.sheetNames()).toEqual(["KPI", CHART_DATA_SHEET]);
  });
});

describe("ExcelWorkbook.removeChart", () => {
  it("removes only its own chart and its data", async () => {
    const { fake, userChart, wb } = setup();
    await wb.upsertChart("KPI", plan());
    await wb.upsertChart("KPI", plan({ id: "kpi:other" }));
    expect(await wb.removeChart("kpi:indicator:15")).toBe(true);
    expect(fake.charts("KPI")).toHaveLength(2);
    expect(fake.charts("KPI")[0]).toBe(userChart);
    expect(fake.cell(CHART_DATA_SHEET, "B2").value).toBe("");
    expect((await wb.listCharts()).map((c) => c.key)).toEqual(["kpi:other"]);
  });

  it("answers false for an unknown key and for a chart the user already deleted", async () => {
    const { fake, wb } = setup();
    expect(await wb.removeChart("kpi:none")).toBe(false);
    const owned = await wb.upsertChart("KPI", plan());
    fake.charts("KPI").splice(
      fake.charts("KPI").findIndex((c) => c.id === owned.hostId),
      1
    );
    expect(await wb.listCharts()).toEqual([]);
    expect(await wb.removeChart("kpi:indicator:15")).toBe(false);
    expect(fake.charts("KPI")).toHaveLength(1);
  });
});

describe("ExcelWorkbook.drawChartPage", () => {
  it("draws a page of 100 charts in 3 syncs, with its texts and print setup", async () => {
    const { fake, wb } = setup();
    const progress: [number, number][] = [];
    const [result, syncs] = await syncsOf(fake, () =>
      wb.drawChartPage(page(100), { onProgress: (d, t) => progress.push([d, t]) })
    );
    expect(syncs).toBe(3);
    expect(progress).toEqual([
      [0, 100],
      [100, 100],
    ]);
    expect(result).toMatchObject({ sheet: "KPI進捗", created: true, removed: 0 });
    expect(fake.charts("KPI進捗")).toHaveLength(100);
    expect(fake.charts("KPI進捗").every((c) => c.name === CHART_NAME)).toBe(true);
    const sheet = fake.sheetModel("KPI進捗");
    expect(sheet.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      printArea: "A1:S803",
      printTitleRows: "$1:$2",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerFooter: "&P / &N",
    });
    expect(sheet.rowBreaks).toEqual(page(100).layout.rowBreaks);
    expect(fake.cell("KPI進捗", "A2")).toEqual({
      value: "=例示のデータを含みます",
      formula: null,
      numberFormat: "@",
    });
    expect(sheet.fonts.get("0,0")).toEqual({ bold: true, size: 14 });
    // The page's sheet is the add-in's: writeCells and formatOwnSheet accept it.
    expect(fake.setting(SHEETS)).toEqual([fake.sheetModel("KPI進捗").id]);
  });

  it("replaces exactly the first run's charts on a second run; the user's chart on the sheet survives", async () => {
    const { fake, wb } = setup();
    const first = await wb.drawChartPage(page(100));
    const user = fake.addUserChart("KPI進捗", CHART_NAME);
    expect(fake.charts("KPI進捗")).toHaveLength(101);
    const dataUsed = fake.usedAddress(CHART_DATA_SHEET);
    const [second, syncs] = await syncsOf(fake, () => wb.drawChartPage(page(100)));
    expect(syncs).toBe(3);
    expect(second).toMatchObject({ sheet: "KPI進捗", created: false, removed: 0 });
    const ids = fake.charts("KPI進捗").map((c) => c.id);
    expect(ids).toHaveLength(101);
    expect(ids).toContain(user.id);
    const firstIds = new Set(first.charts.map((c) => c.hostId));
    expect(ids.filter((id) => firstIds.has(id))).toEqual([]);
    expect(new Set(ids)).toEqual(new Set([user.id, ...second.charts.map((c) => c.hostId)]));
    // Data blocks rewritten in place.
    expect(fake.usedAddress(CHART_DATA_SHEET)).toBe(dataUsed);
    // Fewer charts: the page's extra ones go, the user's stays.
    const third = await wb.drawChartPage(page(60));
    expect(third.removed).toBe(40);
    expect(fake.charts("KPI進捗")).toHaveLength(61);
    expect(fake.charts("KPI")).toHaveLength(1);
  });

  it("clears the earlier run's texts that the plan no longer has, format and all", async () => {
    const { fake, wb } = setup();
    await wb.drawChartPage(page(2));
    await wb.drawChartPage({ ...page(2), texts: [{ address: "A2", text: "注記" }] });
    expect(fake.cell("KPI進捗", "A1")).toEqual({
      value: "",
      formula: null,
      numberFormat: "General",
    });
    expect(fake.sheetModel("KPI進捗").fonts.get("0,0")).toBeUndefined();
    expect(fake.cell("KPI進捗", "A2").value).toBe("注記");
    expect((fake.setting(CHARTS) as { pages: { texts: string[] }[] }).pages[0]!.texts).toEqual([
      "A2",
    ]);
  });

  it("finds its sheet again after the user renamed it, and re-adds it after the user deleted it", async () => {
    const { fake, wb } = setup();
    await wb.drawChartPage(page(3));
    fake.renameSheet("KPI進捗", "進捗グラフ");
    const renamed = await wb.drawChartPage(page(3));
    expect(renamed).toMatchObject({ sheet: "進捗グラフ", created: false });
    expect(fake.charts("進捗グラフ")).toHaveLength(3);
    expect(renamed.charts.every((c) => c.sheet === "進捗グラフ")).toBe(true);
    fake.deleteSheet("進捗グラフ");
    const again = await wb.drawChartPage(page(3));
    expect(again).toMatchObject({ sheet: "KPI進捗", created: true });
    expect(fake.charts("KPI進捗")).toHaveLength(3);
    expect((await wb.listCharts()).map((c) => c.sheet)).toEqual(["KPI進捗", "KPI進捗", "KPI進捗"]);
  });

  it("writes nothing for a page with one bad plan, or an aborted signal", async () => {
    const { fake, wb } = setup();
    const bad = page(100);
    bad.charts[99] = { ...bad.charts[99]!, series: [series({ color: "紺" })] };
    const [, syncs] = await syncsOf(fake, () => wb.drawChartPage(bad).catch((e: unknown) => e));
    expect(syncs).toBe(0);
    const controller = new AbortController();
    controller.abort();
    await expect(wb.drawChartPage(page(3), { signal: controller.signal })).rejects.toMatchObject({
      code: "workbook.aborted",
    });
    expect(fake.sheetNames()).toEqual(["KPI"]);
    expect(fake.setting(CHARTS)).toBeUndefined();
  });

  it("ignores a crafted page entry that names the user's sheet, drawing on a sheet of its own", async () => {
    const { fake, wb, warnings } = setup();
    await fake.run(async (context) => {
      context.workbook.settings.add(CHARTS, {
        charts: [],
        pages: [{ id: "kpi:KPI", sheetId: "{SHEET-1}", sheet: "KPI", texts: ["A1"] }],
      });
      await context.sync();
    });
    const result = await wb.drawChartPage(page(2));
    expect(result).toMatchObject({ sheet: "KPI進捗", created: true });
    expect(fake.cell("KPI", "A1").value).toBe("年度");
    expect(fake.charts("KPI")).toHaveLength(1);
    expect(warnings).toContainEqual({
      code: "workbook.chartPageSheetIgnored",
      params: { sheet: "KPI" },
    });
  });

  it("refuses its page sheet once protected, before writing", async () => {
    const { fake, wb } = setup();
    await wb.drawChartPage(page(2));
    fake.protect("KPI進捗");
    const [error, syncs] = await syncsOf(fake, () =>
      wb.drawChartPage(page(2)).catch((e: unknown) => e)
    );
    expect(error).toMatchObject({
      code: "workbook.ownSheetProtected",
      params: { sheet: "KPI進捗" },
    });
    expect(syncs).toBe(1);
    expect(fake.charts("KPI進捗")).toHaveLength(2);
  });

  it("needs ExcelApi 1.9 for the page layout", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "KPI" }] });
    const wb = new ExcelWorkbook(fake.run, { isSetSupported: (_n, v) => Number(v) <= 1.8 });
    await expect(wb.drawChartPage(page(1))).rejects.toMatchObject({ code: "workbook.unsupported" });
  });
});

describe("ExcelWorkbook.removeChartPage", () => {
  it("removes the page's charts and keeps its sheet while the user's chart is on it", async () => {
    const { fake, wb } = setup();
    await wb.drawChartPage(page(3));
    const user = fake.addUserChart("KPI進捗", "利用者のグラフ");
    expect(await wb.removeChartPage("kpi:KPI")).toBe(3);
    expect(fake.charts("KPI進捗")).toEqual([user]);
    expect(fake.cell("KPI進捗", "A1").value).toBe("");
    expect(fake.setting(CHARTS)).toEqual({ dataSheetId: expect.any(String), charts: [] });
  });

  it("deletes the page's sheet when nothing else is on it", async () => {
    const { fake, wb } = setup();
    await wb.drawChartPage(page(3));
    expect(await wb.removeChartPage("kpi:KPI")).toBe(3);
    expect(fake.sheetNames()).toEqual(["KPI", CHART_DATA_SHEET]);
    expect(fake.setting(SHEETS)).toEqual([]);
    expect(fake.usedAddress(CHART_DATA_SHEET)).toBeNull();
  });
});

describe("ExcelWorkbook.formatOwnSheet", () => {
  const format = {
    freezeRows: 2,
    table: { address: "A2:F5", name: "KPI登録" },
    validations: [{ address: "C3:C5", list: ["増加", "減少"] }],
    numberFormats: [{ address: "F3:F5", format: '#,##0;"△"#,##0' }],
    columnWidths: [40, 120],
  };

  it("freezes rows, adds the table, lists, formats and widths in two syncs", async () => {
    const { fake, wb } = setup();
    const sheet = await wb.addSheet("KPI登録");
    const [, syncs] = await syncsOf(fake, () => wb.formatOwnSheet(sheet, format));
    expect(syncs).toBe(2);
    const model = fake.sheetModel(sheet);
    expect(model.frozenRows).toBe(2);
    expect(model.tables).toEqual([{ name: "KPI登録", box: { top: 1, left: 0, rows: 4, cols: 6 } }]);
    expect(model.validations).toEqual([
      { box: { top: 2, left: 2, rows: 3, cols: 1 }, source: "増加,減少", inCellDropDown: true },
    ]);
    expect(fake.cell(sheet, "F4").numberFormat).toBe('#,##0;"△"#,##0');
    expect([fake.columnWidth(sheet, 0), fake.columnWidth(sheet, 1)]).toEqual([40, 120]);
    // Again: the table is replaced (Excel refuses an overlapping table), the list not doubled.
    await wb.formatOwnSheet(sheet, format);
    expect(model.tables).toHaveLength(1);
    expect(model.validations).toHaveLength(1);
  });

  it("fails on a table of the user's that the new one would overlap, before freezing or formatting", async () => {
    const { fake, wb } = setup();
    const sheet = await wb.addSheet("KPI登録");
    fake
      .sheetModel(sheet)
      .tables.push({ name: "利用者表", box: { top: 0, left: 0, rows: 3, cols: 3 } });
    await expect(wb.formatOwnSheet(sheet, format)).rejects.toMatchObject({
      code: "workbook.hostError",
      params: { code: "InvalidOperation" },
    });
    expect(fake.sheetModel(sheet).tables.map((t) => t.name)).toEqual(["利用者表"]);
    expect(fake.sheetModel(sheet).frozenRows).toBe(0);
    expect(fake.cell(sheet, "F4").numberFormat).toBe("General");
  });

  it("refuses the user's sheet and a table name another sheet has, changing nothing", async () => {
    const { fake, wb } = setup();
    await expect(wb.formatOwnSheet("KPI", format)).rejects.toMatchObject({
      code: "workbook.notOwnSheet",
    });
    expect(fake.sheetModel("KPI").frozenRows).toBe(0);
    fake
      .sheetModel("KPI")
      .tables.push({ name: "kpi登録", box: { top: 9, left: 0, rows: 2, cols: 2 } });
    const sheet = await wb.addSheet("KPI登録");
    await expect(wb.formatOwnSheet(sheet, format)).rejects.toMatchObject({
      code: "workbook.tableNameTaken",
    });
    expect(fake.sheetModel(sheet).frozenRows).toBe(0);
  });
});
