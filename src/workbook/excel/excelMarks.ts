import { WorkbookError, type CellMark } from "../port";
import { resolveRangeBox } from "../rangeBox";
import { MARKS_KEY, queueSettingRead, queueSettingWrite, type MarkEntry } from "./settingsStore";

/**
 * Fill per severity: Excel's own conditional-format presets (light red, yellow) and a light blue,
 * so a mark looks like something Excel users already know, and never replaces the user's fill
 * (a conditional format overlays the cell; setting `format.fill` would overwrite it).
 */
export const MARK_FILLS: Record<CellMark["severity"], string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  note: "#DDEBF7",
};

/** Loads every sheet's name and id (one cheap collection load): sheets are found by id later. */
function queueSheetIndex(context: Excel.RequestContext): () => Map<string, string> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  return () => new Map(sheets.items.map((s) => [s.name, s.id]));
}

/**
 * Adds one custom conditional format ("=TRUE") per mark and records its id in the registry.
 * Three syncs whatever the number of marks: sheets + registry, the rules, the registry. Sheets
 * and addresses are checked before anything is added, so a bad mark adds nothing.
 *
 * @example await addMarksInExcel(context, [{ sheet: "歳入", address: "C5", severity: "error", message: "…" }])
 */
export async function addMarksInExcel(
  context: Excel.RequestContext,
  marks: CellMark[]
): Promise<void> {
  for (const m of marks) resolveRangeBox(m);
  const sheetIds = queueSheetIndex(context);
  const registry = queueSettingRead<MarkEntry[]>(context, MARKS_KEY);
  await context.sync();
  const ids = sheetIds();
  for (const m of marks)
    if (!ids.has(m.sheet)) throw new WorkbookError("workbook.noSuchSheet", { sheet: m.sheet });
  const added = marks.map((m) => {
    const sheetId = ids.get(m.sheet)!;
    const format = context.workbook.worksheets
      .getItem(sheetId)
      .getRange(m.address)
      .conditionalFormats.add("Custom");
    format.custom.rule.formula = "=TRUE";
    format.custom.format.fill.color = MARK_FILLS[m.severity];
    format.load("id");
    return { sheetId, address: m.address, format };
  });
  await context.sync();
  const entries: MarkEntry[] = added.map((a) => ({
    sheetId: a.sheetId,
    address: a.address,
    formatId: a.format.id,
  }));
  queueSettingWrite(context, MARKS_KEY, [...(registry() ?? []), ...entries]);
  await context.sync();
}

/**
 * Deletes the conditional formats the registry lists — found by id among all rules of their sheet,
 * so a rule the user moved with inserted rows is still found — and nothing else (never
 * `clearAll()`, which would take the user's rules too). Returns how many were deleted.
 *
 * @example const removed = await clearMarksInExcel(context)
 */
export async function clearMarksInExcel(context: Excel.RequestContext): Promise<number> {
  const registry = queueSettingRead<MarkEntry[]>(context, MARKS_KEY);
  const sheetIds = queueSheetIndex(context);
  await context.sync();
  const entries = registry() ?? [];
  if (entries.length === 0) return 0;
  const existing = new Set(sheetIds().values());
  const ours = new Set(entries.map((e) => e.formatId));
  const collections = [...new Set(entries.map((e) => e.sheetId))]
    .filter((id) => existing.has(id))
    .map((id) =>
      context.workbook.worksheets.getItem(id).getRange().conditionalFormats.load("items/id")
    );
  await context.sync();
  let removed = 0;
  for (const collection of collections) {
    for (const format of collection.items) {
      if (!ours.has(format.id)) continue;
      format.delete();
      removed++;
    }
  }
  queueSettingWrite(context, MARKS_KEY, undefined);
  await context.sync();
  return removed;
}
