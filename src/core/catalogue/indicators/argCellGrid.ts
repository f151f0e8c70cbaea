import type { Decimal } from "../../decimal";
import { readNumberCell } from "../coerce";
import { failArg, ok } from "../outcome";
import type { ArgResult } from "../outcome";
import type { ExcelArg, FunctionSpec } from "../types";

/**
 * Every cell of a range in row-major order with its shape; blank ("", null) and "－" cells are null
 * when `blank` is "none", an error naming the cell otherwise.
 *
 * @example argCellGrid([[[1, ""]]], 0, spec, "none") // { ok: true, value: { values: [1, null], rows: 1, columns: 2 } }
 */
export function argCellGrid(
  args: ExcelArg[],
  index: number,
  spec: FunctionSpec,
  blank: "none" | "error"
): ArgResult<{ values: (Decimal | null)[]; rows: number; columns: number }> {
  const arg = args[index];
  if (arg === null || arg === undefined)
    return failArg("value", "functions.argMissing", spec, index);
  const grid = Array.isArray(arg) ? arg : [[arg]];
  const values: (Decimal | null)[] = [];
  let cell = 0;
  for (const row of grid) {
    for (const value of row) {
      cell++;
      const reading = readNumberCell(value === null ? "" : value, spec.params[index]?.unit?.ja);
      if (reading.kind === "number") values.push(reading.value);
      else if (reading.kind === "fail")
        return failArg(reading.error, reading.code, spec, index, reading.params, cell);
      else if (blank === "none") values.push(null);
      else if (reading.kind === "none")
        return failArg("na", "functions.argNotComputed", spec, index, { text: reading.text }, cell);
      else return failArg("value", "functions.argBlank", spec, index, {}, cell);
    }
  }
  return ok({ values, rows: grid.length, columns: grid[0]?.length ?? 0 });
}
