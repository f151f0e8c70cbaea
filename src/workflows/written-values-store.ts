import { findFunction } from "../core/catalogue";
import type { RangeBox } from "../core/grid";
import type { CellSnapshot, RangeRef, WorkbookPort } from "../workbook/port";
import { intersectBoxes, resolveRangeBox } from "../workbook/rangeBox";
import { sheetNameKey } from "../workbook/sheetName";
import type { ArgSource, WrittenScalar, WrittenValue } from "./written-values-types";

/**
 * The written values as the workbook keeps them (one setting). The setting comes from the file,
 * which anyone may have written: every record is shape-checked, and one that fails is ignored
 * (counted, never guessed at) while the others stay usable.
 */

/** The workbook setting holding the written values. */
export const WRITTEN_VALUES_SETTING = "zaisei.writtenValues";
/** At most this many written values per workbook; more are refused with writtenValues.tooMany. */
export const MAX_WRITTEN_VALUES = 2000;

/** The setting's shape (version 1). */
export interface StoredWrittenValues {
  version: 1;
  /** The number of the next id ("wv-{nextId}"): ids are never reused within a workbook. */
  nextId: number;
  records: WrittenValue[];
}

/** The records that passed the checks, the next id, and how many records were ignored. */
export interface LoadedWrittenValues {
  records: WrittenValue[];
  nextId: number;
  ignored: number;
}

const ID = /^wv-([1-9]\d{0,8})$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isScalar(value: unknown): value is WrittenScalar {
  return (
    typeof value === "string" ||
    typeof value === "boolean" ||
    (typeof value === "number" && Number.isFinite(value))
  );
}

/** A reference to a bounded range, as the port accepts; its box. */
function boxOfRef(value: unknown): { ref: RangeRef; box: RangeBox } | null {
  if (!isObject(value) || typeof value.sheet !== "string" || typeof value.address !== "string")
    return null;
  if (value.sheet.trim() === "") return null;
  const ref = { sheet: value.sheet, address: value.address };
  try {
    return { ref, box: resolveRangeBox(ref) };
  } catch {
    return null; // not a range on Excel's grid (whole columns, beyond XFD1048576)
  }
}

function isArgSource(value: unknown): value is ArgSource {
  if (!isObject(value)) return false;
  if (value.kind === "omitted") return true;
  if (value.kind === "typed") return typeof value.text === "string";
  return value.kind === "cells" && boxOfRef(value.ref) !== null;
}

function isSnapshot(value: unknown): value is CellSnapshot {
  if (!isObject(value) || !isScalar(value.value)) return false;
  const formula = value.formula;
  const format = value.numberFormat;
  return (
    (formula === null || (typeof formula === "string" && formula.startsWith("="))) &&
    (format === undefined || typeof format === "string")
  );
}

function isGridOf<T>(value: unknown, box: RangeBox, cell: (v: unknown) => v is T): value is T[][] {
  return (
    Array.isArray(value) &&
    value.length === box.rows &&
    value.every((row) => Array.isArray(row) && row.length === box.cols && row.every(cell))
  );
}

/** One record as stored, or null when any part of it is not what the workflow writes. */
function checkRecord(value: unknown): { record: WrittenValue; box: RangeBox } | null {
  if (!isObject(value) || typeof value.id !== "string" || !ID.test(value.id)) return null;
  const spec = typeof value.functionId === "string" ? findFunction(value.functionId) : undefined;
  const target = boxOfRef(value.target);
  if (!spec || spec.id !== value.functionId || !target) return null;
  const { args, values, previous, writtenAt } = value;
  if (!Array.isArray(args) || args.length > spec.params.length || !args.every(isArgSource))
    return null;
  if (!isGridOf(values, target.box, isScalar) || !isGridOf(previous, target.box, isSnapshot))
    return null;
  if (typeof writtenAt !== "string") return null;
  const record: WrittenValue = {
    id: value.id,
    functionId: spec.id,
    target: target.ref,
    args,
    values,
    writtenAt,
    previous,
  };
  return { record, box: target.box };
}

/**
 * The setting's records that pass the shape checks, in order; a record whose id repeats an
 * earlier one, or whose cells overlap an earlier record's, is ignored too (a write would not
 * know which one the cell belongs to); beyond {@link MAX_WRITTEN_VALUES}, the rest are ignored.
 *
 * @example checkWrittenValues(undefined) // { records: [], nextId: 1, ignored: 0 }
 */
export function checkWrittenValues(raw: unknown): LoadedWrittenValues {
  if (raw === undefined) return { records: [], nextId: 1, ignored: 0 };
  const list = isObject(raw) && raw.version === 1 && Array.isArray(raw.records) ? raw.records : [];
  let ignored = isObject(raw) && raw.version === 1 && Array.isArray(raw.records) ? 0 : 1;
  const records: WrittenValue[] = [];
  const boxes: { sheet: string; box: RangeBox }[] = [];
  const ids = new Set<string>();
  let highest = 0;
  for (const entry of list) {
    const checked = records.length < MAX_WRITTEN_VALUES ? checkRecord(entry) : null;
    const key = checked ? sheetNameKey(checked.record.target.sheet) : "";
    const clash =
      checked &&
      (ids.has(checked.record.id) ||
        boxes.some((b) => b.sheet === key && intersectBoxes(b.box, checked.box) !== null));
    if (!checked || clash) {
      ignored++;
      continue;
    }
    records.push(checked.record);
    ids.add(checked.record.id);
    boxes.push({ sheet: key, box: checked.box });
    highest = Math.max(highest, Number(ID.exec(checked.record.id)![1]));
  }
  const stored = isObject(raw) ? raw.nextId : undefined;
  const given = typeof stored === "number" && Number.isSafeInteger(stored) ? stored : 1;
  return { records, nextId: Math.max(given, highest + 1), ignored };
}

/**
 * Reads and checks the workbook's written values (one getSetting).
 *
 * @example const { records, ignored } = await loadWrittenValues(port)
 */
export async function loadWrittenValues(port: WorkbookPort): Promise<LoadedWrittenValues> {
  return checkWrittenValues(await port.getSetting<unknown>(WRITTEN_VALUES_SETTING));
}

/**
 * Stores the records (one setSetting), with the next id so that no id is used twice.
 *
 * @example await saveWrittenValues(port, records, nextId)
 */
export async function saveWrittenValues(
  port: WorkbookPort,
  records: WrittenValue[],
  nextId: number
): Promise<void> {
  const stored: StoredWrittenValues = { version: 1, nextId, records };
  await port.setSetting(WRITTEN_VALUES_SETTING, stored);
}
