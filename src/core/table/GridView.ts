import { columnLetters, type CellValue, type Grid } from "../grid";

/**
 * Read access to a possibly ragged grid by grid-relative indexes, answering absolute sheet
 * addresses. Missing cells read as "" (empty), as Excel gives empty cells.
 *
 * @example new GridView({ sheet: "s", top: 3, left: 1, values: [["市税"]] }).address(0, 0) // "B4"
 */
export class GridView {
  readonly rows: number;
  readonly cols: number;
  /** Column letters by grid column, built once: addresses are made for every data cell. */
  private readonly letters: string[];

  constructor(readonly grid: Grid) {
    this.rows = grid.values.length;
    let cols = 0;
    for (const row of grid.values) if (row.length > cols) cols = row.length;
    this.cols = cols;
    this.letters = Array.from({ length: cols }, (_, c) => columnLetters(grid.left + c));
  }

  value(r: number, c: number): CellValue {
    return this.grid.values[r]?.[c] ?? "";
  }

  format(r: number, c: number): string | undefined {
    return this.grid.numberFormats?.[r]?.[c];
  }

  /** What Excel shows in the cell (`Range.text`), when the grid carries it. */
  shown(r: number, c: number): string | undefined {
    return this.grid.texts?.[r]?.[c];
  }

  /** The cell's formula ("=SUM(B2:B5)"), or "" for a constant, an empty cell or a grid without formulas. */
  formula(r: number, c: number): string {
    return this.grid.formulas?.[r]?.[c] ?? "";
  }

  /**
   * A formula whose value is "": the file was saved by a program that does not calculate, so the
   * cell has no result yet. It is not blank (blank is a fact; this is a figure nobody computed).
   */
  notCalculated(r: number, c: number): boolean {
    return this.value(r, c) === "" && this.formula(r, c) !== "";
  }

  /** The cell as trimmed text ("" for an empty cell). */
  text(r: number, c: number): string {
    const v = this.value(r, c);
    return typeof v === "string" ? v.trim() : String(v);
  }

  /** Nothing in the cell: no value and no formula waiting for its result. */
  isEmpty(r: number, c: number): boolean {
    const v = this.value(r, c);
    if (typeof v !== "string" || v.trim() !== "") return false;
    return v !== "" || this.formula(r, c) === "";
  }

  absRow(r: number): number {
    return this.grid.top + r;
  }

  absCol(c: number): number {
    return this.grid.left + c;
  }

  address(r: number, c: number): string {
    const letters = this.letters[c] ?? columnLetters(this.grid.left + c);
    return `${letters}${this.grid.top + r + 1}`;
  }

  /** First and last grid columns holding anything from row `start` down ([Infinity, -1] if none). */
  filledColumns(start: number): [number, number] {
    let cMin = Infinity;
    let cMax = -1;
    for (let r = start; r < this.rows; r++) {
      for (let c = 0; c < this.cols; c++) {
        if (this.isEmpty(r, c)) continue;
        if (c < cMin) cMin = c;
        if (c > cMax) cMax = c;
      }
    }
    return [cMin, cMax];
  }
}
