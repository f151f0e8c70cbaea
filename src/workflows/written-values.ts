import { findFunction } from "../core/catalogue";
import { formatOutcomeMessage, withLanguagePairs } from "../core/catalogue/formatOutcomeMessage";
import { argLabel } from "../core/catalogue/outcome";
import { boxAddress, cellAddress, type Grid, type RangeBox } from "../core/grid";
import type { Issue } from "../core/messages/types";
import {
  MAX_VALUE_CELLS,
  WorkbookError,
  type CellSnapshot,
  type RangeRef,
  type ValueBlock,
  type WorkbookPort,
} from "../workbook/port";
import {
  EXCEL_MAX_COLUMNS,
  EXCEL_MAX_ROWS,
  intersectBoxes,
  resolveRangeBox,
} from "../workbook/rangeBox";
import { findSheetName, sheetNameKey } from "../workbook/sheetName";
import {
  cellSources,
  computeOutcome,
  holdsValues,
  refIssue,
  sameBlock,
  valueBlock,
  type SourceRead,
} from "./written-values-compute";
import { equivalentFormula, refText } from "./written-values-formula";
import {
  MAX_WRITTEN_VALUES,
  loadWrittenValues,
  saveWrittenValues,
  type LoadedWrittenValues,
} from "./written-values-store";
import type {
  ArgSource,
  Computation,
  RecalcItem,
  RecalcReport,
  WrittenScalar,
  WrittenValue,
} from "./written-values-types";

export { equivalentFormula } from "./written-values-formula";
export {
  WRITTEN_VALUES_SETTING,
  MAX_WRITTEN_VALUES,
  checkWrittenValues,
  loadWrittenValues,
} from "./written-values-store";
export type { LoadedWrittenValues } from "./written-values-store";

/**
 * 「値として書き込む」 (Excel without custom functions: volume-licensed Office, iPad): computes a
 * ZAISEI function over cells or typed arguments with the catalogue, writes the result into the
 * user's cells as a value (text stays text), remembers each written value in the workbook's
 * settings (cell, function, argument references, what the cells held before), recalculates them
 * all after the inputs change (「再計算」), and removes one leaving the cell as the user wants.
 * Pure logic over the WorkbookPort; issues carry codes and parameters, never rendered text
 * (render them with formatOutcomeMessage: arguments are named in both languages).
 *
 * Syncs on Excel: compute 1 (0 when every argument is typed); write 5 (compute and the record
 * list read side by side, writeValues 2, the list 1); recalculation 5 for any number of records
 * up to MAX_VALUE_CELLS cells (list, one read of every input and target, writeValues 2, list).
 */

/** The result of {@link writeComputedValue}: what {@link undoWrite} needs. */
export interface WriteResult {
  record: WrittenValue;
  /** What the cells held just before this write (the earlier record's values when it replaced one). */
  previous: CellSnapshot[][];
  /** The earlier record on the same cells that this write replaced, if any. */
  replaced: WrittenValue | null;
}

/** A reference's key as Excel matches it (sheet without case, address normalised). */
function refKey(ref: RangeRef, box: RangeBox): string {
  return `${sheetNameKey(ref.sheet)}!${boxAddress(box)}`;
}

/** References in groups of at most MAX_VALUE_CELLS cells (one readCells or writeValues each). */
function chunks<T>(items: readonly T[], cells: (item: T) => number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const n = cells(item);
    if (current.length > 0 && size + n > MAX_VALUE_CELLS) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += n;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Reads many references with as few readCells as the cell limit allows (one for a usual run),
 * each distinct range once. A reference on a sheet that is gone (deleted or renamed) gives
 * null instead of failing the others: the first read tells that a sheet is missing, one
 * listSheets tells which, one more read gets the rest.
 */
async function readRefs(port: WorkbookPort, refs: readonly RangeRef[]): Promise<(Grid | null)[]> {
  const keys = refs.map((ref) => refKey(ref, resolveRangeBox(ref)));
  const unique = new Map<string, RangeRef>();
  refs.forEach((ref, i) => unique.set(keys[i]!, ref));
  const readAll = async (list: RangeRef[]) => {
    const grids = new Map<string, Grid>();
    for (const group of chunks(list, (ref) => {
      const box = resolveRangeBox(ref);
      return box.rows * box.cols;
    })) {
      const read = await port.readCells(group);
      group.forEach((ref, i) => grids.set(refKey(ref, resolveRangeBox(ref)), read[i]!));
    }
    return grids;
  };
  let grids: Map<string, Grid>;
  try {
    grids = await readAll([...unique.values()]);
  } catch (error) {
    if (!(error instanceof WorkbookError) || error.code !== "workbook.noSuchSheet") throw error;
    const names = await port.listSheets();
    grids = await readAll(
      [...unique.values()].filter((ref) => findSheetName(names, ref.sheet) !== undefined)
    );
  }
  return keys.map((key) => grids.get(key) ?? null);
}

/** The issue of an input on a sheet that is gone (deleted, or renamed: a value has no formula to follow it). */
function sheetMissingIssue(functionId: string, index: number, sheet: string): Issue {
  const spec = findFunction(functionId)!;
  return {
    code: "writtenValues.inputSheetMissing",
    params: withLanguagePairs({ ...argLabel(spec, index), sheet }),
  };
}

/** The references one call must read: its cell sources that are ranges on the grid. */
function readableSources(
  functionId: string,
  args: readonly ArgSource[]
): { index: number; ref: RangeRef; issue: Issue | null }[] {
  const spec = findFunction(functionId);
  if (!spec) return [];
  return cellSources(args)
    .filter((s) => s.index < spec.params.length)
    .map((s) => ({ ...s, issue: refIssue(spec, s.index, s.ref) }));
}

/** A call's reads by argument index, from the grids read for its references (null: sheet gone). */
function readsOf(
  functionId: string,
  sources: readonly { index: number; ref: RangeRef; issue: Issue | null }[],
  grids: readonly (Grid | null)[]
): Map<number, SourceRead> {
  const reads = new Map<number, SourceRead>();
  sources.forEach((s, i) => {
    const grid = grids[i];
    if (s.issue) reads.set(s.index, { issue: s.issue });
    else if (grid) reads.set(s.index, { grid });
    else reads.set(s.index, { issue: sheetMissingIssue(functionId, s.index, s.ref.sheet) });
  });
  return reads;
}

/**
 * Computes a function over its sources without writing: all cell sources are read with ONE
 * readCells (none when every argument is typed). Blank cells arrive as "" (blank is not zero:
 * the catalogue's blank policy decides); a cell holding an error value, a formula never
 * calculated, or a date-formatted number where an amount belongs is a problem naming the cell,
 * and then nothing is computed. A sheet that is gone, or an address that is not a range, is a
 * problem too.
 *
 * @example await computeWithSources(port, "DEFICIT_RATIO", [{ kind: "cells", ref: { sheet: "R7決算", address: "B2" } }, { kind: "typed", text: "12000" }])
 */
export async function computeWithSources(
  port: WorkbookPort,
  functionId: string,
  args: ArgSource[]
): Promise<Computation> {
  const sources = readableSources(functionId, args);
  const toRead = sources.filter((s) => !s.issue);
  const read =
    toRead.length > 0
      ? await readRefs(
          port,
          toRead.map((s) => s.ref)
        )
      : [];
  const grids = sources.map((s) => (s.issue ? null : read[toRead.indexOf(s)]!));
  const { outcome, problems } = computeOutcome(
    functionId,
    args,
    readsOf(functionId, sources, grids)
  );
  return {
    functionId: findFunction(functionId)?.id ?? functionId,
    args,
    outcome,
    problems,
    formula: equivalentFormula(functionId, args),
  };
}

/**
 * The written values remembered in the workbook, shape-checked (a damaged record is left out;
 * {@link loadWrittenValues} also says how many).
 *
 * @example (await listWrittenValues(port)).map((r) => r.target.address)
 */
export async function listWrittenValues(port: WorkbookPort): Promise<WrittenValue[]> {
  return (await loadWrittenValues(port)).records;
}

/** The error a write refused for an outcome gives: the reason named in both languages. */
function notComputed(issue: Issue): WorkbookError {
  return new WorkbookError(
    "writtenValues.notComputed",
    withLanguagePairs({
      reasonCode: issue.code,
      reasonJa: formatOutcomeMessage(issue, "ja"),
      reasonEn: formatOutcomeMessage(issue, "en"),
    })
  );
}

function sameSheet(a: RangeRef, b: RangeRef): boolean {
  return sheetNameKey(a.sheet) === sheetNameKey(b.sheet);
}

/** The records whose cells meet the box on the target's sheet. */
function overlapping(
  records: readonly WrittenValue[],
  sheet: RangeRef,
  box: RangeBox
): WrittenValue[] {
  return records.filter(
    (r) => sameSheet(r.target, sheet) && intersectBoxes(resolveRangeBox(r.target), box) !== null
  );
}

/** The block the values fill from the target's top-left cell, refused when it leaves the grid. */
function targetBlock(target: RangeRef, values: readonly (readonly WrittenScalar[])[]): RangeRef {
  const at = resolveRangeBox(target);
  const box = { top: at.top, left: at.left, rows: values.length, cols: values[0]!.length };
  if (box.top + box.rows > EXCEL_MAX_ROWS || box.left + box.cols > EXCEL_MAX_COLUMNS)
    throw new WorkbookError("writtenValues.noRoom", {
      cell: refText({ sheet: target.sheet, address: cellAddress({ row: at.top, col: at.left }) }),
      rows: box.rows,
      columns: box.cols,
    });
  return { sheet: target.sheet, address: boxAddress(box) };
}

/**
 * Computes and writes the result as a value from the target's top-left cell (a matrix result
 * fills its block) and remembers it. Refuses, before writing anything: an error outcome or an
 * input problem ("writtenValues.notComputed", the reason in its parameters); a target that
 * holds something ("workbook.cellNotEmpty") unless `overwrite` — the cells of an earlier written
 * value count as not empty, and with `overwrite` that record is replaced, keeping its
 * `previous` (so 「書き込み前に戻す」 still goes back to before the first write); a block that
 * meets an earlier written value's cells only in part ("writtenValues.overlapsRecord": remove
 * that one first); more than MAX_WRITTEN_VALUES values ("writtenValues.tooMany").
 *
 * @example await writeComputedValue(port, { functionId: "DEFICIT_RATIO", args, target: { sheet: "R7決算", address: "E5" } }, { now: new Date() })
 */
export async function writeComputedValue(
  port: WorkbookPort,
  request: { functionId: string; args: ArgSource[]; target: RangeRef },
  options: { overwrite?: boolean; now: Date }
): Promise<WriteResult> {
  const [computation, loaded] = await Promise.all([
    computeWithSources(port, request.functionId, request.args),
    loadWrittenValues(port),
  ]);
  const { outcome } = computation;
  if (!outcome.ok) throw notComputed(outcome.issue);
  const values = valueBlock(outcome.value);
  if (!values)
    throw notComputed({
      code: "functions.internalError",
      params: { name: computation.functionId, detail: "not a cell value" },
    });
  const target = targetBlock(request.target, values);
  const box = resolveRangeBox(target);
  const met = overlapping(loaded.records, target, box);
  const earlier = met[0];
  if (met.length > 1 || (earlier && boxAddress(resolveRangeBox(earlier.target)) !== target.address))
    throw new WorkbookError("writtenValues.overlapsRecord", {
      cell: refText(earlier!.target),
      formula: equivalentFormula(earlier!.functionId, earlier!.args),
    });
  const replaced = earlier ?? null;
  if (replaced && !options.overwrite)
    throw new WorkbookError("workbook.cellNotEmpty", {
      sheet: target.sheet,
      address: cellAddress({ row: box.top, col: box.left }),
    });
  if (!replaced && loaded.records.length >= MAX_WRITTEN_VALUES)
    throw new WorkbookError("writtenValues.tooMany", { limit: MAX_WRITTEN_VALUES });

  const written = await port.writeValues([{ ref: target, values }], {
    overwrite: options.overwrite === true,
  });
  const previous = written.previous[0]!;
  const record: WrittenValue = {
    id: `wv-${loaded.nextId}`,
    functionId: computation.functionId,
    target,
    args: request.args,
    values,
    writtenAt: options.now.toISOString(),
    previous: replaced ? replaced.previous : previous,
  };
  const records = [...loaded.records.filter((r) => r !== replaced), record];
  try {
    await saveWrittenValues(port, records, loaded.nextId + 1);
  } catch (error) {
    // Never a written value the workbook does not remember: put the cells back, then report.
    await port.restoreCells([{ ref: target, previous }]);
    throw error;
  }
  return { record, previous, replaced };
}

/** Refuses when a record's cells no longer hold what was written (someone edited them). */
async function refuseEdited(
  port: WorkbookPort,
  blocks: readonly { ref: RangeRef; values: WrittenScalar[][] }[]
): Promise<void> {
  const grids = await readRefs(
    port,
    blocks.map((b) => b.ref)
  );
  blocks.forEach((b, i) => {
    const grid = grids[i];
    if (!grid) throw new WorkbookError("workbook.noSuchSheet", { sheet: b.ref.sheet });
    if (!holdsValues(grid, b.values))
      throw new WorkbookError("writtenValues.editedSinceWrite", { cell: refText(b.ref) });
  });
}

function findRecord(loaded: LoadedWrittenValues, id: string): WrittenValue {
  const record = loaded.records.find((r) => r.id === id);
  if (!record) throw new WorkbookError("writtenValues.unknownRecord", { id });
  return record;
}

/**
 * Undoes {@link writeComputedValue} exactly: the cells as they were just before it, the record
 * list as before (the replaced record back). Refused with "writtenValues.editedSinceWrite" when
 * the cells no longer hold what was written, "writtenValues.unknownRecord" when the record is
 * gone (removed meanwhile).
 *
 * @example const written = await writeComputedValue(port, request, { now }); await undoWrite(port, written)
 */
export async function undoWrite(port: WorkbookPort, written: WriteResult): Promise<void> {
  const loaded = await loadWrittenValues(port);
  const record = findRecord(loaded, written.record.id);
  await refuseEdited(port, [{ ref: record.target, values: record.values }]);
  await port.restoreCells([{ ref: record.target, previous: written.previous }]);
  const records = loaded.records.filter((r) => r !== record);
  if (written.replaced) records.push(written.replaced);
  await saveWrittenValues(port, records, loaded.nextId);
}

/** One record's recalculation before anything is written. */
type Planned =
  { item: RecalcItem } | { item: Extract<RecalcItem, { status: "changed" }>; record: WrittenValue };

function planRecord(
  record: WrittenValue,
  target: Grid | null,
  sources: readonly { index: number; ref: RangeRef; issue: Issue | null }[],
  grids: readonly (Grid | null)[]
): Planned {
  const id = record.id;
  if (!target) return { item: { id, status: "missing" } };
  if (!holdsValues(target, record.values))
    return { item: { id, status: "edited", current: target.values } };
  const { outcome } = computeOutcome(
    record.functionId,
    record.args,
    readsOf(record.functionId, sources, grids)
  );
  if (!outcome.ok) return { item: { id, status: "failed", issue: outcome.issue } };
  const after = valueBlock(outcome.value);
  const rows = record.values.length;
  const columns = record.values[0]!.length;
  if (!after || after.length !== rows || after[0]!.length !== columns)
    return {
      item: {
        id,
        status: "failed",
        issue: {
          code: "writtenValues.shapeChanged",
          params: {
            rows: after?.length ?? 0,
            columns: after?.[0]?.length ?? 0,
            expectedRows: rows,
            expectedColumns: columns,
          },
        },
      },
    };
  if (sameBlock(after, record.values)) return { item: { id, status: "unchanged" } };
  return {
    item: {
      id,
      status: "changed",
      before: record.values,
      after,
      beforeWrittenAt: record.writtenAt,
    },
    record,
  };
}

/**
 * Writes the changed blocks with as few writeValues as the cell limit allows; a block on a sheet
 * that is protected (or gone) meanwhile fails its record instead of the run. Returns what the
 * written cells held, by record id.
 */
async function writeChanged(
  port: WorkbookPort,
  changed: { record: WrittenValue; block: ValueBlock }[],
  failed: Map<string, Issue>
): Promise<Map<string, CellSnapshot[][]>> {
  const previous = new Map<string, CellSnapshot[][]>();
  let pending = changed;
  while (pending.length > 0) {
    try {
      for (const group of chunks(
        pending,
        (c) => c.block.values.length * c.block.values[0]!.length
      )) {
        const written = await port.writeValues(
          group.map((c) => c.block),
          { overwrite: true }
        );
        group.forEach((c, i) => previous.set(c.record.id, written.previous[i]!));
      }
      return previous;
    } catch (error) {
      const sheet = error instanceof WorkbookError ? error.params.sheet : undefined;
      const blocked =
        error instanceof WorkbookError &&
        (error.code === "workbook.cellsProtected" || error.code === "workbook.noSuchSheet") &&
        typeof sheet === "string";
      if (!blocked) throw error;
      const on = pending.filter(
        (c) =>
          !previous.has(c.record.id) && sheetNameKey(c.record.target.sheet) === sheetNameKey(sheet)
      );
      if (on.length === 0) throw error;
      for (const c of on) failed.set(c.record.id, { code: error.code, params: error.params });
      pending = pending.filter((c) => !previous.has(c.record.id) && !on.includes(c));
    }
  }
  return previous;
}

/**
 * 「再計算」: recomputes every written value from its inputs as they are now and writes the
 * changed ones. ONE readCells for all inputs and targets, ONE writeValues for the changed, one
 * setSetting (none when nothing changed). A target that no longer holds what was written (edited
 * by the user) is reported "edited" and not overwritten; a target whose sheet is gone "missing";
 * inputs that give an error or cannot be read "failed" (the cell left as it was). An abort before
 * the write rejects with "workbook.aborted" and changes nothing.
 *
 * @example const report = await recalculateWrittenValues(port, { now: new Date() })
 */
export async function recalculateWrittenValues(
  port: WorkbookPort,
  options: { now: Date; signal?: AbortSignal; onProgress?: (done: number, total: number) => void }
): Promise<RecalcReport> {
  const aborted = () => {
    if (options.signal?.aborted) throw new WorkbookError("workbook.aborted");
  };
  aborted();
  const loaded = await loadWrittenValues(port);
  const total = loaded.records.length;
  options.onProgress?.(0, total);
  const plans = loaded.records.map((record) => ({
    record,
    sources: readableSources(record.functionId, record.args),
  }));
  const refs: RangeRef[] = [];
  for (const p of plans) {
    refs.push(p.record.target);
    for (const s of p.sources) if (!s.issue) refs.push(s.ref);
  }
  aborted();
  const grids = refs.length > 0 ? await readRefs(port, refs) : [];
  let at = 0;
  const planned = plans.map((p, done) => {
    const target = grids[at++] ?? null;
    const inputs = p.sources.map((s) => (s.issue ? null : (grids[at++] ?? null)));
    const result = planRecord(p.record, target, p.sources, inputs);
    options.onProgress?.(done + 1, total);
    return result;
  });
  aborted();

  const changed = planned.flatMap((p) =>
    "record" in p
      ? [{ record: p.record, block: { ref: p.record.target, values: p.item.after } }]
      : []
  );
  const failed = new Map<string, Issue>();
  const previous = changed.length > 0 ? await writeChanged(port, changed, failed) : new Map();
  const items: RecalcItem[] = planned.map((p) => {
    const issue = failed.get(p.item.id);
    return issue ? { id: p.item.id, status: "failed", issue } : p.item;
  });
  const undo = changed
    .filter((c) => previous.has(c.record.id))
    .map((c) => ({ ref: c.record.target, previous: previous.get(c.record.id)! }));
  if (undo.length > 0) {
    const after = new Map(changed.map((c) => [c.record.id, c.block.values]));
    const records = loaded.records.map((r) =>
      previous.has(r.id)
        ? { ...r, values: after.get(r.id)!, writtenAt: options.now.toISOString() }
        : r
    );
    await saveWrittenValues(port, records, loaded.nextId);
  }
  return loaded.ignored > 0 ? { items, undo, ignored: loaded.ignored } : { items, undo };
}

/**
 * 「再計算を元に戻す」: puts the cells a recalculation changed back exactly and the records'
 * values (and times) as before it. Refused with "writtenValues.editedSinceWrite" when a cell no
 * longer holds what the recalculation wrote.
 *
 * @example await undoRecalculation(port, report)
 */
export async function undoRecalculation(port: WorkbookPort, report: RecalcReport): Promise<void> {
  if (report.undo.length === 0) return;
  const changed = report.items.filter(
    (i): i is Extract<RecalcItem, { status: "changed" }> => i.status === "changed"
  );
  if (changed.length !== report.undo.length)
    throw new Error("a recalculation report's undo list must match its changed items");
  const loaded = await loadWrittenValues(port);
  await refuseEdited(
    port,
    report.undo.map((u, i) => ({ ref: u.ref, values: changed[i]!.after }))
  );
  for (const group of chunks(report.undo, (u) => u.previous.length * (u.previous[0]?.length ?? 0)))
    await port.restoreCells(group);
  const byId = new Map(changed.map((c) => [c.id, c]));
  const records = loaded.records.map((r) => {
    const c = byId.get(r.id);
    return c ? { ...r, values: c.before, writtenAt: c.beforeWrittenAt ?? r.writtenAt } : r;
  });
  await saveWrittenValues(port, records, loaded.nextId);
}

/**
 * Removes one written value. "keep": the record is forgotten, the value stays in the cell.
 * "restore": the cells are put back as they were before the first write — refused with
 * "writtenValues.editedSinceWrite" when they no longer hold what was written (the user's edit is
 * never thrown away). An unknown id rejects with "writtenValues.unknownRecord".
 *
 * @example await removeWrittenValue(port, "wv-3", "restore")
 */
export async function removeWrittenValue(
  port: WorkbookPort,
  id: string,
  mode: "keep" | "restore"
): Promise<void> {
  const loaded = await loadWrittenValues(port);
  const record = findRecord(loaded, id);
  if (mode === "restore") {
    await refuseEdited(port, [{ ref: record.target, values: record.values }]);
    await port.restoreCells([{ ref: record.target, previous: record.previous }]);
  }
  await saveWrittenValues(
    port,
    loaded.records.filter((r) => r !== record),
    loaded.nextId
  );
}
