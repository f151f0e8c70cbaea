import { RESERVED_SETTING_PREFIX, type MarkGroup, type MarkSeverity } from "../port";

/**
 * The add-in's state in the workbook: `workbook.settings` (ExcelApi 1.4), per add-in and per file,
 * JSON values. Registries of what the add-in added live here: chart names are not unique, and
 * the sheets holding marks are listed so that clearing them need not scan the whole workbook.
 */

/**
 * The add-in's marks of one group and severity on one sheet (by its stable id): the cells or
 * ranges its tagged rules cover (listMarks gives them back). The rules themselves are found by
 * their tag formula (markTag.ts), which names the group: a rule's id is only its current priority.
 */
export interface MarkEntry {
  group: MarkGroup;
  sheetId: string;
  severity: MarkSeverity;
  addresses: string[];
}

/** The sheets the add-in created with addSheet, by id. */
export type SheetRegistry = string[];

export interface ChartEntry {
  key: string;
  sheet: string;
  sheetId: string;
  chartId: string;
  title: string;
  /** The block of the add-in's data sheet that holds this chart's categories and values. */
  dataAddress: string;
  /** The page the chart was drawn with (drawChartPage); absent for a single chart. */
  pageId?: string;
}

/** A page of charts (drawChartPage): its sheet by id (found again when renamed) and its text cells. */
export interface PageEntry {
  id: string;
  sheetId: string;
  sheet: string;
  /** A1 of the cells the page wrote texts into (cleared on the next run and on removal). */
  texts: string[];
}

export interface ChartRegistry {
  /** Id of the sheet the add-in created for chart data (Excel charts plot cells, not arrays). */
  dataSheetId?: string;
  charts: ChartEntry[];
  /** Pages drawn by drawChartPage (absent in registries of older versions). */
  pages?: PageEntry[];
}

export const MARKS_KEY = `${RESERVED_SETTING_PREFIX}marks`;
export const CHARTS_KEY = `${RESERVED_SETTING_PREFIX}charts`;
export const SHEETS_KEY = `${RESERVED_SETTING_PREFIX}sheets`;

/**
 * Queues the read of one setting; the returned function gives its value after the next sync
 * (undefined when the setting does not exist).
 *
 * @example const marks = queueSettingRead<MarkEntry[]>(context, MARKS_KEY); await context.sync(); marks() ?? []
 */
export function queueSettingRead<T>(
  context: Excel.RequestContext,
  key: string
): () => T | undefined {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load("value");
  // Read by the caller after its sync; the linter cannot follow the sync across the closure.
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
  return () => (item.isNullObject ? undefined : (item.value as T));
}

/**
 * Queues the write of one setting (undefined deletes it). Excel stores the value as JSON.
 *
 * @example queueSettingWrite(context, MARKS_KEY, entries)
 */
export function queueSettingWrite(
  context: Excel.RequestContext,
  key: string,
  value: unknown,
  exists = true
): void {
  if (value !== undefined) context.workbook.settings.add(key, value);
  else if (exists) context.workbook.settings.getItem(key).delete();
}
