import {
  MAX_CHARTS,
  MAX_MARKS,
  WorkbookError,
  type CellMark,
  type ChartSpec,
  type OwnedChart,
} from "../port";
import { checkSettingKey, settingJson } from "../settingRules";

/**
 * What the add-in laid over a memory workbook: marks (a list; all of them are the add-in's),
 * charts (specs by key, with a generated host id, so the browser host can draw them) and
 * settings (JSON text, like Excel's). None of it is written to .xlsx: see MemoryWorkbook. So
 * nothing here is read from a file, and no registry needs the Excel adapter's checks.
 */
export class MemoryAddInState {
  private marks: CellMark[] = [];
  private readonly charts = new Map<string, { spec: ChartSpec; owned: OwnedChart }>();
  private readonly settings = new Map<string, string>();
  private chartCounter = 0;

  /** Refuses (adding none) when the marks would number more than MAX_MARKS, as Excel's do. */
  addMarks(marks: CellMark[]): void {
    if (this.marks.length + marks.length > MAX_MARKS)
      throw new WorkbookError("workbook.tooManyMarks", { limit: MAX_MARKS });
    // A loop, not push(...marks): spreading 100,000 arguments can overflow the stack.
    for (const m of marks) this.marks.push({ ...m });
  }

  clearMarks(): number {
    const n = this.marks.length;
    this.marks = [];
    return n;
  }

  getMarks(): CellMark[] {
    return this.marks.map((m) => ({ ...m }));
  }

  /** Replaces by key; a replaced chart gets a new host id, as a redrawn Excel chart does. */
  upsertChart(spec: ChartSpec): OwnedChart {
    if (!this.charts.has(spec.key) && this.charts.size >= MAX_CHARTS)
      throw new WorkbookError("workbook.tooManyCharts", { limit: MAX_CHARTS });
    const owned: OwnedChart = {
      key: spec.key,
      sheet: spec.sheet,
      hostId: `memory-chart-${++this.chartCounter}`,
      title: spec.title,
    };
    this.charts.set(spec.key, { spec: structuredClone(spec), owned });
    return { ...owned };
  }

  removeChart(key: string): boolean {
    return this.charts.delete(key);
  }

  listCharts(): OwnedChart[] {
    return [...this.charts.values()].map((c) => ({ ...c.owned }));
  }

  getChartSpec(key: string): ChartSpec | undefined {
    const c = this.charts.get(key);
    return c ? structuredClone(c.spec) : undefined;
  }

  getSetting<T>(key: string): T | undefined {
    checkSettingKey(key);
    const json = this.settings.get(key);
    return json === undefined ? undefined : (JSON.parse(json) as T);
  }

  /** Stored as JSON text, like Excel's settings: what comes back is a copy, Dates become strings. */
  setSetting(key: string, value: unknown): void {
    // Same refusals as the Excel adapter, so code tested here does not fail there.
    checkSettingKey(key);
    const json = settingJson(value);
    if (json === undefined) this.settings.delete(key);
    else this.settings.set(key, json);
  }
}
