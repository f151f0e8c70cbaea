import type { CellValue, RangeBox } from "../../core/grid";
import { GENERAL_FORMAT as GENERAL } from "../valueBlocks";

/** One cell as the memory workbook keeps it: what `Range.values/formulas/numberFormat` would give. */
export interface MemoryCell {
  value: CellValue;
  /** "=SUM(A1:A3)", or null for a constant or an empty cell. */
  formula: string | null;
  numberFormat: string;
}

export { GENERAL };

/**
 * The cells of one sheet, stored as ragged row arrays (most finance tables are dense) so that a
 * block read is a slice, not a million map lookups. A missing cell is empty: value "", format
 * "General", no formula — exactly what Excel reports for a blank cell.
 */
export class MemorySheet {
  private readonly values: CellValue[][] = [];
  private readonly formats: (string | undefined)[][] = [];
  private readonly formulas = new Map<string, string>();
  /** Column widths in points set by writeCells (0-based column → points). */
  readonly columnWidths = new Map<number, number>();

  constructor(readonly name: string) {}

  setColumnWidth(col: number, points: number): void {
    this.columnWidths.set(col, points);
  }

  /** Sets one cell; `numberFormat` undefined keeps the cell's current format. */
  setCell(row: number, col: number, cell: Partial<MemoryCell> & { value: CellValue }): void {
    (this.values[row] ??= [])[col] = cell.value;
    if (cell.numberFormat !== undefined) (this.formats[row] ??= [])[col] = cell.numberFormat;
    const key = `${row},${col}`;
    if (cell.formula) this.formulas.set(key, cell.formula);
    else this.formulas.delete(key);
  }

  /** Sets only the number format of one cell (a formatted blank cell stays blank). */
  setNumberFormat(row: number, col: number, numberFormat: string): void {
    (this.formats[row] ??= [])[col] = numberFormat;
  }

  /**
   * Empties every cell of a merged area except its top-left one, as Excel's `Range.values` reports
   * a merge (a file may still hold values under the merge). Formats stay. Visits only the cells
   * stored, so a merge over a whole sheet costs no more than the sheet's data.
   */
  clearMergedFollowers(box: RangeBox): void {
    const bottom = Math.min(box.top + box.rows, this.values.length);
    for (let r = box.top; r < bottom; r++) {
      const row = this.values[r];
      if (!row) continue;
      const right = Math.min(box.left + box.cols, row.length);
      for (let c = box.left; c < right; c++) {
        if (r === box.top && c === box.left) continue;
        if (row[c] !== undefined) row[c] = "";
        this.formulas.delete(`${r},${c}`);
      }
    }
  }

  /** Forgets every cell (MemoryWorkbook's `releaseOnRead`): the sheet is empty afterwards. */
  release(): void {
    this.values.length = 0;
    this.formats.length = 0;
    this.formulas.clear();
  }

  getCell(row: number, col: number): MemoryCell {
    return {
      value: this.values[row]?.[col] ?? "",
      formula: this.formulas.get(`${row},${col}`) ?? null,
      numberFormat: this.formats[row]?.[col] ?? GENERAL,
    };
  }

  /**
   * Formula texts of `rows` rows of the box ("" for a constant or an empty cell), as the
   * Excel adapter gives them from `Range.formulas`.
   */
  readFormulas(box: RangeBox, fromRow: number, rows: number): string[][] {
    const out: string[][] = [];
    for (let r = box.top + fromRow; r < box.top + fromRow + rows; r++) {
      const row = new Array<string>(box.cols);
      for (let c = 0; c < box.cols; c++) row[c] = this.formulas.get(`${r},${box.left + c}`) ?? "";
      out.push(row);
    }
    return out;
  }

  /** Values and formats of `rows` rows of the box starting at `fromRow` (relative to the box). */
  readRows(
    box: RangeBox,
    fromRow: number,
    rows: number
  ): { values: CellValue[][]; numberFormats: string[][] } {
    const values: CellValue[][] = [];
    const numberFormats: string[][] = [];
    for (let r = box.top + fromRow; r < box.top + fromRow + rows; r++) {
      const vRow = this.values[r];
      const fRow = this.formats[r];
      const outV = new Array<CellValue>(box.cols);
      const outF = new Array<string>(box.cols);
      for (let c = 0; c < box.cols; c++) {
        outV[c] = vRow?.[box.left + c] ?? "";
        outF[c] = fRow?.[box.left + c] ?? GENERAL;
      }
      values.push(outV);
      numberFormats.push(outF);
    }
    return { values, numberFormats };
  }

  /**
   * The smallest box holding every cell with a value or formula, or null for an empty sheet.
   * Like Excel's `getUsedRange(true)` (values only): a formatted blank cell does not count, so a
   * format applied down a whole column does not make a million-row "used" range.
   */
  usedBox(): RangeBox | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    this.values.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === "" && !this.formulas.has(`${r},${c}`)) return;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      });
    });
    if (bottom < 0) return null;
    return { top, left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** Every cell that has a value, formula or non-General format, for saving. */
  *cells(): Generator<{ row: number; col: number; cell: MemoryCell }> {
    const rows = Math.max(this.values.length, this.formats.length);
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(this.values[r]?.length ?? 0, this.formats[r]?.length ?? 0);
      for (let c = 0; c < cols; c++) {
        const cell = this.getCell(r, c);
        if (cell.value !== "" || cell.formula !== null || cell.numberFormat !== GENERAL)
          yield { row: r, col: c, cell };
      }
    }
  }
}
