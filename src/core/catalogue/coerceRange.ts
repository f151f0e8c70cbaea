import type { Decimal } from "../decimal";
import { readNumberCell } from "./readNumberCell";
import { failArg, ok, type ArgResult } from "./outcome";
import { cellsOf, settle, unitOf, type NumberOptions } from "./argCells";
import type { ExcelArg, FunctionSpec } from "./types";

/**
 * All numbers of a range argument, row-major. Blank ("") and "－" cells follow `blank`:
 * "error" fails naming the cell, "none" skips them, "zero" counts "" as 0 (a "－" still fails).
 *
 * @example argNumbers([[[1, "", "△2"]]], 0, spec, { blank: "none" }) // { ok: true, value: [1, -2] }
 */
export function argNumbers(
  args: ExcelArg[],
  index: number,
  spec: FunctionSpec,
  options?: NumberOptions
): ArgResult<Decimal[]> {
  const { cells } = cellsOf(args[index]);
  if (args[index] === null || args[index] === undefined)
    return failArg("value", "functions.argMissing", spec, index);
  const unit = unitOf(spec, index, options);
  const out: Decimal[] = [];
  for (const [i, cell] of cells.entries()) {
    const reading = readNumberCell(cell === null ? "" : cell, unit);
    const settled = settle(reading, options?.blank ?? "error", spec, index, i + 1);
    if (!settled.ok) return settled;
    if (settled.value) out.push(settled.value);
  }
  return ok(out);
}

/**
 * Exactly `length` cells in one row or one column (a 3-year series, N−2 … N), in order.
 * Blank ("") and "－" cells become null with blank "none", "" becomes 0 with "zero", else fail.
 *
 * @example argSeries([[[1], [2], [3]]], 0, spec, 3) // { ok: true, value: [1, 2, 3] }
 */
export function argSeries(
  args: ExcelArg[],
  index: number,
  spec: FunctionSpec,
  length: number,
  options?: NumberOptions
): ArgResult<(Decimal | null)[]> {
  const { cells, rows, columns } = cellsOf(args[index]);
  if (args[index] === null || args[index] === undefined)
    return failArg("value", "functions.argMissing", spec, index);
  if (cells.length !== length || (rows !== 1 && columns !== 1)) {
    return failArg("value", "functions.argSeriesLength", spec, index, {
      expected: length,
      actual: cells.length,
      rows,
      columns,
    });
  }
  const unit = unitOf(spec, index, options);
  const out: (Decimal | null)[] = [];
  for (const [i, cell] of cells.entries()) {
    const settled = settle(
      readNumberCell(cell === null ? "" : cell, unit),
      options?.blank ?? "error",
      spec,
      index,
      i + 1
    );
    if (!settled.ok) return settled;
    out.push(settled.value ?? null);
  }
  return ok(out);
}
