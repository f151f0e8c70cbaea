import type { Issue } from "../../../src/core/messages/types";
import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import { CHART_DATA_SHEET } from "../../../src/workbook/excel/chartData";
import type { ChartPlan } from "../../../src/core/chart/types";
import { MAX_CHARTS, type CellMark } from "../../../src/workbook/port";
import { page, plan, series } from "../chartPlans";
import { createFakeExcel } from "../../fakes/fake-excel";

// The registries are settings inside the file: a file from elsewhere, or one another program
// rewrote, may hold anything there. These crafted registries point at the user's sheet, cells and
// chart, or are of the wrong shape; nothing of the user's may be written, cleared or deleted.

const MARKS = "zaisei.registry.marks";
const CHARTS = "zaisei.registry.charts";
/** The fake's sheet ids: by position, from 1. */
const REVENUE_ID = "{SHEET-1}";
const KPI_ID = "{SHEET-2}";
const USER_CELLS = [
  ["科目", "金額", "前年度"],
  ["地方税", 1234, 1200],
  ["交付税", 567, 500],
];

const spec = (over: Partial<ChartPlan> = {}): ChartPlan =>
  plan({
    id: "kpi:x",
    title: "実質公債費比率",
    categories: ["2022", "2023"],
    series: [series({ values: [10.1, 9.8] })],
    placement: { anchor: "C2", widthPt: 360, heightPt: 220 },
    ...over,
  });

const mark: CellMark = { sheet: "歳入", address: "B2", severity: "error" };
const entry = (over: Record<string, unknown> = {}) => ({
  group: "check",
  sheetId: REVENUE_ID,
  severity: "error",
  addresses: ["A1"],
  ...over,
});

function setup(settings: Record<string, unknown> = {}) {
  const fake = createFakeExcel({
    sheets: [
      { name: "歳入", rows: USER_CELLS },
      { name: "KPI", rows: [["年度"]] },
    ],
    settings,
  });
  const userRule = fake.addUserConditionalFormat("歳入", "A1:C3", "=B2<0");
  const userChart = fake.addUserChart("KPI", "利用者のグラフ");
  const warnings: Issue[] = [];
  const wb = new ExcelWorkbook(fake.run, { onWarning: (w) => warnings.push(w) });
  const userCells = () =>
    USER_CELLS.map((row, r) => row.map((_, c) => fake.cell("歳入", `${"ABC"[c]}${r + 1}`).value));
  return { fake, wb, warnings, userRule, userChart, userCells };
}

/** Rewrites a setting as another program would, bypassing the port's refusal of reserved keys. */
async function plant(fake: ReturnType<typeof setup>["fake"], key: string, value: unknown) {
  await fake.run(async (context) => {
    context.workbook.settings.add(key, value);
    await context.sync();
  });
}

/** An object with an own "__proto__" key, as JSON.parse makes from a crafted file. */
const withProtoKey = (entry: object) =>
  JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(entry).slice(1)}`) as object;

describe("ExcelWorkbook.clearMarks with a crafted marks registry", () => {
  it.each([
    ["not a list"],
    [42],
    [{ length: 1, 0: entry() }],
    // An earlier version's list of { sheetId, address }: not this registry's shape.
    [[{ sheetId: REVENUE_ID, address: "A1" }]],
  ])("ignores the registry %j whole, warns, and keeps the user's rule", async (registry) => {
    const { fake, wb, warnings, userRule } = setup({ [MARKS]: registry });
    expect(await wb.clearMarks("check")).toBe(0);
    expect(fake.conditionalFormats("歳入")).toEqual([userRule]);
    expect(warnings).toEqual(
      Array.isArray(registry) && registry.length === 1
        ? [{ code: "workbook.marksRegistryIgnored", params: { ignored: 1 } }]
        : [{ code: "workbook.marksRegistryUnreadable" }]
    );
    expect(fake.setting(MARKS)).toBeUndefined();
  });

  it("ignores a registry listing more addresses than the add-in ever writes, as a whole", async () => {
    const half = Array.from({ length: 60_000 }, () => "A1");
    const huge = [entry({ addresses: half }), entry({ severity: "note", addresses: half })];
    const { fake, wb, warnings, userRule } = setup({ [MARKS]: huge });
    const synced = fake.syncCount;
    expect(await wb.clearMarks("check")).toBe(0);
    expect(warnings).toEqual([{ code: "workbook.marksRegistryUnreadable" }]);
    expect(fake.conditionalFormats("歳入")).toEqual([userRule]);
    // Registry and sheets, then the deletion of the unusable registry: no sheet was searched.
    expect(fake.syncCount - synced).toBe(2);
  });

  it("drops malformed entries one by one and still removes its own marks", async () => {
    const { fake, wb, warnings, userRule } = setup();
    await wb.setMarks("check", [mark]);
    const own = fake.setting(MARKS) as object[];
    await plant(fake, MARKS, [
      ...own,
      entry({ sheetId: 5 }),
      entry({ addresses: ["A1:ZZZZ9"] }),
      entry({ group: "other" }),
      entry({ severity: "warning" }),
      entry({ addresses: "A1" }),
      withProtoKey(entry({ group: "kpi" })),
      null,
      "A1",
    ]);
    expect(await wb.clearMarks("check")).toBe(1);
    expect(warnings).toEqual([{ code: "workbook.marksRegistryIgnored", params: { ignored: 8 } }]);
    expect(fake.conditionalFormats("歳入")).toEqual([userRule]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("ExcelWorkbook.setMarks with a crafted marks registry", () => {
  it("writes back only valid entries, never what it could not read", async () => {
    const { fake, wb, warnings } = setup({ [MARKS]: "not a list" });
    await wb.setMarks("check", [mark]);
    expect(fake.setting(MARKS)).toEqual([entry({ addresses: ["B2"] })]);
    expect(warnings).toEqual([{ code: "workbook.marksRegistryUnreadable" }]);
  });

  it("drops entries of deleted sheets and keeps other groups' when it rewrites", async () => {
    const kpi = entry({ group: "kpi", addresses: ["C3"] });
    const { fake, wb, warnings } = setup({
      [MARKS]: [kpi, entry({ sheetId: "{SHEET-GONE}" })],
    });
    await wb.setMarks("check", [mark]);
    expect(fake.setting(MARKS)).toEqual([kpi, entry({ addresses: ["B2"] })]);
    expect(warnings).toEqual([]);
  });
});

describe("ExcelWorkbook.writeCells with a crafted sheets registry", () => {
  it.each([["not a list"], [[5]], [{ 0: REVENUE_ID }]])(
    "writes nothing into the user's sheet when the registry is %j",
    async (registry) => {
      const { fake, wb, warnings, userCells } = setup({ "zaisei.registry.sheets": registry });
      const before = userCells();
      await expect(wb.writeCells({ sheet: "歳入", address: "A1" }, [["=1"]])).rejects.toMatchObject(
        { code: "workbook.notOwnSheet" }
      );
      expect(userCells()).toEqual(before);
      expect(warnings).toEqual([{ code: "workbook.sheetsRegistryUnreadable" }]);
      expect(fake.cell("歳入", "A1").formula).toBeNull();
    }
  );

  it("records the sheet it adds by id and writes into it", async () => {
    const { fake, wb } = setup();
    const name = await wb.addSheet("検算結果");
    expect(fake.setting("zaisei.registry.sheets")).toEqual([expect.stringMatching(/^\{SHEET-/)]);
    await wb.writeCells({ sheet: name, address: "A1" }, [["ok"]]);
    expect(fake.cell(name, "A1").value).toBe("ok");
  });
});

describe("ExcelWorkbook charts with a crafted charts registry", () => {
  it("does not write its data into the user's sheet that the registry names as the data sheet", async () => {
    const { fake, wb, warnings, userCells } = setup({
      [CHARTS]: { dataSheetId: REVENUE_ID, charts: [] },
    });
    await wb.upsertChart("KPI", spec());
    expect(userCells()).toEqual(USER_CELLS);
    expect(fake.sheetNames()).toEqual(["歳入", "KPI", CHART_DATA_SHEET]);
    expect(fake.cell(CHART_DATA_SHEET, "B1").value).toBe("実績");
    expect(warnings).toEqual([
      { code: "workbook.chartDataSheetIgnored", params: { sheet: "歳入" } },
    ]);
  });

  it("neither deletes the user's chart nor clears the user's cells that a crafted entry names", async () => {
    const { fake, wb, warnings, userChart, userCells } = setup();
    const entry = {
      key: "kpi:x",
      sheet: "KPI",
      sheetId: KPI_ID,
      chartId: userChart.id,
      title: "x",
      dataAddress: "A1:C3",
    };
    await plant(fake, CHARTS, { dataSheetId: REVENUE_ID, charts: [entry] });
    expect(await wb.listCharts()).toEqual([]);
    expect(await wb.removeChart("kpi:x")).toBe(false);
    expect(fake.charts("KPI")).toEqual([userChart]);
    expect(userCells()).toEqual(USER_CELLS);
    // Replacing "its" chart with that key draws a new one and still leaves the user's.
    await plant(fake, CHARTS, { dataSheetId: REVENUE_ID, charts: [entry] });
    const drawn = await wb.upsertChart("KPI", spec());
    expect(fake.charts("KPI").map((c) => c.id)).toEqual([userChart.id, drawn.hostId]);
    expect(userCells()).toEqual(USER_CELLS);
    expect(warnings.map((w) => w.code)).toContain("workbook.chartDataSheetIgnored");
  });

  it.each([
    ["not a registry"],
    [[]],
    [{ charts: "none" }],
    [{ dataSheetId: 7, charts: [] }],
    [{ charts: Array.from({ length: 1_001 }, () => ({})) }],
  ])("ignores the registry %j whole and starts a fresh one", async (registry) => {
    const { fake, wb, warnings, userChart } = setup({ [CHARTS]: registry });
    expect(await wb.listCharts()).toEqual([]);
    const drawn = await wb.upsertChart("KPI", spec());
    expect(fake.charts("KPI").map((c) => c.id)).toEqual([userChart.id, drawn.hostId]);
    expect(fake.setting(CHARTS)).toEqual({
      dataSheetId: expect.any(String),
      charts: [expect.objectContaining({ key: "kpi:x", chartId: drawn.hostId })],
    });
    expect(warnings.map((w) => w.code)).toEqual([
      "workbook.chartsRegistryUnreadable",
      "workbook.chartsRegistryUnreadable",
    ]);
  });

  it("drops malformed and repeated entries one by one and keeps its own", async () => {
    const { fake, wb, warnings } = setup();
    const own = await wb.upsertChart("KPI", spec({ id: "kpi:own" }));
    const stored = fake.setting(CHARTS) as { dataSheetId: string; charts: object[] };
    const good = stored.charts[0]!;
    await plant(fake, CHARTS, {
      ...stored,
      charts: [
        good,
        { ...good }, // the same key again
        { ...good, key: "kpi:a", chartId: 42 },
        { ...good, key: "kpi:b", dataAddress: "C1:D3" }, // not a block of the data sheet's layout
        { ...good, key: "kpi:c", dataAddress: "A1:A1048577" },
        { ...good, key: "kpi:d", title: "x".repeat(1_001) },
        withProtoKey({ ...good, key: "kpi:e" }),
      ],
    });
    expect(await wb.listCharts()).toEqual([own]);
    expect(warnings).toEqual([{ code: "workbook.chartsRegistryIgnored", params: { ignored: 6 } }]);
    await wb.upsertChart("KPI", spec({ id: "kpi:next" }));
    expect(
      (fake.setting(CHARTS) as { charts: { key: string }[] }).charts.map((c) => c.key)
    ).toEqual(["kpi:own", "kpi:next"]);
  });
});

describe("ExcelWorkbook chart pages with a crafted charts registry", () => {
  it("does not delete the user's chart that a crafted page entry names, on the page's own sheet", async () => {
    const { fake, wb } = setup();
    await wb.drawChartPage(page(2));
    const user = fake.addUserChart("KPI進捗", "利用者のグラフ");
    const stored = fake.setting(CHARTS) as { charts: Record<string, unknown>[] };
    // An entry of the page naming the user's chart: a third run must not delete it.
    await plant(fake, CHARTS, {
      ...stored,
      charts: [...stored.charts, { ...stored.charts[0]!, key: "kpi:gone", chartId: user.id }],
    });
    const third = await wb.drawChartPage(page(2));
    expect(third.removed).toBe(0);
    expect(fake.charts("KPI進捗").map((c) => c.id)).toEqual([
      user.id,
      ...third.charts.map((c) => c.hostId),
    ]);
    expect(await wb.removeChartPage("kpi:KPI")).toBe(2);
    expect(fake.charts("KPI進捗")).toEqual([user]);
    expect(fake.charts("KPI")).toHaveLength(1);
  });

  it("drops malformed and repeated page entries, and ignores a pages list of the wrong shape", async () => {
    const { fake, wb, warnings } = setup();
    await wb.drawChartPage(page(1));
    const stored = fake.setting(CHARTS) as { pages: Record<string, unknown>[] };
    const good = stored.pages[0]!;
    await plant(fake, CHARTS, {
      ...stored,
      pages: [
        good,
        { ...good },
        { ...good, id: "kpi:a", texts: ["A1:B2"] },
        { ...good, id: "kpi:b", sheetId: 7 },
        withProtoKey({ ...good, id: "kpi:c" }),
      ],
    });
    expect(await wb.drawChartPage(page(1))).toMatchObject({ sheet: "KPI進捗", created: false });
    expect(warnings).toEqual([{ code: "workbook.chartsRegistryIgnored", params: { ignored: 4 } }]);
    await plant(fake, CHARTS, { ...stored, pages: "none" });
    expect(await wb.listCharts()).toEqual([]);
    expect(warnings.at(-1)).toEqual({ code: "workbook.chartsRegistryUnreadable" });
  });
});

describe("ExcelWorkbook.upsertChart at the registry's limit", () => {
  it(`refuses a new key beyond ${MAX_CHARTS} charts, so its registry stays readable`, async () => {
    const entries = Array.from({ length: MAX_CHARTS }, (_, i) => ({
      key: `kpi:${i}`,
      sheet: "KPI",
      sheetId: KPI_ID,
      chartId: `{CHART-GONE-${i}}`,
      title: "x",
      dataAddress: "A1:B3",
    }));
    const { fake, wb, warnings } = setup({ [CHARTS]: { charts: entries } });
    await expect(wb.upsertChart("KPI", spec({ id: "kpi:new" }))).rejects.toMatchObject({
      code: "workbook.tooManyCharts",
      params: { limit: MAX_CHARTS },
    });
    expect(fake.sheetNames()).toEqual(["歳入", "KPI"]);
    // A key it has is still replaced.
    await wb.upsertChart("KPI", spec({ id: "kpi:7" }));
    expect((fake.setting(CHARTS) as { charts: unknown[] }).charts).toHaveLength(MAX_CHARTS);
    expect(warnings).toEqual([]);
  });
});
