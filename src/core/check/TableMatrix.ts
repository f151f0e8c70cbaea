import type { Decimal } from "../decimal";
import type { RecognizedCell, TableRecognition } from "../table/types";
import { foldLabel } from "./foldLabel";
import type { LineAxis } from "./types";

/** A row or a data column of the recognised table, as rules name it. */
export interface Line {
  /** Position in the recognition's `rows` or `columns`. */
  index: number;
  label: string;
  key: string;
  address: string;
  /** Absolute sheet row (rows) or column (columns): a gap between lines is a blank line. */
  sheetIndex: number;
  fiscalYear: number | null;
}

/** What one cell contributes: a figure, nothing (blank or dash: no flow), or unreadable. */
export type CellFigure =
  | { kind: "figure"; value: Decimal; decimals: number; unit: string | null; address: string }
  | { kind: "nothing"; address: string }
  | { kind: "unreadable"; address: string };

/**
 * The recognised table seen as lines on two axes, with label lookup by folded text and year
 * lookup along each axis, so every rule resolves its references in constant time.
 */
export class TableMatrix {
  readonly rows: Line[];
  readonly columns: Line[];
  private readonly keys: Record<LineAxis, Map<string, number[]>>;
  private readonly years: Record<LineAxis, Map<number, number>>;

  constructor(readonly table: TableRecognition) {
    const yearsInRows = table.yearAxis?.orientation === "rows";
    this.rows = table.rows.map((r, index) => ({
      index,
      label: r.label,
      key: foldLabel(r.label),
      address: r.address,
      sheetIndex: r.row,
      fiscalYear: yearsInRows
        ? (r.cells.find((c) => c.fiscalYear !== null)?.fiscalYear ?? null)
        : null,
    }));
    this.columns = table.columns.map((c, index) => ({
      index,
      label: c.label,
      key: foldLabel(c.label),
      address: c.address,
      sheetIndex: c.col,
      fiscalYear: c.fiscalYear,
    }));
    this.keys = { rows: keyMap(this.rows), columns: keyMap(this.columns) };
    this.years = { rows: yearMap(this.rows), columns: yearMap(this.columns) };
  }

  lines(axis: LineAxis): Line[] {
    return axis === "rows" ? this.rows : this.columns;
  }

  /** The lines a rule's labels do not name: its positions. */
  positions(axis: LineAxis): Line[] {
    return axis === "rows" ? this.columns : this.rows;
  }

  /** Lines with this folded label, in order. */
  find(axis: LineAxis, key: string): number[] {
    return this.keys[axis].get(key) ?? [];
  }

  /** The position `lag` years from `position` (found by fiscal year, so newest-first works). */
  shift(axis: LineAxis, position: number, lag: number): number | null {
    if (lag === 0) return position;
    const other: LineAxis = axis === "rows" ? "columns" : "rows";
    const year = this.lines(other)[position]?.fiscalYear;
    if (year == null) return null;
    return this.years[other].get(year + lag) ?? null;
  }

  cell(axis: LineAxis, line: number, position: number): RecognizedCell | undefined {
    const [r, c] = axis === "rows" ? [line, position] : [position, line];
    return this.table.rows[r]?.cells[c];
  }

  /**
   * What a cell contributes to a rule. Read afresh each time: caching a figure per cell costs
   * more in garbage collection on a large table than reading it again.
   */
  figure(axis: LineAxis, line: number, position: number): CellFigure | null {
    const cell = this.cell(axis, line, position);
    if (!cell) return null;
    const p = cell.parsed;
    const address = cell.address;
    if (p.kind === "blank" || p.kind === "none") return { kind: "nothing", address };
    if (p.kind !== "number" || p.comparison !== "eq" || p.upper)
      return { kind: "unreadable", address };
    const value = p.quantity.value;
    const decimals = cell.decimals ?? Math.max(0, value.decimalPlaces());
    return { kind: "figure", value, decimals, unit: p.quantity.unit, address };
  }
}

function keyMap(lines: Line[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const l of lines) {
    const list = map.get(l.key);
    if (list) list.push(l.index);
    else map.set(l.key, [l.index]);
  }
  return map;
}

function yearMap(lines: Line[]): Map<number, number> {
  const map = new Map<number, number>();
  for (const l of lines)
    if (l.fiscalYear !== null && !map.has(l.fiscalYear)) map.set(l.fiscalYear, l.index);
  return map;
}
