import { boxAddress, type CellValue, type Grid } from "../../core/grid";
import {
  WorkbookError,
  type CellSnapshot,
  type RestoreBlock,
  type ValueBlock,
  type WriteValuesOptions,
} from "../port";
import { sheetNameKey } from "../sheetName";
import {
  notEmptyError,
  restoreDuringFormat,
  valueFormats,
  type CheckedBlock,
} from "../valueBlocks";
import { isTooBigError } from "./officeErrors";
import { cellsPerSync, formulaText, type ReadBudget } from "./readBlocks";

/**
 * Batch reads and writes of many small blocks of the user's cells (the written values of
 * 「値として書き込む」): every block of a call shares its syncs. The blocks were checked by the
 * caller (valueBlocks.ts) before anything is queued.
 */

function officeCode(error: unknown): unknown {
  return typeof error === "object" && error !== null && "code" in error
    ? (error as { code: unknown }).code
    : undefined;
}

/**
 * After a sync failed with ItemNotFound: which of the blocks' sheets is missing (one more sync
 * for the sheet names), as "workbook.noSuchSheet" naming it; the original error when all exist.
 */
async function missingSheetError(
  context: Excel.RequestContext,
  sheets: readonly string[],
  error: unknown
): Promise<unknown> {
  if (officeCode(error) !== "ItemNotFound") return error;
  const all = context.workbook.worksheets.load("items/name");
  await context.sync();
  const names = new Set(all.items.map((s) => sheetNameKey(s.name)));
  const missing = sheets.find((name) => !names.has(sheetNameKey(name)));
  return missing === undefined
    ? error
    : new WorkbookError("workbook.noSuchSheet", { sheet: missing });
}

/** Syncs the queued reads of the blocks; a missing sheet comes back as "workbook.noSuchSheet". */
async function syncNamingMissingSheet(
  context: Excel.RequestContext,
  blocks: readonly CheckedBlock[]
): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    throw await missingSheetError(
      context,
      blocks.map((b) => b.sheet),
      error
    );
  }
}

/** One worksheet proxy per sheet (as Excel matches names), for every block on it. */
function worksheetsOf(
  context: Excel.RequestContext,
  blocks: readonly CheckedBlock[]
): Excel.Worksheet[] {
  const byKey = new Map<string, Excel.Worksheet>();
  return blocks.map((b) => {
    const key = sheetNameKey(b.sheet);
    let sheet = byKey.get(key);
    if (!sheet) {
      sheet = context.workbook.worksheets.getItem(b.sheet);
      byKey.set(key, sheet);
    }
    return sheet;
  });
}

/**
 * Reads the blocks' values, number formats and formulas: as many blocks per sync as the budget
 * allows (all of them for up to MAX_VALUE_CELLS cells at the default budget, so one sync); a
 * sync refused for size, or answered with `null`, is retried with half as many cells.
 *
 * @example await readCellsInExcel(context, checkCellRefs([{ sheet: "歳入", address: "B2:D2" }]), DEFAULT_READ_BUDGET)
 */
export async function readCellsInExcel(
  context: Excel.RequestContext,
  blocks: readonly CheckedBlock[],
  budget: ReadBudget
): Promise<Grid[]> {
  const grids: Grid[] = new Array<Grid>(blocks.length);
  const size = (i: number) => blocks[i]!.box.rows * blocks[i]!.box.cols;
  let perSync = cellsPerSync(budget, { formulas: true });
  let pending = blocks.map((_, i) => i);
  const unreadable = (i: number) =>
    new WorkbookError("workbook.readFailed", { address: boxAddress(blocks[i]!.box) });
  while (pending.length > 0) {
    const batch: number[] = [];
    let cells = 0;
    while (pending.length > 0 && (batch.length === 0 || cells + size(pending[0]!) <= perSync)) {
      const i = pending.shift()!;
      batch.push(i);
      cells += size(i);
    }
    const ranges = batch.map((i) =>
      context.workbook.worksheets
        .getItem(blocks[i]!.sheet)
        .getRange(boxAddress(blocks[i]!.box))
        .load("values,numberFormat,formulas")
    );
    try {
      // One sync per payload-sized batch of blocks (normally one for the whole call).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isTooBigError(error))
        throw await missingSheetError(
          context,
          batch.map((i) => blocks[i]!.sheet),
          error
        );
      if (batch.length === 1) throw unreadable(batch[0]!);
      perSync = Math.max(1, Math.floor(cells / 2));
      pending = [...batch, ...pending];
      continue;
    }
    const failed: number[] = [];
    batch.forEach((i, k) => {
      const range = ranges[k]!;
      // Excel may answer `null` instead of an error for a get that is too large.
      const values = range.values as CellValue[][] | null;
      const numberFormats = range.numberFormat as string[][] | null;
      const raw = range.formulas as unknown[][] | null;
      if (values === null || numberFormats === null || raw === null) return void failed.push(i);
      const { sheet, box } = blocks[i]!;
      grids[i] = {
        sheet,
        top: box.top,
        left: box.left,
        values,
        numberFormats,
        formulas: raw.map((row, r) => row.map((entry, c) => formulaText(entry, values[r]?.[c]))),
      };
    });
    if (failed.length > 0) {
      if (batch.length === 1) throw unreadable(batch[0]!);
      perSync = Math.max(1, Math.floor(cells / 2));
      pending = [...failed, ...pending];
    }
  }
  return grids;
}

/** UTF-8 bytes of a value's JSON (what a request carries), counted without TextEncoder. */
function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Rows `from` … `from + rows - 1` of block `block`: one range written in one sync. */
interface Piece {
  block: number;
  from: number;
  rows: number;
}

/**
 * The writes in syncs whose requests stay under the payload budget (Excel on the web refuses a
 * request over 5 MB): whole blocks packed together, a block too large for one sync split by
 * rows. Normally one sync for everything; `rowBytes[b][r]` is what row r of block b carries.
 */
function writeSyncs(rowBytes: readonly number[][], budget: number): Piece[][] {
  const syncs: Piece[][] = [];
  let current: Piece[] = [];
  let size = 0;
  rowBytes.forEach((rows, block) => {
    let from = 0;
    while (from < rows.length) {
      let n = 0;
      let bytes = 0;
      while (from + n < rows.length && (n === 0 || size + bytes + rows[from + n]! <= budget)) {
        bytes += rows[from + n]!;
        n++;
      }
      if (current.length > 0 && size + bytes > budget) {
        syncs.push(current);
        current = [];
        size = 0;
        continue;
      }
      current.push({ block, from, rows: n });
      size += bytes;
      from += n;
    }
  });
  if (current.length > 0) syncs.push(current);
  return syncs;
}

/** The range of one piece. */
function pieceRange(
  sheets: readonly Excel.Worksheet[],
  checked: readonly CheckedBlock[],
  piece: Piece
): Excel.Range {
  const { box } = checked[piece.block]!;
  return sheets[piece.block]!.getRange(
    boxAddress({ top: box.top + piece.from, left: box.left, rows: piece.rows, cols: box.cols })
  );
}

/** What each cell of a loaded range holds (see formulaText: "=abc" in a Text cell is a constant). */
function snapshotsOf(range: Excel.Range): CellSnapshot[][] {
  const formulas = range.formulas as unknown[][];
  const formats = range.numberFormat as unknown[][];
  return (range.values as CellValue[][]).map((row, r) =>
    row.map((value, c) => ({
      value,
      formula: formulaText(formulas[r]?.[c], value) || null,
      numberFormat: String(formats[r]?.[c]),
    }))
  );
}

/** The sheets' protection, loaded in the caller's next sync; refuses a protected one after it. */
function queueProtection(sheets: readonly Excel.Worksheet[]): () => void {
  for (const sheet of new Set(sheets)) sheet.load("name,protection/protected");
  return () => {
    for (const sheet of sheets)
      if (sheet.protection.protected)
        throw new WorkbookError("workbook.cellsProtected", { sheet: sheet.name });
  };
}

/**
 * Writes constants into the user's cells. Two syncs: (1) the cells as they are and the sheets'
 * protection — everything is refused here, before any write: a missing or protected sheet, a
 * cell that is not empty unless `overwrite`; (2) per block: the number formats the values go in
 * with (text into "@" so that it stays text), the values, the cells' own formats back. Writes
 * beyond the request budget (the web refuses requests over 5 MB) take more syncs, split by rows.
 *
 * @example await writeValuesInExcel(context, checked, [{ ref, values: [[12.7]] }], {})
 */
export async function writeValuesInExcel(
  context: Excel.RequestContext,
  checked: readonly CheckedBlock[],
  blocks: readonly ValueBlock[],
  options: WriteValuesOptions,
  budget: ReadBudget
): Promise<{ previous: CellSnapshot[][][] }> {
  const sheets = worksheetsOf(context, checked);
  const refuseProtected = queueProtection(sheets);
  const ranges = checked.map((b, i) =>
    sheets[i]!.getRange(boxAddress(b.box)).load("values,formulas,numberFormat")
  );
  await syncNamingMissingSheet(context, checked);
  refuseProtected();
  const previous = ranges.map(snapshotsOf);
  if (!options.overwrite)
    checked.forEach((b, i) => {
      const refusal = notEmptyError(sheets[i]!.name, b.box, previous[i]!);
      if (refusal) throw refusal;
    });
  const formats = blocks.map(({ values }, i) =>
    values.map((row, r) =>
      row.map((value, c) => valueFormats(value, previous[i]![r]![c]!.numberFormat!))
    )
  );
  const rowBytes = blocks.map(({ values }, i) =>
    values.map((row, r) => jsonBytes(row) + 2 * jsonBytes(formats[i]![r]))
  );
  for (const sync of writeSyncs(rowBytes, budget.payloadBytes)) {
    for (const piece of sync) {
      const range = pieceRange(sheets, checked, piece);
      const rows = formats[piece.block]!.slice(piece.from, piece.from + piece.rows);
      const own = previous[piece.block]!.slice(piece.from, piece.from + piece.rows);
      // Only when a cell's format must change (text, or a number into a Text cell).
      if (rows.some((row, r) => row.some((f, c) => f.during !== own[r]![c]!.numberFormat)))
        range.numberFormat = rows.map((row) => row.map((f) => f.during));
      range.values = blocks[piece.block]!.values.slice(piece.from, piece.from + piece.rows);
      if (rows.some((row) => row.some((f) => f.after !== f.during)))
        range.numberFormat = rows.map((row) => row.map((f) => f.after));
    }
    // One sync per request-sized part of the writes: one for the writes of a usual call.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return { previous };
}

/**
 * Puts blocks back exactly: formulas as formulas, text as text (through "@"), then each cell's
 * own number format. Two syncs: (1) the sheets' protection (and the current formats of cells
 * whose snapshot has none) — a missing or protected sheet is refused before any write; (2) the
 * writes, three commands per block.
 *
 * @example await restoreCellsInExcel(context, checked, [{ ref, previous }])
 */
export async function restoreCellsInExcel(
  context: Excel.RequestContext,
  checked: readonly CheckedBlock[],
  blocks: readonly RestoreBlock[],
  budget: ReadBudget
): Promise<void> {
  const sheets = worksheetsOf(context, checked);
  const refuseProtected = queueProtection(sheets);
  const ranges = checked.map((b, i) => {
    const range = sheets[i]!.getRange(boxAddress(b.box));
    if (blocks[i]!.previous.some((row) => row.some((s) => s.numberFormat === undefined)))
      range.load("numberFormat");
    return range;
  });
  await syncNamingMissingSheet(context, checked);
  refuseProtected();
  const own = blocks.map(({ previous }, i) =>
    previous.map((row, r) =>
      row.map((s, c) => s.numberFormat ?? String((ranges[i]!.numberFormat as unknown[][])[r]?.[c]))
    )
  );
  const contents = blocks.map(({ previous }) =>
    previous.map((row) => row.map((s) => s.formula ?? s.value))
  );
  const rowBytes = contents.map((rows, i) =>
    rows.map((row, r) => jsonBytes(row) + 2 * jsonBytes(own[i]![r]))
  );
  for (const sync of writeSyncs(rowBytes, budget.payloadBytes)) {
    for (const piece of sync) {
      const range = pieceRange(sheets, checked, piece);
      const part = <T>(grid: T[][]) => grid.slice(piece.from, piece.from + piece.rows);
      const formats = part(own[piece.block]!);
      range.numberFormat = part(blocks[piece.block]!.previous).map((row, r) =>
        row.map((s, c) => restoreDuringFormat(s, formats[r]![c]!))
      );
      range.formulas = part(contents[piece.block]!);
      range.numberFormat = formats;
    }
    // One sync per request-sized part of the writes: one for the writes of a usual call.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
}
