import { findSheetName } from "../sheetName";
import { checkMarks } from "../ownedSheets";
import {
  MARK_GROUPS,
  MARK_SEVERITIES,
  MAX_MARKS,
  WorkbookError,
  type CellMark,
  type MarkGroup,
  type MarkSeverity,
  type OwnedMark,
} from "../port";
import { markFormula, markGroupOf } from "./markTag";
import { checkMarkRegistry, type Warn } from "./registryCheck";
import { MARKS_KEY, queueSettingRead, queueSettingWrite, type MarkEntry } from "./settingsStore";

/**
 * Fill per severity: Excel's own conditional-format presets (light red, yellow) and a light blue,
 * so a mark looks like something Excel users already know, and never replaces the user's fill
 * (a conditional format overlays the cell; setting `format.fill` would overwrite it).
 */
export const MARK_FILLS: Record<MarkSeverity, string> = {
  error: "#FFC7CE",
  confirm: "#FFEB9C",
  note: "#DDEBF7",
};

/**
 * The longest address list given to one `worksheet.getRanges`. Microsoft documents no limit, but
 * a multi-area reference is refused beyond 255 characters (the limit Excel has for a reference
 * typed as text, reported for getRanges on Excel on the web and for VBA's Range()). So the
 * group's cells of one severity on one sheet go into one rule when their list fits in 255
 * characters, and into as few rules as needed, each over at most 255 characters, when not.
 */
export const MAX_AREAS_ADDRESS_LENGTH = 255;

/**
 * Splits addresses into comma-joined lists of at most `max` characters, in order.
 *
 * @example areaLists(["A1", "B2:C3"], 255) // ["A1,B2:C3"]
 */
export function areaLists(addresses: readonly string[], max = MAX_AREAS_ADDRESS_LENGTH): string[] {
  const lists: string[] = [];
  let current = "";
  for (const a of addresses) {
    if (current !== "" && current.length + 1 + a.length > max) {
      lists.push(current);
      current = "";
    }
    current = current === "" ? a : `${current},${a}`;
  }
  if (current !== "") lists.push(current);
  return lists;
}

interface SheetInfo {
  name: string;
  id: string;
  protected: boolean;
}

/** Queues the sheets' names, ids and protection (one collection load). */
function queueSheets(context: Excel.RequestContext): () => SheetInfo[] {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id,items/protection/protected");
  return () =>
    sheets.items.map((s) => ({ name: s.name, id: s.id, protected: s.protection.protected }));
}

/**
 * Where each group's marks were when this adapter last saw the registry (sheet ids). Used only to
 * prefetch: the registry read in the same sync decides, and a sheet missing from the guess costs
 * one more sync, never a wrong delete.
 */
export type MarkSheetCache = Map<MarkGroup, string[]>;

type Rules = Excel.ConditionalFormatCollection;

/** Queues the load of a sheet's rules with their types and custom formulas (see findGroupRules). */
function queueRules(context: Excel.RequestContext, sheetId: string): Rules {
  return context.workbook.worksheets
    .getItem(sheetId)
    .getRange()
    .conditionalFormats.load("items/type,items/customOrNullObject/rule/formula");
}

interface MarkState {
  raw: unknown;
  entries: MarkEntry[];
  sheets: SheetInfo[];
  /** Rules already loaded, by sheet id (the prefetched sheets). */
  rules: Map<string, Rules>;
}

/**
 * Registry, sheets and protection in one sync, with the rules of the sheets the cache expects the
 * group's marks on. The sync holds only reads: when a prefetched sheet was deleted meanwhile
 * (ItemNotFound fails the whole sync), it is read again without the guess, and nothing has changed.
 */
async function readState(
  context: Excel.RequestContext,
  warn: Warn,
  prefetch: readonly string[] = []
): Promise<MarkState> {
  const registry = queueSettingRead<unknown>(context, MARKS_KEY);
  const sheets = queueSheets(context);
  const rules = new Map(prefetch.map((id) => [id, queueRules(context, id)]));
  try {
    await context.sync();
  } catch (error) {
    if (prefetch.length === 0) throw error;
    return readState(context, warn);
  }
  const list = sheets();
  const raw = registry();
  const { entries, warnings } = checkMarkRegistry(raw, new Set(list.map((s) => s.id)));
  warnings.forEach(warn);
  return { raw, entries, sheets: list, rules };
}

/** Remembers where every group's marks are, as the registry now says. */
function remember(cache: MarkSheetCache, entries: readonly MarkEntry[]): void {
  for (const group of MARK_GROUPS)
    cache.set(group, [...new Set(entries.filter((e) => e.group === group).map((e) => e.sheetId))]);
}

function refuseProtected(sheets: SheetInfo[], ids: Iterable<string>): void {
  const wanted = new Set(ids);
  const locked = sheets.find((s) => wanted.has(s.id) && s.protected);
  if (locked) throw new WorkbookError("workbook.sheetProtected", { sheet: locked.name });
}

/**
 * The group's own rules on these sheets, found by their tag formula; sheets not prefetched are
 * loaded in one more sync. `customOrNullObject` rather than `custom`: loading `custom` on a
 * colour scale or data bar fails the whole sync (office-js#2180); the null-object variant gives
 * a null object there, so types and formulas come in the same sync.
 */
async function findGroupRules(
  context: Excel.RequestContext,
  sheetIds: string[],
  group: MarkGroup,
  loaded: Map<string, Rules>
): Promise<Excel.ConditionalFormat[][]> {
  const missing = sheetIds.filter((id) => !loaded.has(id));
  for (const id of missing) loaded.set(id, queueRules(context, id));
  if (missing.length > 0) await context.sync();
  return sheetIds.map((id) =>
    loaded
      .get(id)!
      .items.filter(
        (f) =>
          f.type === "Custom" &&
          !f.customOrNullObject.isNullObject &&
          markGroupOf(f.customOrNullObject.rule.formula) === group
      )
  );
}

/** Queues the deletes, bottom priority first (deleting a rule shifts the ones below it up). */
function queueDeletes(rules: Excel.ConditionalFormat[][]): void {
  for (const formats of rules) for (const f of [...formats].reverse()) f.delete();
}

/**
 * Replaces the group's marks: per sheet one custom conditional format per severity over all of the
 * group's cells there (a RangeAreas, ExcelApi 1.9; split only when the address list is too long,
 * see MAX_AREAS_ADDRESS_LENGTH), tagged with the group. Everything is checked before anything is
 * written (Excel batches are not transactional: a failure half-way leaves earlier commands
 * applied): addresses, sheets, protection of every sheet touched, the total over all groups.
 * Syncs: 2 (state with the group's rules where the cache expects them; writes); 3 when the group
 * has marks on a sheet the cache did not know (the first call of a session on a marked workbook).
 *
 * @example await setMarksInExcel(context, "check", [{ sheet: "歳入", address: "C5", severity: "error" }], warn, cache)
 */
export async function setMarksInExcel(
  context: Excel.RequestContext,
  group: MarkGroup,
  marks: CellMark[],
  warn: Warn,
  cache: MarkSheetCache = new Map()
): Promise<void> {
  checkMarks(marks, 0);
  const { raw, entries, sheets, rules } = await readState(context, warn, cache.get(group));
  remember(cache, entries);
  const names = sheets.map((s) => s.name);
  const idOf = (name: string): string => {
    const found = findSheetName(names, name);
    const sheet = sheets.find((s) => s.name === found);
    if (!sheet) throw new WorkbookError("workbook.noSuchSheet", { sheet: name });
    return sheet.id;
  };
  const byKey = new Map<string, MarkEntry>();
  for (const m of marks) {
    const sheetId = idOf(m.sheet);
    const key = `${sheetId}|${m.severity}`;
    const entry = byKey.get(key) ?? { group, sheetId, severity: m.severity, addresses: [] };
    entry.addresses.push(m.address.trim());
    byKey.set(key, entry);
  }
  const others = entries.filter((e) => e.group !== group);
  const old = entries.filter((e) => e.group === group);
  const otherCount = others.reduce((n, e) => n + e.addresses.length, 0);
  if (otherCount + marks.length > MAX_MARKS)
    throw new WorkbookError("workbook.tooManyMarks", { limit: MAX_MARKS });
  const fresh = [...byKey.values()];
  const oldSheets = [...new Set(old.map((e) => e.sheetId))];
  refuseProtected(sheets, [...oldSheets, ...fresh.map((e) => e.sheetId)]);
  const stale = await findGroupRules(context, oldSheets, group, rules);
  if (fresh.length === 0 && stale.every((r) => r.length === 0) && raw === undefined) return;
  // The registry first: should a command fail mid-sync, the rules added before it are listed.
  queueSettingWrite(context, MARKS_KEY, [...others, ...fresh], raw !== undefined);
  queueDeletes(stale);
  for (const entry of fresh) {
    const sheet = context.workbook.worksheets.getItem(entry.sheetId);
    areaLists(entry.addresses).forEach((list, i) => {
      const format = sheet.getRanges(list).conditionalFormats.add("Custom");
      format.custom.rule.formula = markFormula(group, entry.severity, i);
      format.custom.format.fill.color = MARK_FILLS[entry.severity];
    });
  }
  await context.sync();
  remember(cache, [...others, ...fresh]);
}

/**
 * Deletes the group's tagged rules on the sheets the registry lists for it (by sheet id, so a
 * renamed sheet is still found), and nothing else: never `clearAll()`, never a rule chosen by id
 * (an id is a priority that the user's edits shift), never another group's rule. A protected
 * sheet among them refuses before anything is deleted. Syncs: 1 when the group has no marks
 * (2 when an unusable registry is dropped), otherwise 2 (state with the rules where the cache
 * expects them; deletes), 3 when the cache did not know a sheet. Returns how many cells or
 * ranges were unmarked.
 *
 * @example const removed = await clearMarksInExcel(context, "check", warn, cache)
 */
export async function clearMarksInExcel(
  context: Excel.RequestContext,
  group: MarkGroup,
  warn: Warn,
  cache: MarkSheetCache = new Map()
): Promise<number> {
  const { raw, entries, sheets, rules } = await readState(context, warn, cache.get(group));
  remember(cache, entries);
  const own = entries.filter((e) => e.group === group);
  const others = entries.filter((e) => e.group !== group);
  if (own.length === 0) {
    // A registry that lists nothing usable is gone; one that was unusable is not kept for later.
    if (raw !== undefined && (others.length === 0 || !Array.isArray(raw))) {
      queueSettingWrite(context, MARKS_KEY, others.length > 0 ? others : undefined);
      await context.sync();
    }
    return 0;
  }
  const sheetIds = [...new Set(own.map((e) => e.sheetId))];
  refuseProtected(sheets, sheetIds);
  queueDeletes(await findGroupRules(context, sheetIds, group, rules));
  queueSettingWrite(context, MARKS_KEY, others.length > 0 ? others : undefined);
  await context.sync();
  remember(cache, others);
  return own.reduce((n, e) => n + e.addresses.length, 0);
}

/**
 * The marks the registry lists on sheets that still exist, under the sheets' current names. One
 * sync. A rule the user deleted by hand is still listed until the group is cleared or replaced.
 *
 * @example await listMarksInExcel(context, warn) // [{ group: "check", sheet: "歳入", address: "C5", severity: "error" }]
 */
export async function listMarksInExcel(
  context: Excel.RequestContext,
  warn: Warn,
  cache: MarkSheetCache = new Map()
): Promise<OwnedMark[]> {
  const { entries, sheets } = await readState(context, warn);
  remember(cache, entries);
  const nameOf = new Map(sheets.map((s) => [s.id, s.name]));
  const order = (e: MarkEntry) => MARK_SEVERITIES.indexOf(e.severity);
  return [...entries]
    .sort((a, b) => (a.group === b.group ? order(a) - order(b) : a.group === "check" ? -1 : 1))
    .flatMap((e) =>
      e.addresses.map((address) => ({
        group: e.group,
        sheet: nameOf.get(e.sheetId)!,
        address,
        severity: e.severity,
      }))
    );
}
