import { RESERVED_SETTING_PREFIX, type CellMark, type ChartSpec, type OwnedChart } from "../port";

/**
 * What the add-in laid over a memory workbook: marks (a list; all of them are the add-in's),
 * charts (specs by key, with a generated host id, so the browser host can draw them) and
 * settings (JSON text, like Excel's). None of it is written to .xlsx: see MemoryWorkbook.
 */
export class MemoryAddInState {
  private marks: CellMark[] = [];
  private readonly charts = new Map<string, { spec: ChartSpec; owned: OwnedChart }>();
  private readonly settings = new Map<string, string>();
  private chartCounter = 0;

  addMarks(marks: CellMark[]): void {
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
    const json = this.settings.get(key);
    return json === undefined ? undefined : (JSON.parse(json) as T);
  }

  /** Stored as JSON text, like Excel's settings: what comes back is a copy, Dates become strings. */
  setSetting(key: string, value: unknown): void {
    // Same refusal as the Excel adapter, so code tested here does not fail there.
    if (key.startsWith(RESERVED_SETTING_PREFIX)) {
      throw new Error(`setting key ${key} is reserved for the adapters' registries`);
    }
    const json = value === undefined ? undefined : JSON.stringify(value);
    if (json === undefined) this.settings.delete(key);
    else this.settings.set(key, json);
  }
}
