import { boxAddress, parseA1Range, type CellValue } from "../../src/core/grid";
import { FakeContext, MAX_GET_CELLS, type FakeCounters, type FakeOptions } from "./fake-context";
import {
  FakeSheet,
  type FakeCell,
  type FakeChart,
  type FakeConditionalFormat,
  type FakeModel,
} from "./fake-model";
import { FakeWorkbookProxy } from "./fake-workbook";

export { FakeRichApiError } from "./fake-office-error";
export type { FakeOptions } from "./fake-context";

export interface FakeWorkbookData {
  sheets: {
    name: string;
    rows?: CellValue[][];
    numberFormats?: string[][];
    formulas?: (string | null)[][];
  }[];
  /** Active sheet's selection; default the first sheet's A1. */
  selection?: { sheet: string; address: string };
  settings?: Record<string, unknown>;
}

export interface FakeExcel {
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  readonly syncCount: number;
  readonly roundTrips: number;
  readonly counters: FakeCounters;
  /** Makes the next sync fail with this Office error code (e.g. "InvalidOperationInCellEditMode"). */
  failNextSync(code: string): void;
  cell(sheet: string, address: string): FakeCell;
  conditionalFormats(sheet: string): FakeConditionalFormat[];
  charts(sheet: string): FakeChart[];
  sheetNames(): string[];
  setting(key: string): unknown;
  /**
   * Adds a rule as the user would (the adapter must never remove it): a custom rule with this
   * formula, or a rule of another type (formula ignored). `priority` 0 (default) is the top, where
   * Excel's "New Rule" puts it; rules from `priority` down move one place lower.
   */
  addUserConditionalFormat(
    sheet: string,
    address: string,
    formula: string,
    options?: { type?: string; priority?: number }
  ): FakeConditionalFormat;
  /** Moves a rule to another priority, as the user would in the Rules Manager. */
  moveConditionalFormat(sheet: string, rule: FakeConditionalFormat, priority: number): void;
  /** Deletes a rule as the user would. */
  deleteConditionalFormat(sheet: string, rule: FakeConditionalFormat): void;
  /** Adds a chart as the user would, with the given (possibly clashing) name. */
  addUserChart(sheet: string, name: string): FakeChart;
  select(sheet: string, address: string): void;
  /** Renames a sheet as the user would. */
  renameSheet(from: string, to: string): void;
  /** Deletes a sheet as the user would. */
  deleteSheet(sheet: string): void;
  /** Protects a sheet as the user would (「シートの保護」). */
  protect(sheet: string): void;
  /** Active sheet and selection, as the user sees them. */
  selection(): { sheet: string; address: string };
  /** Column width in points set on a sheet's column (0-based), or undefined. */
  columnWidth(sheet: string, col: number): number | undefined;
  /** The host's state of a sheet (page layout, breaks, frozen rows, tables, validations, fonts). */
  sheetModel(sheet: string): FakeSheet;
  /** The used range (values and formulas only) of a sheet, as A1, or null when empty. */
  usedAddress(sheet: string): string | null;
}

/**
 * A fake of the Excel JavaScript API, for tests of the Excel adapter. It fails where Excel fails:
 * properties are unreadable until `load` + `sync`; commands run on the "host" only at `sync`;
 * a get of more than 5,000,000 cells answers `null` (or errors); on "web" a sync whose response is
 * over 5 MB fails with ResponsePayloadSizeLimitExceeded; "=…" text written into a General cell
 * becomes a formula; charts are found by name only; `clearAll()` removes the user's rules too;
 * a conditional format's id is its current priority, and loading `custom` on a non-custom rule
 * fails the sync. Charts, pages and sheet formats (fake-charts.ts, fake-page.ts): unknown chart
 * types and enum values, colours that are not "#RRGGBB" or a name, gap widths and overlaps out of
 * range, `charts.add` over a source without a value, the secondary value axis with no series on
 * it, a print area or page break that is not a range, title rows that are not rows, overlapping
 * tables, a table name Excel refuses or another table has, a list source over 255 characters,
 * and charts, tables or lists on a protected sheet all fail the sync as in Excel.
 *
 * Not modelled: calculation (formula cells show `formulaResult`), number-format rendering (`text`
 * is the value as a string), undo, events.
 *
 * @example
 * const fake = createFakeExcel({ sheets: [{ name: "歳入", rows: [["地方税", 1234]] }] });
 * await fake.run(async (ctx) => { const r = ctx.workbook.worksheets.getItem("歳入").getRange("A1"); r.load("values"); await ctx.sync(); });
 */
export function createFakeExcel(data: FakeWorkbookData, options: FakeOptions = {}): FakeExcel {
  const model: FakeModel = {
    sheets: data.sheets.map((s, i) => {
      const sheet = new FakeSheet(s.name, `{SHEET-${i + 1}}`);
      s.rows?.forEach((row, r) =>
        row.forEach((v, c) => sheet.setValue(r, c, v, s.formulas?.[r]?.[c] ?? null))
      );
      s.numberFormats?.forEach((row, r) => row.forEach((f, c) => sheet.setFormat(r, c, f)));
      return sheet;
    }),
    activeSheet: data.selection?.sheet ?? data.sheets[0]?.name ?? "Sheet1",
    selection: data.selection?.address ?? "A1",
    settings: new Map(Object.entries(data.settings ?? {}).map(([k, v]) => [k, JSON.stringify(v)])),
    nextId: 1000,
  };
  const resolved: Required<FakeOptions> = {
    platform: options.platform ?? "web",
    oversizedRead: options.oversizedRead ?? "null",
    maxGetCells: options.maxGetCells ?? MAX_GET_CELLS,
    formulaResult: options.formulaResult ?? (() => "#NAME?"),
  };
  const counters: FakeCounters = {
    syncCount: 0,
    roundTrips: 0,
    responseBytes: [],
    payloadFailures: 0,
  };
  const sheet = (name: string): FakeSheet => {
    const found = model.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`fake: no sheet ${name}`);
    return found;
  };
  const box = (address: string) => {
    const b = parseA1Range(address);
    if (!b) throw new Error(`fake: bad address ${address}`);
    return b;
  };

  return {
    // Excel.run: one context per batch; pending commands are synced when the batch resolves;
    // proxies die with their batch (using one later throws InvalidObjectPath).
    async run(batch) {
      const ctx = new FakeContext(model, counters, resolved);
      const context = { workbook: new FakeWorkbookProxy(ctx), sync: () => ctx.sync() };
      try {
        const result = await batch(context as unknown as Excel.RequestContext);
        if (ctx.pendingCount > 0) await ctx.sync();
        return result;
      } finally {
        ctx.closed = true;
      }
    },
    get syncCount() {
      return counters.syncCount;
    },
    get roundTrips() {
      return counters.roundTrips;
    },
    counters,
    failNextSync(code) {
      counters.failNextSync = code;
    },
    cell(name, address) {
      const b = box(address);
      return sheet(name).get(b.top, b.left);
    },
    conditionalFormats: (name) => sheet(name).conditionalFormats,
    charts: (name) => sheet(name).charts,
    sheetNames: () => model.sheets.map((s) => s.name),
    setting: (key) => {
      const json = model.settings.get(key);
      return json === undefined ? undefined : JSON.parse(json);
    },
    addUserConditionalFormat(name, address, formula, { type = "Custom", priority = 0 } = {}) {
      const rule: FakeConditionalFormat =
        type === "Custom"
          ? { box: box(address), type, formula, fill: "#00B050" }
          : { box: box(address), type };
      sheet(name).conditionalFormats.splice(priority, 0, rule);
      return rule;
    },
    moveConditionalFormat(name, rule, priority) {
      const rules = sheet(name).conditionalFormats;
      const at = rules.indexOf(rule);
      if (at < 0) throw new Error("fake: no such rule");
      rules.splice(at, 1);
      rules.splice(priority, 0, rule);
    },
    deleteConditionalFormat(name, rule) {
      const rules = sheet(name).conditionalFormats;
      const at = rules.indexOf(rule);
      if (at < 0) throw new Error("fake: no such rule");
      rules.splice(at, 1);
    },
    addUserChart(name, chartName) {
      const chart: FakeChart = {
        id: `{CHART-${model.nextId++}}`,
        name: chartName,
        type: "Pie",
        seriesBy: "Auto",
        series: [],
      };
      sheet(name).charts.push(chart);
      return chart;
    },
    renameSheet(from, to) {
      sheet(from).name = to;
    },
    deleteSheet(name) {
      model.sheets.splice(model.sheets.indexOf(sheet(name)), 1);
    },
    protect(name) {
      sheet(name).protected = true;
    },
    selection: () => ({ sheet: model.activeSheet, address: model.selection }),
    columnWidth: (name, col) => sheet(name).columnWidths.get(col),
    sheetModel: (name) => sheet(name),
    usedAddress(name) {
      const used = sheet(name).usedBox(true);
      return used ? boxAddress(used) : null;
    },
    select(name, address) {
      sheet(name);
      model.activeSheet = name;
      model.selection = address;
    },
  };
}
