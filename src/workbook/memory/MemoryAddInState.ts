import type { ChartPagePlan, ChartPlan, PageLayoutPlan } from "../../core/chart/types";
import {
  MAX_CHARTS,
  MARK_GROUPS,
  WorkbookError,
  type CellMark,
  type MarkGroup,
  type OwnedChart,
  type OwnedMark,
  type SheetFormat,
} from "../port";
import { checkMarks } from "../ownedSheets";
import { checkSettingKey, settingJson } from "../settingRules";
import { sheetNameKey } from "../sheetName";

/** A page as the memory workbook keeps it: the plan it was drawn from and its sheet. */
export interface MemoryChartPage {
  page: ChartPagePlan;
  sheet: string;
}

/**
 * What the add-in laid over a memory workbook: marks (a list per group; all of them are the add-in's),
 * charts (plans by id, with a generated host id, so the browser host can draw them), chart pages,
 * sheet formats and page layouts (by sheet), and settings (JSON text, like Excel's). None of it is written to .xlsx: see MemoryWorkbook. So
 * nothing here is read from a file, and no registry needs the Excel adapter's checks.
 */
export class MemoryAddInState {
  private readonly marks = new Map<MarkGroup, CellMark[]>();
  private readonly charts = new Map<string, { plan: ChartPlan; owned: OwnedChart }>();
  private readonly pages = new Map<string, MemoryChartPage>();
  /** By sheetNameKey. */
  private readonly formats = new Map<string, SheetFormat>();
  private readonly layouts = new Map<string, PageLayoutPlan>();
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

  /** Replaces by id; a replaced chart gets a new host id, as a redrawn Excel chart does. */
  upsertChart(sheet: string, plan: ChartPlan, pageId: string | null): OwnedChart {
    const owned: OwnedChart = {
      key: plan.id,
      sheet,
      hostId: `memory-chart-${++this.chartCounter}`,
      title: plan.title,
      pageId,
    };
    this.charts.set(plan.id, { plan: structuredClone(plan), owned });
    return { ...owned };
  }

  /** Refuses (before anything changes) when these new ids would go over MAX_CHARTS. */
  checkRoom(ids: readonly string[], leaving: ReadonlySet<string> = new Set()): void {
    const added = ids.filter((id) => !this.charts.has(id)).length;
    if (added > 0 && this.charts.size - leaving.size + added > MAX_CHARTS)
      throw new WorkbookError("workbook.tooManyCharts", { limit: MAX_CHARTS });
  }

  removeChart(key: string): boolean {
    return this.charts.delete(key);
  }

  listCharts(): OwnedChart[] {
    return [...this.charts.values()].map((c) => ({ ...c.owned }));
  }

  getChartPlan(key: string): ChartPlan | undefined {
    const c = this.charts.get(key);
    return c ? structuredClone(c.plan) : undefined;
  }

  getChartPage(pageId: string): MemoryChartPage | undefined {
    const p = this.pages.get(pageId);
    return p ? structuredClone(p) : undefined;
  }

  setChartPage(page: ChartPagePlan, sheet: string): void {
    this.pages.set(page.id, { page: structuredClone(page), sheet });
  }

  deleteChartPage(pageId: string): void {
    this.pages.delete(pageId);
  }

  /** Merged over what the sheet had: a later call sets the parts it names. */
  setSheetFormat(sheet: string, format: SheetFormat): void {
    const key = sheetNameKey(sheet);
    this.formats.set(key, structuredClone({ ...this.formats.get(key), ...format }));
  }

  getSheetFormat(sheet: string): SheetFormat | undefined {
    const f = this.formats.get(sheetNameKey(sheet));
    return f ? structuredClone(f) : undefined;
  }

  /** Sheet keys whose format has a table of this name (Excel compares table names without case). */
  tableSheets(name: string): string[] {
    const lower = name.toLowerCase();
    return [...this.formats.entries()]
      .filter(([, f]) => f.table?.name.toLowerCase() === lower)
      .map(([key]) => key);
  }

  setPageLayout(sheet: string, layout: PageLayoutPlan): void {
    this.layouts.set(sheetNameKey(sheet), structuredClone(layout));
  }

  getPageLayout(sheet: string): PageLayoutPlan | undefined {
    const l = this.layouts.get(sheetNameKey(sheet));
    return l ? structuredClone(l) : undefined;
  }

  /** Forgets a deleted sheet's format and layout. */
  forgetSheet(sheet: string): void {
    this.formats.delete(sheetNameKey(sheet));
    this.layouts.delete(sheetNameKey(sheet));
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
