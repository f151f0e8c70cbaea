/* eslint-disable @typescript-eslint/no-require-imports -- exceljs's formula shifter has no typings */
import type { CellValue, RangeBox } from "../../core/grid";
import { columnIndex, columnLetters, parseA1Range } from "../../core/grid";
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "../../workbook/rangeBox";
import { GENERAL, type MemorySheet } from "../../workbook/memory/MemorySheet";
import { dateToSerial } from "../../workbook/memory/xlsxCells";
import { decodeXstring, type XmlEvent } from "./xml-events";
import { XlsxFormatError } from "./xlsx-format-error";

/** Shifts the relative references of a shared formula from its anchor cell to another cell. */
const { slideFormula } = require("exceljs/lib/utils/shared-formula") as {
  slideFormula(formula: string, from: string, to: string): string;
};

export interface WorksheetContext {
  sharedStrings: readonly string[];
  /** Number format by cell style index (`s` attribute). */
  formats: readonly string[];
  date1904: boolean;
  /** Keep only cells inside this box (a --range read), or every cell. */
  box?: RangeBox;
  /** Stop with "tooManyCells" past this many stored cells. */
  maxCells: number;
}

/** The cell being parsed: its `<c>` attributes and the texts of its `<v>`, `<f>` and `<is>`. */
interface PendingCell {
  row: number;
  col: number;
  ref: string;
  type: string;
  style: number;
  value: string | null;
  formula: { text: string; shared: boolean; index: string } | null;
  inline: string | null;
}

/** Excel's limit on the characters of one cell (Excel specifications and limits). */
export const MAX_CELL_CHARACTERS = 32_767;

const CELL_REF = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** The value `Range.values` gives for a cell of this type (ECMA-376 Part 1, 18.18.11 ST_CellType). */
function cellValue(cell: PendingCell, context: WorksheetContext): CellValue {
  const v = cell.value;
  switch (cell.type) {
    case "s":
      return context.sharedStrings[Number(v)] ?? "";
    case "inlineStr":
      return decodeXstring(cell.inline ?? v ?? "");
    case "str":
    case "e": // "#N/A": Excel's Range.values gives errors as their text
      return decodeXstring(v ?? "");
    case "b":
      return v === "1" || v === "true";
    case "d": {
      const time = v === null ? NaN : Date.parse(v);
      return Number.isNaN(time) ? (v ?? "") : dateToSerial(new Date(time), context.date1904);
    }
    default: {
      if (v === null || v.trim() === "") return "";
      const n = Number(v);
      return Number.isFinite(n) ? n : v;
    }
  }
}

/**
 * Streams the cells of a worksheet part into a memory sheet, as the exceljs loader reads them:
 * cached values, formulas ("=" + text; a shared formula's followers shifted from its anchor),
 * the style's number format, a merged area's value only in its top-left cell, empty cells
 * (no value, no formula) left out.
 *
 * @example await readWorksheet(xmlEvents(entryText(bytes, entry)), sheet, context)
 */
export async function readWorksheet(
  events: AsyncIterable<XmlEvent[]>,
  sheet: MemorySheet,
  context: WorksheetContext
): Promise<void> {
  const shared = new Map<string, { text: string; ref: string }>();
  const merges: RangeBox[] = [];
  const { box } = context;
  let row = -1;
  let col = -1;
  let cell: PendingCell | null = null;
  let capture: "value" | "formula" | "inline" | null = null;
  let phonetic = 0;
  let stored = 0;

  const finish = (c: PendingCell): void => {
    if (
      box &&
      (c.row < box.top ||
        c.row >= box.top + box.rows ||
        c.col < box.left ||
        c.col >= box.left + box.cols)
    )
      return;
    let formula: string | null = null;
    if (c.formula) {
      const f = c.formula;
      if (f.shared && f.text !== "") shared.set(f.index, { text: f.text, ref: c.ref });
      const anchor = f.shared && f.text === "" ? shared.get(f.index) : undefined;
      const text = anchor ? slideFormula(anchor.text, anchor.ref, c.ref) : f.text;
      formula = text === "" ? null : `=${text}`;
    }
    const value = cellValue(c, context);
    if (value === "" && formula === null) return;
    // Excel keeps at most 32,767 characters in a cell; a longer one was not saved by Excel and
    // would let a small compressed file fill the memory.
    if (typeof value === "string" && value.length > MAX_CELL_CHARACTERS)
      throw new XlsxFormatError("malformed", `cell ${c.ref} holds more than 32,767 characters`);
    if (++stored > context.maxCells)
      throw new XlsxFormatError("tooManyCells", String(context.maxCells));
    sheet.setCell(c.row, c.col, {
      value,
      formula,
      numberFormat: context.formats[c.style] ?? GENERAL,
    });
  };

  for await (const batch of events) {
    for (const e of batch) {
      if (e.kind === "text") {
        if (cell && capture === "value") cell.value = (cell.value ?? "") + e.text;
        else if (cell && capture === "formula" && cell.formula) cell.formula.text += e.text;
        else if (cell && capture === "inline" && phonetic === 0)
          cell.inline = (cell.inline ?? "") + e.text;
        continue;
      }
      if (e.kind === "close") {
        if (e.name === "c" && cell) {
          finish(cell);
          cell = null;
        } else if (e.name === "v" || e.name === "f" || e.name === "t") capture = null;
        else if (e.name === "rPh") phonetic -= 1;
        continue;
      }
      const a = e.attributes;
      switch (e.name) {
        case "row":
          row = a.r === undefined ? row + 1 : Number(a.r) - 1;
          col = -1;
          if (!Number.isInteger(row) || row < 0 || row >= EXCEL_MAX_ROWS)
            throw new XlsxFormatError("malformed", `row ${a.r ?? ""} lies outside Excel's grid`);
          break;
        case "c": {
          const ref = a.r;
          const m = ref === undefined ? null : CELL_REF.exec(ref);
          if (ref !== undefined && !m)
            throw new XlsxFormatError("malformed", `bad cell reference ${ref}`);
          const r = m ? Number(m[2]) - 1 : row;
          col = m ? columnIndex(m[1]!) : col + 1;
          if (r < 0 || r >= EXCEL_MAX_ROWS || col < 0 || col >= EXCEL_MAX_COLUMNS)
            throw new XlsxFormatError("malformed", `cell ${ref ?? ""} lies outside Excel's grid`);
          cell = {
            row: r,
            col,
            ref: ref ?? "",
            type: a.t ?? "n",
            style: Number(a.s ?? 0),
            value: null,
            formula: null,
            inline: null,
          };
          if (!m) cell.ref = `${columnLetters(col)}${r + 1}`;
          break;
        }
        case "v":
          if (cell) {
            capture = "value";
            cell.value ??= "";
          }
          break;
        case "f":
          if (cell) {
            capture = "formula";
            cell.formula = { text: "", shared: a.t === "shared", index: a.si ?? "" };
          }
          break;
        case "is":
          if (cell) cell.inline = "";
          break;
        case "t":
          if (cell && cell.inline !== null) capture = "inline";
          break;
        case "rPh":
          phonetic += 1;
          break;
        case "mergeCell": {
          const range = parseA1Range(a.ref ?? "");
          if (range) merges.push(range);
          break;
        }
      }
    }
  }
  for (const m of merges) sheet.clearMergedFollowers(m);
}
