import {
  MAX_CHARTS,
  MARK_GROUPS,
  WorkbookError,
  type CellMark,
  type ChartSpec,
  type MarkGroup,
  type OwnedChart,
  type OwnedMark,
} from "../port";
import { checkMarks } from "../ownedSheets";
import { checkSettingKey, settingJson } from "../settingRules";

/**
 * What the add-in laid over a memory workbook: marks (a list per group; all of them are the add-in's),
 * charts (specs by key, with a generated host id, so the browser host can draw them) and
 * settings (JSON text, like Excel's). None of it is written to .xlsx: see MemoryWorkbook. So
 * nothing here is read from a file, and no registry needs the Excel adapter's checks.
 */
export class MemoryAddInState {
  private readonly marks = new Map<MarkGroup, CellMark[]>();
  private readonly charts = new Map<string, { spec: ChartSpec; owned: OwnedChart }>();
  private readonly settings = new Map<string, string>();
  private chartCounter = 0;

  /**
   * Replaces the group's marks; refuses (changing none) a bad address or a total over MAX_MARKS
   * with the other groups' marks, as Excel's do. Sheets are the workbook's to check.
   */
  setMarks(group: MarkGroup, marks: readonly CellMark[]): void {
    checkMarks(marks, this.count() - (this.marks.get(group)?.length ?? 0));
    this.marks.set(
      group,
      marks.map((m) => ({ sheet: m.sheet, address: m.address, severity: m.severity }))
    );
  }

  clearMarks(group: MarkGroup): number {
    const n = this.marks.get(group)?.length ?? 0;
    this.marks.delete(group);
    return n;
  }

  /** Every group's marks, in group order then as laid. */
  listMarks(): OwnedMark[] {
    return MARK_GROUPS.flatMap((group) =>
      (this.marks.get(group) ?? []).map((m) => ({ ...m, group }))
    );
  }

  /** Marks of all groups together. */
  private count(): number {
    let n = 0;
    for (const list of this.marks.values()) n += list.length;
    return n;
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
