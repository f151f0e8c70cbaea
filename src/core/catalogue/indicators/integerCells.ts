import type { ExcelArg } from "../types";

/** Integers below 10^15 pass Excel's 15 significant digits unchanged, and sums of a few stay exact. */
const LIMIT = 1e15;

/**
 * The cells of an argument as plain integers when every cell is a whole JS number below 10^15
 * (the usual 千円 / 百万円 figures), else null: the caller then takes the general path, which
 * reads text, blanks and errors. `count` (when given) also fixes the number of cells, in one row or
 * one column.
 *
 * @example integerCells([[1, 2, 3]], 3) // [1, 2, 3]
 */
export function integerCells(arg: ExcelArg | undefined, count?: number): number[] | null {
  if (!Array.isArray(arg)) {
    return typeof arg === "number" &&
      Number.isInteger(arg) &&
      Math.abs(arg) < LIMIT &&
      (count === undefined || count === 1)
      ? [arg]
      : null;
  }
  const rows = arg.length;
  const columns = arg[0]?.length ?? 0;
  if (count !== undefined && (rows * columns !== count || (rows !== 1 && columns !== 1)))
    return null;
  const out: number[] = [];
  for (const row of arg) {
    if (row.length !== columns) return null;
    for (const cell of row) {
      if (typeof cell !== "number" || !Number.isInteger(cell) || Math.abs(cell) >= LIMIT)
        return null;
      out.push(cell);
    }
  }
  return out;
}
