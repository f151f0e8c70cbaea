import { MAX_MARKS, WorkbookError, type CellMark } from "../port";
import { resolveRangeBox } from "../rangeBox";
import { isMarkFormula, markFormula } from "./markTag";
import { checkMarkRegistry, type Warn } from "./registryCheck";
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

/** Refuses more marks than the add-in keeps (the same limit as the memory workbook's). */
export function checkMarkCount(count: number): void {
  if (count > MAX_MARKS) throw new WorkbookError("workbook.tooManyMarks", { limit: MAX_MARKS });
}

/** Loads every sheet's name and id (one cheap collection load): sheets are found by id later. */
function queueSheetIndex(context: Excel.RequestContext): () => Map<string, string> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  return () => new Map(sheets.items.map((s) => [s.name, s.id]));
}

/**
 * Adds one tagged custom conditional format (see markFormula) per mark and lists its sheet in the
 * registry. Two syncs whatever the number of marks: sheets + registry, then registry + rules.
 * Sheets and addresses are checked before anything is added, so a bad mark adds nothing.
 *
 * @example await addMarksInExcel(context, [{ sheet: "歳入", address: "C5", severity: "error", message: "…" }])
 */
export async function addMarksInExcel(
  context: Excel.RequestContext,
  marks: CellMark[],
  warn: Warn
): Promise<void> {
  checkMarkCount(marks.length);
  for (const m of marks) resolveRangeBox(m);
  const sheetIds = queueSheetIndex(context);
  const registry = queueSettingRead<unknown>(context, MARKS_KEY);
  await context.sync();
  const ids = sheetIds();
  for (const m of marks)
    if (!ids.has(m.sheet)) throw new WorkbookError("workbook.noSuchSheet", { sheet: m.sheet });
  const stored = checkMarkRegistry(registry(), new Set(ids.values()));
  stored.warnings.forEach(warn);
  const entries = new Map<string, MarkEntry>();
  for (const e of stored.entries) entries.set(`${e.sheetId}!${e.address}`, e);
  for (const m of marks) {
    const sheetId = ids.get(m.sheet)!;
    entries.set(`${sheetId}!${m.address}`, { sheetId, address: m.address });
  }
  checkMarkCount(entries.size);
  // Queued before the rules: should one add fail mid-sync, the rules added before it are on
  // listed sheets, so clearMarks still finds them.
  queueSettingWrite(context, MARKS_KEY, [...entries.values()]);
  for (const m of marks) {
    const format = context.workbook.worksheets
      .getItem(ids.get(m.sheet)!)
      .getRange(m.address)
      .conditionalFormats.add("Custom");
    format.custom.rule.formula = markFormula(m.severity);
    format.custom.format.fill.color = MARK_FILLS[m.severity];
  }
  await context.sync();
}

/**
 * Deletes the add-in's rules — those whose formula carries its tag — on the sheets the registry
 * lists (by sheet id, so a renamed sheet is still found), and nothing else: never `clearAll()`,
 * never a rule chosen by id (an id is a priority that the user's edits shift). Four syncs whatever
 * the number of sheets and rules: registry, rule types, custom formulas, deletes. Returns how many
 * rules were deleted.
 *
 * @example const removed = await clearMarksInExcel(context)
 */
export async function clearMarksInExcel(
  context: Excel.RequestContext,
  warn: Warn
): Promise<number> {
  const registry = queueSettingRead<unknown>(context, MARKS_KEY);
  const sheetIds = queueSheetIndex(context);
  await context.sync();
  const raw = registry();
  const { entries, warnings } = checkMarkRegistry(raw, new Set(sheetIds().values()));
  warnings.forEach(warn);
  if (entries.length === 0) {
    // A registry that lists nothing usable is gone; one that was unusable is not kept for later.
    if (raw !== undefined) {
      queueSettingWrite(context, MARKS_KEY, undefined);
      await context.sync();
    }
    return 0;
  }
  const collections = [...new Set(entries.map((e) => e.sheetId))].map((id) =>
    context.workbook.worksheets.getItem(id).getRange().conditionalFormats.load("items/type")
  );
  await context.sync();
  // `custom` may be loaded only on custom rules: loading it on a colour scale or data bar fails
  // the whole sync (office-js#2180), so the types come first, in their own sync.
  const customs = collections.map((c) => c.items.filter((f) => f.type === "Custom"));
  for (const formats of customs) for (const f of formats) f.load("custom/rule/formula");
  await context.sync();
  let removed = 0;
  for (const formats of customs) {
    const ours = formats.filter((f) => isMarkFormula(f.custom.rule.formula));
    // Bottom priority first: an item is addressed by its priority, and deleting a rule shifts
    // every rule below it up one, never the ones above.
    for (const f of ours.reverse()) f.delete();
    removed += ours.length;
  }
  queueSettingWrite(context, MARKS_KEY, undefined);
  await context.sync();
  return removed;
}
