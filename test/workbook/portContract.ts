import type { ChartPlan } from "../../src/core/chart/types";
import type { CellValue } from "../../src/core/grid";
import { CHART_DATA_SHEET } from "../../src/workbook/excel/chartData";
import { page, plan, series } from "./chartPlans";
import fc from "fast-check";
import {
  MAX_MARKS,
  MAX_VALUE_CELLS,
  WorkbookError,
  type CellMark,
  type CellSnapshot,
  type MarkSeverity,
  type RangeRef,
  type WorkbookPort,
} from "../../src/workbook/port";

/**
 * One contract for both WorkbookPort implementations (the Excel adapter over the fake Excel, and
 * the memory workbook): each runs these cases from its own test file with a factory, so the two
 * accept and reject the same things and "works in the browser or the CLI" stays "works in Excel".
 */

export interface ContractSheet {
  name: string;
  rows: CellValue[][];
  numberFormats?: string[][];
  /** A formula where a cell holds one; its value in `rows` is the cached result. */
  formulas?: (string | null)[][];
}

export interface ContractFixture {
  sheets: ContractSheet[];
  /** A conditional-format rule the user made; clearMarks must keep it. */
  userRule: { sheet: string; address: string; formula: string };
  /** What Excel calculates for the fixture's formulas (for a host that recalculates on write). */
  calculated: Record<string, CellValue>;
}

export interface ContractHarness {
  port: WorkbookPort;
  /** Moves the selection as the user would. */
  select(ref: RangeRef): void;
  /** The formulas ("=B2<0") of the user's own conditional-format rules on a sheet, as saved. */
  userRules(sheet: string): Promise<string[]>;
  /** Protects a sheet as the user would (「シートの保護」). */
  protect(sheet: string): void;
}

export type ContractFactory = (fixture: ContractFixture) => Promise<ContractHarness>;

export const TRIANGLE = '#,##0;"△"#,##0';
const G = "General";

/** The workbook every case starts from. D2 and D3 are text in Text ("@") cells: "=abc", "0123". */
export const CONTRACT_FIXTURE: ContractFixture = {
  sheets: [
    {
      name: "歳入",
      rows: [
        ["科目", "金額", "前年度", "備考"],
        ["地方税", 1234, 1200, "=abc"],
        ["交付税", 567, -500, "0123"],
        ["合計", 1801, 700, ""],
      ],
      numberFormats: [
        [G, G, G, G],
        [G, TRIANGLE, TRIANGLE, "@"],
        [G, TRIANGLE, TRIANGLE, "@"],
        [G, TRIANGLE, TRIANGLE, G],
      ],
      formulas: [[], [], [], [null, "=SUM(B2:B3)", "=SUM(C2:C3)", null]],
    },
    { name: "空", rows: [] },
    { name: "KPI", rows: [["年度"]] },
  ],
  userRule: { sheet: "歳入", address: "B2:C3", formula: "=B2<0" },
  calculated: { "=SUM(B2:B3)": 1801, "=SUM(C2:C3)": 700 },
};

/** The code of the WorkbookError a promise rejects with; "ok" when it resolves. */
async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return "ok";
  } catch (error) {
    if (error instanceof WorkbookError) return error.code;
    throw error;
  }
}

const at = (address: string, sheet = "歳入"): RangeRef => ({ sheet, address });

const mark = (sheet: string, address: string, severity: MarkSeverity = "error"): CellMark => ({
  sheet,
  address,
  severity,
});

/** Marks listed by the port, as "group sheet!address severity" lines in a stable order. */
async function marksOf(port: WorkbookPort): Promise<string[]> {
  return (await port.listMarks())
    .map((m) => `${m.group} ${m.sheet}!${m.address} ${m.severity}`)
    .sort();
}

const chart = (over: Partial<ChartPlan> = {}): ChartPlan =>
  plan({ id: "kpi:TK-15-1", title: "実質公債費比率", ...over });
const placed = (anchor: string) => ({ anchor, widthPt: 360, heightPt: 220 });

/** The sheets, without the Excel adapter's chart-data sheet (Excel charts plot cells, not arrays). */
async function sheetsOf(port: WorkbookPort): Promise<string[]> {
  return (await port.listSheets()).filter((name) => !name.startsWith(CHART_DATA_SHEET));
}

/** What a cell shows through the port: value, number format and formula ("" for a constant). */
async function cellOf(port: WorkbookPort, ref: RangeRef) {
  const grid = await port.readRange(ref, { formulas: true });
  return {
    value: grid.values[0]![0],
    numberFormat: grid.numberFormats![0]![0],
    formula: grid.formulas![0]![0],
  };
}

/** Defines the contract's cases; call it at the top level of a test file. */
export function describeWorkbookPortContract(name: string, factory: ContractFactory): void {
  const open = () => factory(CONTRACT_FIXTURE);

  describe(`${name} (WorkbookPort contract): reads`, () => {
    it("lists the sheets in order", async () => {
      const { port } = await open();
      expect(await port.listSheets()).toEqual(["歳入", "空", "KPI"]);
    });

    it("reads values and number formats with the range's position, and no formulas unasked", async () => {
      const { port } = await open();
      const grid = await port.readRange(at("B2:C3"));
      expect(grid).toMatchObject({
        sheet: "歳入",
        top: 1,
        left: 1,
        values: [
          [1234, 1200],
          [567, -500],
        ],
        numberFormats: [
          [TRIANGLE, TRIANGLE],
          [TRIANGLE, TRIANGLE],
        ],
      });
      expect(grid.formulas).toBeUndefined();
      // Shown texts are the Excel adapter's only; when given they have the grid's shape.
      const shown = (await port.readRange(at("B2:C3"), { texts: true })).texts;
      if (shown !== undefined) expect(shown.map((r) => r.length)).toEqual([2, 2]);
    });

    it('reads cells beyond the data as "" in General, and text in Text cells as text', async () => {
      const { port } = await open();
      expect(await port.readRange(at("F10:G10"))).toMatchObject({
        values: [["", ""]],
        numberFormats: [[G, G]],
      });
      expect((await port.readRange(at("D2:D3"))).values).toEqual([["=abc"], ["0123"]]);
    });

    it('reads formulas when asked: the formula text, "" for constants, text and empty cells', async () => {
      const { port } = await open();
      const grid = await port.readRange(at("A4:E4"), { formulas: true });
      expect(grid.values).toEqual([["合計", 1801, 700, "", ""]]);
      expect(grid.formulas).toEqual([["", "=SUM(B2:B3)", "=SUM(C2:C3)", "", ""]]);
      expect((await port.readRange(at("A2:D2"), { formulas: true })).formulas).toEqual([
        ["", "", "", ""],
      ]);
    });

    it("reads whole columns and rows as their part inside the used range", async () => {
      const { port } = await open();
      const columns = await port.readRange(at("B:C"));
      expect(columns).toMatchObject({ top: 0, left: 1 });
      expect(columns.values.map((r) => r.length)).toEqual([2, 2, 2, 2]);
      expect(await port.readRange(at("4:4"), { formulas: true })).toMatchObject({
        top: 3,
        left: 0,
        values: [["合計", 1801, 700, ""]],
        formulas: [["", "=SUM(B2:B3)", "=SUM(C2:C3)", ""]],
      });
    });

    it("rejects whole lines that hold nothing with emptyRange naming them", async () => {
      const { port } = await open();
      await expect(port.readRange(at("F:G"))).rejects.toMatchObject({
        code: "workbook.emptyRange",
        params: { sheet: "歳入", address: "F:G" },
      });
      expect(await codeOf(port.readRange(at("A:A", "空")))).toBe("workbook.emptyRange");
    });

    it.each([
      [at("A1", "歳出"), "workbook.noSuchSheet"],
      [at(""), "workbook.emptyRange"],
      [at(" "), "workbook.emptyRange"],
      [at("A1:"), "workbook.badAddress"],
      [at("A:3"), "workbook.badAddress"],
      [at("XFE1"), "workbook.badAddress"],
      [at("A0"), "workbook.badAddress"],
      // 6 × 833,334 = 5,000,004 cells: over Excel's five-million-cell get limit.
      [at("A1:F833334"), "workbook.tooManyCells"],
    ])("rejects reading %j with %s", async (ref, code) => {
      const { port } = await open();
      expect(await codeOf(port.readRange(ref))).toBe(code);
    });

    it("reports the last progress as all cells done, and stops when already aborted", async () => {
      const { port } = await open();
      const progress: [number, number][] = [];
      await port.readRange(at("A1:D4"), { onProgress: (d, t) => progress.push([d, t]) });
      expect(progress.at(-1)).toEqual([16, 16]);
      const controller = new AbortController();
      controller.abort();
      expect(await codeOf(port.readRange(at("A1:D4"), { signal: controller.signal }))).toBe(
        "workbook.aborted"
      );
    });

    it("reads the used range by values, null for an empty sheet, noSuchSheet for a missing one", async () => {
      const { port } = await open();
      const used = await port.readUsedRange("歳入", { formulas: true });
      expect(used).toMatchObject({ sheet: "歳入", top: 0, left: 0 });
      expect(used!.values).toEqual(CONTRACT_FIXTURE.sheets[0]!.rows);
      expect(used!.formulas![3]).toEqual(["", "=SUM(B2:B3)", "=SUM(C2:C3)", ""]);
      expect(await port.readUsedRange("空")).toBeNull();
      expect(await codeOf(port.readUsedRange("歳出"))).toBe("workbook.noSuchSheet");
    });
  });

  describe(`${name} (WorkbookPort contract): selection`, () => {
    it("gives the selected range without the sheet part", async () => {
      const harness = await open();
      harness.select(at("C3:D4"));
      expect(await harness.port.getSelection()).toEqual(at("C3:D4"));
    });

    it("keeps selected whole columns as such, and reads their used part", async () => {
      const harness = await open();
      harness.select(at("B:C"));
      const selection = await harness.port.getSelection();
      expect(selection).toEqual(at("B:C"));
      expect((await harness.port.readRange(selection)).values[3]).toEqual([1801, 700]);
    });
  });

  describe(`${name} (WorkbookPort contract): settings`, () => {
    it("stores JSON copies, deletes with undefined, and accepts deleting a key never set", async () => {
      const { port } = await open();
      const value = { years: [2023, 2024], at: new Date(Date.UTC(2024, 3, 1)) };
      await port.setSetting("view", value);
      value.years.push(2025);
      expect(await port.getSetting("view")).toEqual({
        years: [2023, 2024],
        at: "2024-04-01T00:00:00.000Z",
      });
      await port.setSetting("view", undefined);
      expect(await port.getSetting("view")).toBeUndefined();
      await expect(port.setSetting("never-set", undefined)).resolves.toBeUndefined();
    });

    it("refuses the adapters' reserved keys for reading and writing", async () => {
      const { port } = await open();
      await expect(port.setSetting("zaisei.registry.marks", [])).rejects.toThrow(/reserved/);
      await expect(port.getSetting("zaisei.registry.charts")).rejects.toThrow(/reserved/);
    });

    it("refuses a value JSON cannot hold and keeps the setting as it was", async () => {
      const { port } = await open();
      await port.setSetting("view", { lang: "ja" });
      await expect(port.setSetting("view", () => "ja")).rejects.toThrow(/not JSON/);
      expect(await port.getSetting("view")).toEqual({ lang: "ja" });
    });
  });

  describe(`${name} (WorkbookPort contract): marks`, () => {
    it("clears exactly the group's marks, then none, and keeps the user's rule", async () => {
      const harness = await open();
      const { port } = harness;
      await port.setMarks("check", [
        mark("歳入", "B2"),
        mark("歳入", "C3:C4", "confirm"),
        mark("KPI", "A1", "note"),
      ]);
      expect(await port.clearMarks("check")).toBe(3);
      expect(await port.clearMarks("check")).toBe(0);
      expect(await port.listMarks()).toEqual([]);
      expect(await harness.userRules("歳入")).toEqual(["=B2<0"]);
    });

    it("keeps the groups apart: clearing check leaves kpi's marks and the user's rule", async () => {
      const harness = await open();
      const { port } = harness;
      await port.setMarks("check", [mark("歳入", "B2"), mark("歳入", "C3", "note")]);
      await port.setMarks("kpi", [mark("歳入", "B2", "confirm"), mark("KPI", "A1")]);
      expect(await port.clearMarks("check")).toBe(2);
      expect(await marksOf(port)).toEqual(["kpi KPI!A1 error", "kpi 歳入!B2 confirm"]);
      expect(await harness.userRules("歳入")).toEqual(["=B2<0"]);
      expect(await port.clearMarks("kpi")).toBe(2);
      expect(await port.listMarks()).toEqual([]);
    });

    it("replaces the group's marks with the new list; an empty list clears the group", async () => {
      const { port } = await open();
      await port.setMarks("check", [mark("歳入", "B2"), mark("KPI", "A1")]);
      await port.setMarks("kpi", [mark("KPI", "A1", "note")]);
      await port.setMarks("check", [mark("歳入", "C3", "confirm")]);
      expect(await marksOf(port)).toEqual(["check 歳入!C3 confirm", "kpi KPI!A1 note"]);
      await expect(port.setMarks("check", [])).resolves.toBeUndefined();
      expect(await marksOf(port)).toEqual(["kpi KPI!A1 note"]);
      expect(await port.clearMarks("check")).toBe(0);
    });

    it("lists every group's marks with their severity", async () => {
      const { port } = await open();
      expect(await port.listMarks()).toEqual([]);
      await port.setMarks("check", [mark("歳入", "B2:C3"), mark("歳入", "D4", "note")]);
      expect(await marksOf(port)).toEqual(["check 歳入!B2:C3 error", "check 歳入!D4 note"]);
    });

    it("refuses marks on a protected sheet and changes nothing", async () => {
      const harness = await open();
      const { port } = harness;
      await port.setMarks("check", [mark("KPI", "A1")]);
      harness.protect("歳入");
      await expect(port.setMarks("check", [mark("歳入", "B2")])).rejects.toMatchObject({
        code: "workbook.sheetProtected",
        params: { sheet: "歳入" },
      });
      expect(await marksOf(port)).toEqual(["check KPI!A1 error"]);
      expect(await harness.userRules("歳入")).toEqual(["=B2<0"]);
    });

    it("refuses to clear marks that lie on a sheet protected since, removing none", async () => {
      const harness = await open();
      const { port } = harness;
      await port.setMarks("check", [mark("歳入", "B2"), mark("KPI", "A1")]);
      harness.protect("KPI");
      expect(await codeOf(port.clearMarks("check"))).toBe("workbook.sheetProtected");
      expect(await codeOf(port.setMarks("check", []))).toBe("workbook.sheetProtected");
      expect(await marksOf(port)).toEqual(["check KPI!A1 error", "check 歳入!B2 error"]);
    });

    it.each([
      [mark("基金", "A1"), "workbook.noSuchSheet"],
      [mark("歳入", "B"), "workbook.badAddress"],
      [mark("歳入", "B:B"), "workbook.badAddress"],
      [mark("歳入", "XFE1"), "workbook.badAddress"],
      [mark("歳入", ""), "workbook.emptyRange"],
    ])("changes nothing when one mark is %j (%s)", async (bad, code) => {
      const { port } = await open();
      await port.setMarks("check", [mark("KPI", "A1")]);
      expect(await codeOf(port.setMarks("check", [mark("歳入", "B2"), bad]))).toBe(code);
      expect(await marksOf(port)).toEqual(["check KPI!A1 error"]);
    });

    it(`refuses more than ${MAX_MARKS} marks in all groups, changing none`, async () => {
      const { port } = await open();
      await port.setMarks("kpi", [mark("KPI", "A1")]);
      const many = Array.from({ length: MAX_MARKS }, (_, i) => mark("歳入", `E${i + 1}`));
      await expect(port.setMarks("check", many)).rejects.toMatchObject({
        code: "workbook.tooManyMarks",
        params: { limit: MAX_MARKS },
      });
      expect(await marksOf(port)).toEqual(["kpi KPI!A1 error"]);
    });
  });

  describe(`${name} (WorkbookPort contract): selectRange`, () => {
    it("selects the range and activates its sheet: getSelection gives it back", async () => {
      const { port } = await open();
      await port.selectRange(at("C3:D4", "KPI"));
      expect(await port.getSelection()).toEqual(at("C3:D4", "KPI"));
      await port.selectRange(at("B2"));
      expect(await port.getSelection()).toEqual(at("B2"));
    });

    it.each([
      [at("A1", "歳出"), "workbook.noSuchSheet"],
      [at("A0"), "workbook.badAddress"],
    ])("refuses selecting %j with %s", async (ref, code) => {
      const { port } = await open();
      expect(await codeOf(port.selectRange(ref))).toBe(code);
    });
  });

  describe(`${name} (WorkbookPort contract): addSheet and writeCells`, () => {
    it("adds sheets under unique names and lists them", async () => {
      const { port } = await open();
      expect(await port.addSheet("検算結果")).toBe("検算結果");
      expect(await port.addSheet("検算結果")).toBe("検算結果 (2)");
      expect(await port.addSheet("kpi")).toBe("kpi (2)");
      expect(await port.listSheets()).toEqual([
        "歳入",
        "空",
        "KPI",
        "検算結果",
        "検算結果 (2)",
        "kpi (2)",
      ]);
      expect(await port.readUsedRange("検算結果")).toBeNull();
    });

    it.each([
      ["検算: 歳入/歳出 [R6]", "検算_ 歳入_歳出 _R6_"],
      ["'引用'", "引用"],
      ["History", "Sheet"],
      ["", "Sheet"],
      ["あ".repeat(40), "あ".repeat(31)],
    ])("cleans the name %j into %j", async (base, cleaned) => {
      const { port } = await open();
      expect(await port.addSheet(base)).toBe(cleaned);
      expect(await port.listSheets()).toContain(cleaned);
    });

    it("shortens a long name so that the number fits in 31 characters", async () => {
      const { port } = await open();
      const base = "あ".repeat(31);
      await port.addSheet(base);
      expect(await port.addSheet(base)).toBe(`${"あ".repeat(27)} (2)`);
    });

    it("writes text as text, numbers as numbers, null as empty, with formats", async () => {
      const { port } = await open();
      const sheet = await port.addSheet("検算結果");
      const texts = ["=SUM(A1)", "+81", "0123", "2020-04-01", "-5", "@x", "TRUE", "1e3"];
      await port.writeCells(at("B2", sheet), [texts, [1234.5, -500, null, 0, "", 7, 8, 9]], {
        numberFormats: [
          texts.map(() => null),
          [TRIANGLE, TRIANGLE, null, null, null, null, null, null],
        ],
        columnWidths: [120, 60],
      });
      const grid = await port.readRange(at("B2:I3", sheet), { formulas: true });
      expect(grid.values).toEqual([texts, [1234.5, -500, "", 0, "", 7, 8, 9]]);
      expect(grid.formulas).toEqual([texts.map(() => ""), Array(8).fill("")]);
      expect(grid.numberFormats![0]).toEqual(texts.map(() => "@"));
      expect(grid.numberFormats![1]!.slice(0, 3)).toEqual([TRIANGLE, TRIANGLE, G]);
    });

    it("gives a text cell the format asked for and still keeps it text", async () => {
      const { port } = await open();
      const sheet = await port.addSheet("検算結果");
      await port.writeCells(at("A1", sheet), [["0123"]], { numberFormats: [["0000"]] });
      const grid = await port.readRange(at("A1", sheet));
      expect(grid.values).toEqual([["0123"]]);
      expect(grid.numberFormats).toEqual([["0000"]]);
    });

    it("refuses writing into the user's sheet, or a missing one, and writes nothing", async () => {
      const { port } = await open();
      await expect(port.writeCells(at("F6"), [["x"]])).rejects.toMatchObject({
        code: "workbook.notOwnSheet",
        params: { sheet: "歳入" },
      });
      expect((await port.readRange(at("F6"))).values).toEqual([[""]]);
      expect(await codeOf(port.writeCells(at("A1", "歳出"), [["x"]]))).toBe("workbook.noSuchSheet");
    });

    it("refuses rows of different lengths and writes nothing", async () => {
      const { port } = await open();
      const sheet = await port.addSheet("検算結果");
      expect(await codeOf(port.writeCells(at("A1", sheet), [["a", "b"], ["c"]]))).toBe(
        "workbook.invalidArgument"
      );
      expect(await port.readUsedRange(sheet)).toBeNull();
    });
  });

  describe(`${name} (WorkbookPort contract): charts`, () => {
    it("adds a chart, lists it, replaces it by id with a new host id", async () => {
      const { port } = await open();
      const first = await port.upsertChart("KPI", chart());
      expect(first).toEqual({
        key: "kpi:TK-15-1",
        sheet: "KPI",
        hostId: expect.any(String),
        title: "実質公債費比率",
        pageId: null,
      });
      expect(first.hostId).not.toBe("");
      expect(await port.listCharts()).toEqual([first]);
      const second = await port.upsertChart("KPI", chart({ title: "実質公債費比率（更新）" }));
      expect(second.hostId).not.toBe(first.hostId);
      expect(await port.listCharts()).toEqual([second]);
    });

    it("removes a chart by key, then answers false, and false for an unknown key", async () => {
      const { port } = await open();
      await port.upsertChart("KPI", chart());
      const other = await port.upsertChart(
        "KPI",
        chart({ id: "kpi:other", placement: placed("L2") })
      );
      expect(await port.removeChart("kpi:TK-15-1")).toBe(true);
      expect(await port.removeChart("kpi:TK-15-1")).toBe(false);
      expect(await port.removeChart("kpi:none")).toBe(false);
      expect(await port.listCharts()).toEqual([other]);
    });

    it.each<[string, Partial<ChartPlan>, string]>([
      ["no series", { series: [] }, "workbook.chartNoSeries"],
      [
        "no categories",
        { categories: [], series: [series({ values: [] })] },
        "workbook.chartNoCategories",
      ],
      ["a series of another length", { categories: ["R7"] }, "workbook.chartSeriesLength"],
      [
        "a value that is not a number",
        { series: [series({ values: [1, NaN, 2] })] },
        "workbook.chartBadValue",
      ],
      [
        "no value at all",
        { series: [series({ values: [null, null, null] })] },
        "workbook.chartNoValues",
      ],
      ["an anchor that is no cell", { placement: placed("C") }, "workbook.badAddress"],
      ["an anchor of several cells", { placement: placed("C2:H20") }, "workbook.badAddress"],
      ["an anchor off the grid", { placement: placed("XFE1") }, "workbook.badAddress"],
      ["a colour Excel refuses", { series: [series({ color: "navy" })] }, "workbook.chartBadPlan"],
      [
        "an unknown series type",
        { series: [series({ type: "pie" as "column" })] },
        "workbook.chartBadPlan",
      ],
      [
        "a size of zero",
        { placement: { anchor: "B4", widthPt: 0, heightPt: 200 } },
        "workbook.chartBadPlan",
      ],
      ["a gap width over 500", { gapWidth: 600 }, "workbook.chartBadPlan"],
      [
        "axis limits out of order",
        { valueAxis: { title: "", numberFormat: "0", min: 10, max: 5 } },
        "workbook.chartBadPlan",
      ],
    ])("refuses a chart with %s (%s) and draws nothing", async (_what, over, code) => {
      const { port } = await open();
      expect(await codeOf(port.upsertChart("KPI", chart(over)))).toBe(code);
      expect(await port.listCharts()).toEqual([]);
      expect(await port.listSheets()).toEqual(["歳入", "空", "KPI"]);
    });

    it("refuses a missing sheet and draws nothing", async () => {
      const { port } = await open();
      expect(await codeOf(port.upsertChart("なし", chart()))).toBe("workbook.noSuchSheet");
      expect(await port.listCharts()).toEqual([]);
    });

    it("refuses a chart on a protected sheet and draws nothing", async () => {
      const harness = await open();
      harness.protect("KPI");
      await expect(harness.port.upsertChart("KPI", chart())).rejects.toMatchObject({
        code: "workbook.ownSheetProtected",
        params: { sheet: "KPI" },
      });
      expect(await harness.port.listCharts()).toEqual([]);
      expect(await sheetsOf(harness.port)).toEqual(["歳入", "空", "KPI"]);
    });

    it("names the series and categories in the length refusal", async () => {
      const { port } = await open();
      await expect(port.upsertChart("KPI", chart({ categories: ["R7"] }))).rejects.toMatchObject({
        params: { title: "実質公債費比率", series: "実績", values: 3, categories: 1 },
      });
    });
  });

  describe(`${name} (WorkbookPort contract): chart pages`, () => {
    it("adds the page's sheet, writes its texts as text and draws every chart on it", async () => {
      const { port } = await open();
      const result = await port.drawChartPage(page(3));
      expect(result).toMatchObject({ sheet: "KPI進捗", created: true, removed: 0 });
      expect(result.charts.map((c) => [c.key, c.sheet, c.pageId])).toEqual([
        ["kpi:indicator:1", "KPI進捗", "kpi:KPI"],
        ["kpi:indicator:2", "KPI進捗", "kpi:KPI"],
        ["kpi:indicator:3", "KPI進捗", "kpi:KPI"],
      ]);
      expect(await sheetsOf(port)).toEqual(["歳入", "空", "KPI", "KPI進捗"]);
      const texts = await port.readRange(at("A1:A2", "KPI進捗"), { formulas: true });
      expect(texts.values).toEqual([["KPI進捗（令和7年度）"], ["=例示のデータを含みます"]]);
      expect(texts.formulas).toEqual([[""], [""]]);
      expect((await port.listCharts()).map((c) => c.key).sort()).toEqual(
        result.charts.map((c) => c.key).sort()
      );
    });

    it("replaces exactly its earlier charts on a second run, on the same sheet", async () => {
      const { port } = await open();
      const single = await port.upsertChart("KPI", chart({ id: "kpi:single" }));
      const first = await port.drawChartPage(page(3));
      const second = await port.drawChartPage(page(2));
      expect(second).toMatchObject({ sheet: "KPI進捗", created: false, removed: 1 });
      const ids = new Set(first.charts.map((c) => c.hostId));
      expect(second.charts.some((c) => ids.has(c.hostId))).toBe(false);
      const listed = await port.listCharts();
      expect(listed.map((c) => c.key).sort()).toEqual([
        "kpi:indicator:1",
        "kpi:indicator:2",
        "kpi:single",
      ]);
      expect(listed.find((c) => c.key === "kpi:single")).toEqual(single);
      expect(await sheetsOf(port)).toEqual(["歳入", "空", "KPI", "KPI進捗"]);
    });

    it("writes each chart's note under it as text, and clears it when the plan drops it", async () => {
      const { port } = await open();
      const noted = page(1);
      // B3, 220 pt high: 12 rows of Excel's default 18.75 pt, so the note goes to B15.
      noted.charts[0] = { ...noted.charts[0]!, note: "=例示：実績は架空の値です" };
      await port.drawChartPage(noted);
      expect((await port.readRange(at("B15", "KPI進捗"), { formulas: true })).formulas).toEqual([
        [""],
      ]);
      expect((await port.readRange(at("B15", "KPI進捗"))).values).toEqual([
        ["=例示：実績は架空の値です"],
      ]);
      await port.drawChartPage(page(1));
      expect((await port.readRange(at("B15", "KPI進捗"))).values).toEqual([[""]]);
    });

    it("takes a unique sheet name when the user has a sheet of that name", async () => {
      const { port } = await open();
      const result = await port.drawChartPage(page(1, { sheetBaseName: "kpi" }));
      expect(result.sheet).toBe("kpi (2)");
      expect((await port.readRange(at("A1", "KPI"))).values).toEqual([["年度"]]);
    });

    it("checks every plan before writing anything", async () => {
      const { port } = await open();
      const bad = page(3);
      bad.charts[2] = { ...bad.charts[2]!, series: [] };
      expect(await codeOf(port.drawChartPage(bad))).toBe("workbook.chartNoSeries");
      const twice = page(2);
      twice.charts[1] = { ...twice.charts[1]!, id: twice.charts[0]!.id };
      expect(await codeOf(port.drawChartPage(twice))).toBe("workbook.chartDuplicateId");
      const layout = page(1);
      layout.layout = { ...layout.layout, printArea: "A:Z" };
      expect(await codeOf(port.drawChartPage(layout))).toBe("workbook.pageBadLayout");
      const text = page(1);
      text.texts = [{ address: "A1:B2", text: "x" }];
      expect(await codeOf(port.drawChartPage(text))).toBe("workbook.badAddress");
      expect(await sheetsOf(port)).toEqual(["歳入", "空", "KPI"]);
      expect(await port.listCharts()).toEqual([]);
    });

    it("stops before writing when already aborted, and reports progress", async () => {
      const { port } = await open();
      const controller = new AbortController();
      controller.abort();
      expect(await codeOf(port.drawChartPage(page(2), { signal: controller.signal }))).toBe(
        "workbook.aborted"
      );
      expect(await sheetsOf(port)).toEqual(["歳入", "空", "KPI"]);
      const progress: [number, number][] = [];
      await port.drawChartPage(page(2), { onProgress: (d, t) => progress.push([d, t]) });
      expect(progress[0]).toEqual([0, 2]);
      expect(progress.at(-1)).toEqual([2, 2]);
    });

    it("refuses a page sheet protected since, changing nothing", async () => {
      const harness = await open();
      const first = await harness.port.drawChartPage(page(2));
      harness.protect("KPI進捗");
      expect(await codeOf(harness.port.drawChartPage(page(1)))).toBe("workbook.ownSheetProtected");
      expect((await harness.port.listCharts()).map((c) => c.hostId)).toEqual(
        first.charts.map((c) => c.hostId)
      );
    });

    it("removes the page: its charts and its sheet, and nothing else", async () => {
      const { port } = await open();
      const single = await port.upsertChart("KPI", chart({ id: "kpi:single" }));
      await port.drawChartPage(page(3));
      expect(await port.removeChartPage("kpi:KPI")).toBe(3);
      expect(await port.listCharts()).toEqual([single]);
      expect(await sheetsOf(port)).toEqual(["歳入", "空", "KPI"]);
      expect(await port.removeChartPage("kpi:KPI")).toBe(0);
      expect(await port.removeChartPage("kpi:none")).toBe(0);
    });

    it("keeps the page's sheet when the user wrote on it, clearing only the page's texts", async () => {
      const { port } = await open();
      await port.drawChartPage(page(1));
      await port.writeCells(at("D40", "KPI進捗"), [["利用者のメモ"]]);
      expect(await port.removeChartPage("kpi:KPI")).toBe(1);
      expect(await sheetsOf(port)).toContain("KPI進捗");
      expect((await port.readRange(at("A1", "KPI進捗"))).values).toEqual([[""]]);
      expect((await port.readRange(at("D40", "KPI進捗"))).values).toEqual([["利用者のメモ"]]);
    });
  });

  describe(`${name} (WorkbookPort contract): formatOwnSheet`, () => {
    const format = {
      freezeRows: 2,
      table: { address: "A2:F5", name: "KPI登録" },
      validations: [{ address: "C3:C5", list: ["増加", "減少"] }],
      numberFormats: [{ address: "F3:F5", format: TRIANGLE }],
      columnWidths: [40, 120],
    };

    it("formats a sheet the add-in made: number formats read back", async () => {
      const { port } = await open();
      const sheet = await port.addSheet("KPI登録");
      await port.formatOwnSheet(sheet, format);
      expect((await port.readRange(at("F3:F5", sheet))).numberFormats).toEqual([
        [TRIANGLE],
        [TRIANGLE],
        [TRIANGLE],
      ]);
      // Again, with the same table: replaced, not refused as an overlap or a taken name.
      await expect(port.formatOwnSheet(sheet, format)).resolves.toBeUndefined();
    });

    it("refuses the user's sheet, a protected one, and a table name taken elsewhere", async () => {
      const harness = await open();
      const { port } = harness;
      expect(await codeOf(port.formatOwnSheet("歳入", format))).toBe("workbook.notOwnSheet");
      expect((await port.readRange(at("F3", "歳入"))).numberFormats).toEqual([[G]]);
      const a = await port.addSheet("登録A");
      const b = await port.addSheet("登録B");
      await port.formatOwnSheet(a, { table: { address: "A1:B3", name: "KPI登録" } });
      expect(await codeOf(port.formatOwnSheet(b, format))).toBe("workbook.tableNameTaken");
      expect((await port.readRange(at("F3", b))).numberFormats).toEqual([[G]]);
      harness.protect(b);
      expect(await codeOf(port.formatOwnSheet(b, { freezeRows: 1 }))).toBe(
        "workbook.ownSheetProtected"
      );
    });

    it.each<[string, object, string]>([
      [
        "a table name that is a cell reference",
        { table: { address: "A1:B3", name: "A1" } },
        "workbook.badTableName",
      ],
      [
        "a table name with a space",
        { table: { address: "A1:B3", name: "KPI 登録" } },
        "workbook.badTableName",
      ],
      [
        "a list item with a comma",
        { validations: [{ address: "A2", list: ["a,b"] }] },
        "workbook.badValidationList",
      ],
      [
        "an empty list",
        { validations: [{ address: "A2", list: [] }] },
        "workbook.badValidationList",
      ],
      [
        "a list over 255 characters",
        { validations: [{ address: "A2", list: ["あ".repeat(256)] }] },
        "workbook.badValidationList",
      ],
      ["a bad address", { numberFormats: [{ address: "D", format: "0" }] }, "workbook.badAddress"],
      ["negative frozen rows", { freezeRows: -1 }, "workbook.invalidArgument"],
    ])("refuses %s (%s), changing nothing", async (_what, bad, code) => {
      const { port } = await open();
      const sheet = await port.addSheet("KPI登録");
      expect(
        await codeOf(
          port.formatOwnSheet(sheet, { numberFormats: [{ address: "B2", format: "0.0" }], ...bad })
        )
      ).toBe(code);
      expect((await port.readRange(at("B2", sheet))).numberFormats).toEqual([[G]]);
    });
  });

  describe(`${name} (WorkbookPort contract): writeFormula and restoreCell`, () => {
    it("writes into an empty cell and returns what was there", async () => {
      const { port } = await open();
      const { previous } = await port.writeFormula(at("F6"), "=ZAISEI.VALUE(B2)");
      expect(previous).toEqual({ value: "", formula: null, numberFormat: G });
      expect((await cellOf(port, at("F6"))).formula).toBe("=ZAISEI.VALUE(B2)");
    });

    it.each(["B2", "D2", "B4"])(
      "refuses the non-empty cell %s without overwrite and leaves it",
      async (address) => {
        const { port } = await open();
        const before = await cellOf(port, at(address));
        await expect(port.writeFormula(at(address), "=1+1")).rejects.toMatchObject({
          code: "workbook.cellNotEmpty",
          params: { address },
        });
        expect(await cellOf(port, at(address))).toEqual(before);
      }
    );

    it.each([
      [at("A1:B1"), "=1", "workbook.notSingleCell"],
      [at("A:A"), "=1", "workbook.badAddress"],
      [at("F6"), "1+1", "workbook.notAFormula"],
      [at("F6"), "", "workbook.notAFormula"],
      [at("A1", "歳出"), "=1", "workbook.noSuchSheet"],
    ])("refuses writing to %j the formula %j with %s", async (ref, formula, code) => {
      const { port } = await open();
      expect(await codeOf(port.writeFormula(ref, formula))).toBe(code);
    });

    it.each(["B2", "B4", "D2", "D3", "A1", "F6"])(
      "puts %s back exactly after an overwrite",
      async (address) => {
        const { port } = await open();
        const before = await cellOf(port, at(address));
        const { previous } = await port.writeFormula(at(address), "=1+1", { overwrite: true });
        expect((await cellOf(port, at(address))).formula).toBe("=1+1");
        await port.restoreCell(at(address), previous);
        expect(await cellOf(port, at(address))).toEqual(before);
      }
    );

    it("makes a Text cell General so the formula is a formula", async () => {
      const { port } = await open();
      await port.writeFormula(at("D2"), "=1+1", { overwrite: true });
      expect(await cellOf(port, at("D2"))).toMatchObject({ formula: "=1+1", numberFormat: G });
    });

    it.each(['=HYPERLINK("http://example.invalid")', "+81", "-5", "@x", "0123", "TRUE"])(
      "keeps the text %j as text when it puts it into a General cell",
      async (text) => {
        const { port } = await open();
        await port.restoreCell(at("F6"), { value: text, formula: null, numberFormat: G });
        expect(await cellOf(port, at("F6"))).toEqual({ value: text, numberFormat: G, formula: "" });
      }
    );

    it("keeps the cell's current format when the snapshot has none", async () => {
      const { port } = await open();
      await port.restoreCell(at("B2"), { value: 99, formula: null });
      expect(await cellOf(port, at("B2"))).toEqual({
        value: 99,
        numberFormat: TRIANGLE,
        formula: "",
      });
    });

    it.each([
      [at("A1:B2"), "workbook.notSingleCell"],
      [at("A1", "歳出"), "workbook.noSuchSheet"],
    ])("refuses restoring %j with %s", async (ref, code) => {
      const { port } = await open();
      expect(await codeOf(port.restoreCell(ref, { value: 1, formula: null }))).toBe(code);
    });
  });

  describeValueCases(name, open);
}

/** Every cell of a few ranges as readCells gives them (values, formats, formulas), to compare. */
async function cellsOf(port: WorkbookPort, refs: RangeRef[]) {
  return (await port.readCells(refs)).map((g) => ({
    top: g.top,
    left: g.left,
    values: g.values,
    numberFormats: g.numberFormats,
    formulas: g.formulas,
  }));
}

/** Text that Excel would turn into something else if it were typed (or written into a General cell). */
export const HOSTILE_TEXTS = [
  "=1+1",
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://example.invalid")',
  "+81",
  "-5",
  "@x",
  "2020",
  "0123",
  "TRUE",
  "2018-12-31",
  "R7.4.1",
  "50%",
  "1,234",
  "－",
  " ",
];

/** The batch cell operations (readCells, writeValues, restoreCells) of 「値として書き込む」. */
function describeValueCases(name: string, open: () => Promise<ContractHarness>): void {
  describe(`${name} (WorkbookPort contract): readCells`, () => {
    it("reads several ranges in order: values, number formats, formulas", async () => {
      const { port } = await open();
      const grids = await port.readCells([at("B4:C4"), at("D2:D3"), at("A1", "KPI"), at("F10")]);
      expect(grids.map((g) => [g.top, g.left])).toEqual([
        [3, 1],
        [1, 3],
        [0, 0],
        [9, 5],
      ]);
      expect(grids[0]).toMatchObject({
        values: [[1801, 700]],
        numberFormats: [[TRIANGLE, TRIANGLE]],
        formulas: [["=SUM(B2:B3)", "=SUM(C2:C3)"]],
      });
      expect(grids[1]).toMatchObject({ values: [["=abc"], ["0123"]], formulas: [[""], [""]] });
      expect(grids[2]).toMatchObject({ values: [["年度"]], formulas: [[""]] });
      expect(grids[3]).toMatchObject({ values: [[""]], numberFormats: [[G]], formulas: [[""]] });
    });

    it("reads nothing for no references", async () => {
      const { port } = await open();
      expect(await port.readCells([])).toEqual([]);
    });

    it.each([
      [[at("B2"), at("A:A")], "workbook.badAddress"],
      [[at("B2"), at("3:3")], "workbook.badAddress"],
      [[at("")], "workbook.emptyRange"],
      [[at("XFE1")], "workbook.badAddress"],
      [[at("A1:A50001")], "workbook.tooManyCells"],
      [[at("A1:A25000"), at("B1:B25001")], "workbook.tooManyCells"],
    ])("rejects %j with %s", async (refs, code) => {
      const { port } = await open();
      expect(await codeOf(port.readCells(refs))).toBe(code);
    });

    it("rejects a missing sheet naming it, among references that exist", async () => {
      const { port } = await open();
      await expect(
        port.readCells([at("B2"), at("A1", "歳出"), at("A1", "KPI")])
      ).rejects.toMatchObject({ code: "workbook.noSuchSheet", params: { sheet: "歳出" } });
    });

    it("allows exactly MAX_VALUE_CELLS cells", async () => {
      const { port } = await open();
      const grids = await port.readCells([at(`A1:E${MAX_VALUE_CELLS / 5}`, "空")]);
      expect(grids[0]!.values).toHaveLength(MAX_VALUE_CELLS / 5);
    });
  });

  describe(`${name} (WorkbookPort contract): writeValues and restoreCells`, () => {
    it("writes into empty cells and returns what they held", async () => {
      const { port } = await open();
      const { previous } = await port.writeValues([
        { ref: at("F6:G6"), values: [[12.7, "－"]] },
        { ref: at("B2", "KPI"), values: [[true]] },
      ]);
      expect(previous).toEqual([
        [
          [
            { value: "", formula: null, numberFormat: G },
            { value: "", formula: null, numberFormat: G },
          ],
        ],
        [[{ value: "", formula: null, numberFormat: G }]],
      ]);
      expect(await cellsOf(port, [at("F6:G6"), at("B2", "KPI")])).toMatchObject([
        { values: [[12.7, "－"]], numberFormats: [[G, G]], formulas: [["", ""]] },
        { values: [[true]], formulas: [[""]] },
      ]);
    });

    it("finds sheets as Excel does, without case", async () => {
      const { port } = await open();
      await port.writeValues([{ ref: at("B2", "kpi"), values: [["令和7年度"]] }]);
      expect((await port.readCells([at("A1:B2", "Kpi")]))[0]!.values).toEqual([
        ["年度", ""],
        ["", "令和7年度"],
      ]);
    });

    it("keeps every hostile text as the same text, in the cell's own format", async () => {
      const { port } = await open();
      const row = HOSTILE_TEXTS;
      const ref = at(`F6:${String.fromCharCode(70 + row.length - 1)}6`);
      await port.writeValues([{ ref, values: [row] }]);
      expect(await cellsOf(port, [ref])).toMatchObject([
        { values: [row], numberFormats: [row.map(() => G)], formulas: [row.map(() => "")] },
      ]);
    });

    it("keeps a number's format, and a text's, when overwriting a formatted cell", async () => {
      const { port } = await open();
      await port.writeValues([{ ref: at("B2:B3"), values: [[99], ["=cmd|' /C calc'!A0"]] }], {
        overwrite: true,
      });
      expect(await cellsOf(port, [at("B2:B3")])).toMatchObject([
        {
          values: [[99], ["=cmd|' /C calc'!A0"]],
          numberFormats: [[TRIANGLE], [TRIANGLE]],
          formulas: [[""], [""]],
        },
      ]);
    });

    it("makes a Text cell General for a number, so that it is a number", async () => {
      const { port } = await open();
      await port.writeValues([{ ref: at("D2"), values: [[5]] }], { overwrite: true });
      expect(await cellsOf(port, [at("D2")])).toMatchObject([
        { values: [[5]], numberFormats: [[G]], formulas: [[""]] },
      ]);
    });

    it("refuses a non-empty cell without overwrite, naming it, and writes nothing", async () => {
      const { port } = await open();
      const before = await cellsOf(port, [at("F6"), at("A1:D4")]);
      await expect(
        port.writeValues([
          { ref: at("F6"), values: [[1]] },
          { ref: at("C4:D4"), values: [[1, 2]] },
        ])
      ).rejects.toMatchObject({
        code: "workbook.cellNotEmpty",
        params: { sheet: "歳入", address: "C4" },
      });
      expect(await cellsOf(port, [at("F6"), at("A1:D4")])).toEqual(before);
    });

    it.each([
      [[{ ref: at("F6"), values: [[1, 2]] }], "workbook.shapeMismatch"],
      [[{ ref: at("F6:G7"), values: [[1, 2], [3]] }], "workbook.shapeMismatch"],
      [[{ ref: at("F6"), values: [] }], "workbook.shapeMismatch"],
      [[{ ref: at("F:F"), values: [[1]] }], "workbook.badAddress"],
      [[{ ref: at("F6"), values: [[Number.NaN]] }], "workbook.invalidArgument"],
      [[{ ref: at("F6"), values: [[Infinity]] }], "workbook.invalidArgument"],
      [
        [
          { ref: at("F6:G6"), values: [[1, 2]] },
          { ref: at("G6", "歳入"), values: [[3]] },
        ],
        "workbook.invalidArgument",
      ],
      [[{ ref: at("A1:A50001", "空"), values: [] }], "workbook.shapeMismatch"],
    ])("refuses %j with %s", async (blocks, code) => {
      const { port } = await open();
      expect(await codeOf(port.writeValues(blocks as never))).toBe(code);
    });

    it("refuses a missing sheet, naming it, and writes nothing anywhere", async () => {
      const { port } = await open();
      await expect(
        port.writeValues([
          { ref: at("F6"), values: [[1]] },
          { ref: at("A1", "歳出"), values: [[2]] },
        ])
      ).rejects.toMatchObject({ code: "workbook.noSuchSheet", params: { sheet: "歳出" } });
      expect((await port.readCells([at("F6")]))[0]!.values).toEqual([[""]]);
    });

    it("refuses a protected sheet before writing anything, on any sheet", async () => {
      const harness = await open();
      harness.protect("KPI");
      await expect(
        harness.port.writeValues([
          { ref: at("F6"), values: [[1]] },
          { ref: at("B2", "KPI"), values: [[2]] },
        ])
      ).rejects.toMatchObject({ code: "workbook.cellsProtected", params: { sheet: "KPI" } });
      expect((await harness.port.readCells([at("F6")]))[0]!.values).toEqual([[""]]);
      await expect(
        harness.port.restoreCells([
          { ref: at("B2", "KPI"), previous: [[{ value: 1, formula: null }]] },
        ])
      ).rejects.toMatchObject({ code: "workbook.cellsProtected", params: { sheet: "KPI" } });
    });

    it("puts a whole block back exactly: formulas, text in Text cells, numbers, formats", async () => {
      const { port } = await open();
      const before = await cellsOf(port, [at("A1:E5")]);
      const values = [1, 2, 3, 4, 5].map(() => ["x", 1, true, "=1+1", ""]);
      const { previous } = await port.writeValues([{ ref: at("A1:E5"), values }], {
        overwrite: true,
      });
      expect(await cellsOf(port, [at("A1:E5")])).not.toEqual(before);
      await port.restoreCells([{ ref: at("A1:E5"), previous: previous[0]! }]);
      expect(await cellsOf(port, [at("A1:E5")])).toEqual(before);
    });

    it("keeps the cell's current format when a snapshot has none", async () => {
      const { port } = await open();
      await port.restoreCells([
        {
          ref: at("B2:B3"),
          previous: [[{ value: "0123", formula: null }], [{ value: 7, formula: null }]],
        },
      ]);
      expect(await cellsOf(port, [at("B2:B3")])).toMatchObject([
        {
          values: [["0123"], [7]],
          numberFormats: [[TRIANGLE], [TRIANGLE]],
          formulas: [[""], [""]],
        },
      ]);
    });

    it.each([
      [[{ ref: at("F6"), previous: [] }], "workbook.shapeMismatch"],
      [[{ ref: at("F6"), previous: [[{ value: 1, formula: "1+1" }]] }], "workbook.invalidArgument"],
      [[{ ref: at("F6"), previous: [[{ value: {}, formula: null }]] }], "workbook.invalidArgument"],
      [
        [{ ref: at("A1", "歳出"), previous: [[{ value: 1, formula: null }]] }],
        "workbook.noSuchSheet",
      ],
    ])("refuses restoring %j with %s", async (blocks, code) => {
      const { port } = await open();
      expect(await codeOf(port.restoreCells(blocks as never))).toBe(code);
    });

    it("write then restore leaves any block exactly as it was (property)", async () => {
      const { port } = await open();
      const scalar = fc.oneof(
        fc.constantFrom<CellValue>(...HOSTILE_TEXTS, "", 0, -0.5, 1801, true, false),
        fc.string({ maxLength: 6 }),
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 })
      );
      const block = fc
        .record({ top: fc.integer({ min: 0, max: 5 }), left: fc.integer({ min: 0, max: 5 }) })
        .chain(({ top, left }) =>
          fc
            .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
            .chain(([rows, cols]) =>
              fc.record({
                top: fc.constant(top),
                left: fc.constant(left),
                values: fc.array(fc.array(scalar, { minLength: cols, maxLength: cols }), {
                  minLength: rows,
                  maxLength: rows,
                }),
              })
            )
        );
      const address = (b: { top: number; left: number; values: CellValue[][] }) =>
        `${String.fromCharCode(65 + b.left)}${b.top + 1}:${String.fromCharCode(
          65 + b.left + b.values[0]!.length - 1
        )}${b.top + b.values.length}`;
      // As Excel keeps a number: no -0, nothing closer to zero than its smallest normal number.
      const kept = (v: CellValue) =>
        typeof v === "number" && Math.abs(v) < 2.2250738585072014e-308 ? 0 : v;
      const whole = [at("A1:H8")];
      const before = await cellsOf(port, whole);
      await fc.assert(
        fc.asyncProperty(block, async (b) => {
          const ref = at(address(b));
          const { previous } = await port.writeValues([{ ref, values: b.values }], {
            overwrite: true,
          });
          const written = (await port.readCells([ref]))[0]!;
          // Text stays text and numbers stay numbers: exactly what was written, no formula.
          expect(written.values).toEqual(b.values.map((row) => row.map(kept)));
          expect(written.formulas!.flat().every((f) => f === "")).toBe(true);
          await port.restoreCells([{ ref, previous: previous[0] as CellSnapshot[][] }]);
          expect(await cellsOf(port, whole)).toEqual(before);
        }),
        { numRuns: 40 }
      );
    });
  });
}
