import { boxAddress, columnLetters } from "../../core/grid";
import { cellBlockBox, uniqueSheetName } from "../ownedSheets";
import { WorkbookError, type RangeRef, type SheetFormat, type WriteCellsOptions } from "../port";
import { resolveRangeBox, wholeLinesBox } from "../rangeBox";
import { GENERAL_FORMAT as GENERAL, TEXT_FORMAT } from "../valueBlocks";
import { checkSheetRegistry, type Warn } from "./registryCheck";
import { queueSettingRead, queueSettingWrite, SHEETS_KEY } from "./settingsStore";

/**
 * Activates the range's sheet and selects the range. One sync. Whole columns or rows are selected
 * as such; anything else must be a range on the grid.
 *
 * @example await selectRangeInExcel(context, { sheet: "歳入", address: "C5" })
 */
export async function selectRangeInExcel(
  context: Excel.RequestContext,
  ref: RangeRef
): Promise<void> {
  if (!wholeLinesBox(ref.address)) resolveRangeBox(ref);
  const sheet = context.workbook.worksheets.getItem(ref.sheet);
  sheet.activate();
  sheet.getRange(ref.address.trim()).select();
  await context.sync();
}

/**
 * Adds a sheet under a unique cleaned name (see uniqueSheetName: Excel compares names without
 * case) and lists its id in the add-in's sheet registry. Three syncs: names and registry; add and
 * read the new id; registry.
 *
 * @example await addSheetInExcel(context, "検算結果", warn) // "検算結果 (2)" when "検算結果" exists
 */
export async function addSheetInExcel(
  context: Excel.RequestContext,
  baseName: string,
  warn: Warn
): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  const registry = queueSettingRead<unknown>(context, SHEETS_KEY);
  await context.sync();
  const { ids, warnings } = checkSheetRegistry(registry(), new Set(sheets.items.map((s) => s.id)));
  warnings.forEach(warn);
  const name = uniqueSheetName(
    baseName,
    sheets.items.map((s) => s.name)
  );
  const added = sheets.add(name);
  added.load("id,name");
  await context.sync();
  queueSettingWrite(context, SHEETS_KEY, [...ids, added.id]);
  await context.sync();
  return added.name;
}

/**
 * Writes a block into a sheet the add-in created (its id in the sheet registry; "workbook.
 * notOwnSheet" otherwise, before anything is written). Text stays text (see port.ts): the block's
 * string cells get the Text format "@" before the values, in the same batch; the given number
 * formats come after the values (a format change does not re-read a cell). Two syncs: the sheet's
 * id and the registry; the writes.
 *
 * @example await writeCellsInExcel(context, { sheet: "検算結果", address: "A1" }, [["項目", "=SUM(A1)"]], {}, warn)
 */
export async function writeCellsInExcel(
  context: Excel.RequestContext,
  ref: RangeRef,
  values: (string | number | null)[][],
  options: WriteCellsOptions,
  warn: Warn
): Promise<void> {
  const box = cellBlockBox(ref, values, options);
  const sheet = context.workbook.worksheets.getItem(ref.sheet);
  sheet.load("id,name");
  const sheets = context.workbook.worksheets;
  sheets.load("items/id");
  const registry = queueSettingRead<unknown>(context, SHEETS_KEY);
  await context.sync();
  const { ids, warnings } = checkSheetRegistry(registry(), new Set(sheets.items.map((s) => s.id)));
  warnings.forEach(warn);
  if (!ids.includes(sheet.id))
    throw new WorkbookError("workbook.notOwnSheet", { sheet: sheet.name });
  if (!box) return;
  const range = sheet.getRange(boxAddress(box));
  const given = options.numberFormats;
  range.numberFormat = values.map((row, r) =>
    row.map((v, c) =>
      typeof v === "string" && v !== "" ? TEXT_FORMAT : (given?.[r]?.[c] ?? GENERAL)
    )
  );
  range.values = values.map((row) => row.map((v) => v ?? ""));
  if (given?.some((row, r) => row.some((f, c) => f !== null && typeof values[r]![c] === "string")))
    range.numberFormat = values.map((row, r) =>
      row.map((v, c) => given[r]![c] ?? (typeof v === "string" && v !== "" ? TEXT_FORMAT : GENERAL))
    );
  options.columnWidths?.forEach((points, c) => {
    const letters = columnLetters(box.left + c);
    sheet.getRange(`${letters}:${letters}`).format.columnWidth = points;
  });
  await context.sync();
}

/**
 * Formats a sheet the add-in created (see WorkbookPort.formatOwnSheet). Two syncs: (1) the sheet,
 * its protection, the sheet registry and the workbook's table names; (2) frozen rows, the table
 * (a table of the same name the add-in made on this sheet earlier is turned back into a range
 * first), drop-down lists, number formats, column widths. The format was checked by the caller
 * (checkSheetFormat).
 *
 * @example await formatOwnSheetInExcel(context, "KPI登録", { freezeRows: 2 }, warn)
 */
export async function formatOwnSheetInExcel(
  context: Excel.RequestContext,
  sheetName: string,
  format: SheetFormat,
  warn: Warn
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.load("id,name,protection/protected");
  const sheets = context.workbook.worksheets;
  sheets.load("items/id");
  const registry = queueSettingRead<unknown>(context, SHEETS_KEY);
  const ownTables = format.table ? sheet.tables.load("items/name") : null;
  const allTables = format.table ? context.workbook.tables.load("items/name") : null;
  await context.sync();
  const { ids, warnings } = checkSheetRegistry(registry(), new Set(sheets.items.map((s) => s.id)));
  warnings.forEach(warn);
  if (!ids.includes(sheet.id))
    throw new WorkbookError("workbook.notOwnSheet", { sheet: sheet.name });
  if (sheet.protection.protected)
    throw new WorkbookError("workbook.ownSheetProtected", { sheet: sheet.name });
  const table = format.table;
  const lower = (name: string) => name.toLowerCase();
  const existing = table
    ? ownTables!.items.find((t) => lower(t.name) === lower(table.name))
    : undefined;
  if (table && !existing && allTables!.items.some((t) => lower(t.name) === lower(table.name)))
    throw new WorkbookError("workbook.tableNameTaken", { name: table.name });

  // The table first: Excel refuses one that overlaps another table (the user's, or one of another
  // name), and a failing command stops the batch before anything after it is applied.
  if (table) {
    existing?.convertToRange();
    sheet.tables.add(table.address, true).name = table.name;
  }
  if (format.freezeRows !== undefined) {
    if (format.freezeRows > 0) sheet.freezePanes.freezeRows(format.freezeRows);
    else sheet.freezePanes.unfreeze();
  }
  for (const v of format.validations ?? []) {
    const range = sheet.getRange(v.address);
    range.dataValidation.clear();
    range.dataValidation.rule = { list: { inCellDropDown: true, source: v.list.join(",") } };
  }
  for (const f of format.numberFormats ?? []) {
    const box = resolveRangeBox({ sheet: sheetName, address: f.address });
    sheet.getRange(boxAddress(box)).numberFormat = Array.from({ length: box.rows }, () =>
      Array.from({ length: box.cols }, () => f.format)
    );
  }
  format.columnWidths?.forEach((points, c) => {
    const letters = columnLetters(c);
    sheet.getRange(`${letters}:${letters}`).format.columnWidth = points;
  });
  await context.sync();
}
