import { parseA1Range, type RangeBox } from "../../core/grid";
import type { Issue } from "../../core/messages/types";
import {
  MARK_GROUPS,
  MARK_SEVERITIES,
  MAX_CHARTS,
  MAX_MARKS,
  type MarkGroup,
  type MarkSeverity,
} from "../port";
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "../rangeBox";
import { isChartDataSheetName } from "./chartData";
import type {
  ChartEntry,
  ChartRegistry,
  MarkEntry,
  PageEntry,
  SheetRegistry,
} from "./settingsStore";

/**
 * The registries live in `workbook.settings`, which travel inside the file: a file from someone
 * else, or one a script or another program rewrote, may hold anything there. What the add-in
 * deletes and where it writes follow the registries, so every entry is checked before use and an
 * entry that fails is never used: not followed, not written back. A registry that is not even the
 * right shape (or absurdly long) is ignored as a whole. Each ignored part is reported as a warning
 * with a catalogue code. Ownership is proved by the objects themselves, not by the registry: a
 * mark's rule carries the tag formula, a chart its tag name, the data sheet the add-in's name.
 */

/** Reports what was wrong with the stored state. */
export type Warn = (warning: Issue) => void;

/** More marked addresses than the add-in ever writes (setMarks refuses beyond MAX_MARKS). */
export const MAX_MARK_ENTRIES = MAX_MARKS;
/** More entries than groups × severities × Excel's sheets per workbook the add-in could write. */
const MAX_MARK_RULE_ENTRIES = 10_000;
/** More sheets than the add-in would ever create. */
const MAX_OWN_SHEETS = 1_000;
/** More entries than the add-in ever writes (upsertChart refuses beyond MAX_CHARTS). */
export const MAX_CHART_ENTRIES = MAX_CHARTS;
/** Excel's sheet ids are GUIDs ("{00000000-0001-0000-0000-000000000000}"); chart ids are similar. */
const MAX_ID_LENGTH = 100;
const MAX_TEXT_LENGTH = 1_000;
/** Excel's limit on a sheet name. */
const MAX_SHEET_NAME = 31;
/** Excel draws at most 255 series in a chart: a block is the category column plus the series. */
const MAX_BLOCK_COLUMNS = 256;
/** Own keys that would reach an object's prototype if an entry were ever merged into another. */
const PROTOTYPE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  return !Object.keys(value).some((k) => PROTOTYPE_KEYS.has(k));
}

function isText(value: unknown, max: number, min = 1): value is string {
  return typeof value === "string" && value.length >= min && value.length <= max;
}

function boxOf(address: unknown): RangeBox | null {
  if (!isText(address, 30)) return null;
  const box = parseA1Range(address);
  return box && box.top + box.rows <= EXCEL_MAX_ROWS && box.left + box.cols <= EXCEL_MAX_COLUMNS
    ? box
    : null;
}

function markEntry(value: unknown): MarkEntry | null {
  if (!isRecord(value) || !isText(value.sheetId, MAX_ID_LENGTH)) return null;
  const { group, severity, addresses } = value;
  if (!MARK_GROUPS.includes(group as MarkGroup)) return null;
  if (!MARK_SEVERITIES.includes(severity as MarkSeverity)) return null;
  if (!Array.isArray(addresses) || addresses.length > MAX_MARK_ENTRIES) return null;
  if (!addresses.every((a) => boxOf(a) !== null)) return null;
  return {
    group: group as MarkGroup,
    sheetId: value.sheetId,
    severity: severity as MarkSeverity,
    addresses: [...(addresses as string[])],
  };
}

/**
 * The marks registry as stored, checked: entries (group, sheet id, severity, addresses) on sheets
 * that still exist, each a fresh object with only the known fields. Entries of deleted sheets are
 * dropped without a warning (the user deleted the sheet); malformed or repeated ones with
 * "workbook.marksRegistryIgnored"; a registry that is not a list, longer than any the add-in
 * writes or listing more than MAX_MARKS addresses, is ignored whole with
 * "workbook.marksRegistryUnreadable" (so is an older version's list of { sheetId, address }).
 *
 * @example checkMarkRegistry([{ group: "check", sheetId: "{S1}", severity: "error", addresses: ["B2"] }, 7], new Set(["{S1}"])) // 1 entry, 1 ignored
 */
export function checkMarkRegistry(
  raw: unknown,
  sheetIds: ReadonlySet<string>
): { entries: MarkEntry[]; warnings: Issue[] } {
  if (raw === undefined) return { entries: [], warnings: [] };
  const unreadable = { entries: [], warnings: [{ code: "workbook.marksRegistryUnreadable" }] };
  if (!Array.isArray(raw) || raw.length > MAX_MARK_RULE_ENTRIES) return unreadable;
  const entries: MarkEntry[] = [];
  const seen = new Set<string>();
  let ignored = 0;
  let addresses = 0;
  for (const value of raw) {
    const entry = markEntry(value);
    const key = entry && `${entry.group}|${entry.sheetId}|${entry.severity}`;
    if (!entry || seen.has(key!)) {
      ignored++;
      continue;
    }
    seen.add(key!);
    addresses += entry.addresses.length;
    if (addresses > MAX_MARK_ENTRIES) return unreadable;
    if (sheetIds.has(entry.sheetId)) entries.push(entry);
  }
  const warnings: Issue[] =
    ignored > 0 ? [{ code: "workbook.marksRegistryIgnored", params: { ignored } }] : [];
  return { entries, warnings };
}

/**
 * The registry of the sheets the add-in created, checked: ids of sheets that still exist (a sheet
 * the user deleted is dropped); a registry that is not a list of ids is ignored whole
 * ("workbook.sheetsRegistryUnreadable"), and then writeCells writes nowhere.
 *
 * @example checkSheetRegistry(["{S1}", "{S9}"], new Set(["{S1}"])) // { ids: ["{S1}"], warnings: [] }
 */
export function checkSheetRegistry(
  raw: unknown,
  sheetIds: ReadonlySet<string>
): { ids: SheetRegistry; warnings: Issue[] } {
  if (raw === undefined) return { ids: [], warnings: [] };
  if (
    !Array.isArray(raw) ||
    raw.length > MAX_OWN_SHEETS ||
    !raw.every((id) => isText(id, MAX_ID_LENGTH))
  )
    return { ids: [], warnings: [{ code: "workbook.sheetsRegistryUnreadable" }] };
  return { ids: [...new Set(raw as string[])].filter((id) => sheetIds.has(id)), warnings: [] };
}

function chartEntry(value: unknown): ChartEntry | null {
  if (!isRecord(value)) return null;
  const { key, sheet, sheetId, chartId, title, dataAddress, pageId } = value;
  const block = boxOf(dataAddress);
  if (
    !isText(key, MAX_TEXT_LENGTH) ||
    !isText(sheet, MAX_SHEET_NAME) ||
    !isText(sheetId, MAX_ID_LENGTH) ||
    !isText(chartId, MAX_ID_LENGTH) ||
    !isText(title, MAX_TEXT_LENGTH, 0) ||
    // A block as layoutChartData makes it: from column A, a header row and at least one category.
    !block ||
    block.left !== 0 ||
    block.rows < 2 ||
    block.cols < 2 ||
    block.cols > MAX_BLOCK_COLUMNS ||
    (pageId !== undefined && !isText(pageId, MAX_TEXT_LENGTH))
  )
    return null;
  const entry: ChartEntry = {
    key,
    sheet,
    sheetId,
    chartId,
    title,
    dataAddress: dataAddress as string,
  };
  if (pageId !== undefined) entry.pageId = pageId as string;
  return entry;
}

/** More text cells than a page of MAX_CHARTS charts would ever write. */
const MAX_PAGE_TEXTS = 10_000;
/** More pages than the add-in would ever draw in one workbook. */
const MAX_PAGES = 1_000;

function pageEntry(value: unknown): PageEntry | null {
  if (!isRecord(value)) return null;
  const { id, sheetId, sheet, texts } = value;
  if (
    !isText(id, MAX_TEXT_LENGTH) ||
    !isText(sheetId, MAX_ID_LENGTH) ||
    !isText(sheet, MAX_SHEET_NAME) ||
    !Array.isArray(texts) ||
    texts.length > MAX_PAGE_TEXTS ||
    !texts.every((a) => {
      const box = boxOf(a);
      return box !== null && box.rows === 1 && box.cols === 1;
    })
  )
    return null;
  return { id, sheetId, sheet, texts: [...(texts as string[])] };
}

/**
 * The charts registry as stored, checked. `dataSheetId` is kept only when it names an existing
 * sheet that carries the data sheet's name (else "workbook.chartDataSheetIgnored": a registry
 * pointing at the user's sheet would have the add-in write and clear blocks there). Malformed or
 * repeated entries are dropped ("workbook.chartsRegistryIgnored"); a registry of the wrong shape,
 * or longer than MAX_CHART_ENTRIES, is ignored whole ("workbook.chartsRegistryUnreadable").
 * Entries whose sheet was deleted are kept: removeChart and listCharts already pass over them.
 * Pages (drawChartPage) are checked the same way: a malformed or repeated page entry is dropped and
 * counted with the charts'. Whether a page's sheet is the add-in's is decided by the caller against
 * the sheet registry (a page naming the user's sheet is never drawn on).
 *
 * @example checkChartRegistry({ dataSheetId: "{S1}", charts: [] }, new Map([["{S1}", "歳入"]])) // dataSheetId dropped, warned
 */
export function checkChartRegistry(
  raw: unknown,
  nameById: ReadonlyMap<string, string>
): { registry: ChartRegistry; warnings: Issue[] } {
  if (raw === undefined) return { registry: { charts: [] }, warnings: [] };
  const unreadable = {
    registry: { charts: [] },
    warnings: [{ code: "workbook.chartsRegistryUnreadable" }],
  };
  if (!isRecord(raw) || !Array.isArray(raw.charts) || raw.charts.length > MAX_CHART_ENTRIES)
    return unreadable;
  if (raw.pages !== undefined && (!Array.isArray(raw.pages) || raw.pages.length > MAX_PAGES))
    return unreadable;
  const { dataSheetId } = raw;
  if (dataSheetId !== undefined && !isText(dataSheetId, MAX_ID_LENGTH)) return unreadable;
  const warnings: Issue[] = [];
  const registry: ChartRegistry = { charts: [] };
  const dataSheetName = dataSheetId === undefined ? undefined : nameById.get(dataSheetId);
  if (dataSheetName !== undefined) {
    if (isChartDataSheetName(dataSheetName)) registry.dataSheetId = dataSheetId;
    else
      warnings.push({ code: "workbook.chartDataSheetIgnored", params: { sheet: dataSheetName } });
  }
  const keys = new Set<string>();
  let ignored = 0;
  for (const value of raw.charts) {
    const entry = chartEntry(value);
    if (!entry || keys.has(entry.key)) {
      ignored++;
      continue;
    }
    keys.add(entry.key);
    registry.charts.push(entry);
  }
  if (Array.isArray(raw.pages)) {
    const ids = new Set<string>();
    registry.pages = [];
    for (const value of raw.pages) {
      const entry = pageEntry(value);
      if (!entry || ids.has(entry.id)) {
        ignored++;
        continue;
      }
      ids.add(entry.id);
      registry.pages.push(entry);
    }
  }
  if (ignored > 0) warnings.push({ code: "workbook.chartsRegistryIgnored", params: { ignored } });
  return { registry, warnings };
}
