/** Shared steps of the argument readers in coerce.ts (not part of the public API). */
import { D, type Decimal } from "../decimal";
import type { CellReading } from "./readNumberCell";
import { failArg, ok, type ArgResult } from "./outcome";
import type { ExcelArg, ExcelScalar, FunctionSpec } from "./types";

/**
 * What a blank cell ("" — a text-typed blank, or an empty scalar argument) means for a function:
 * an error (the default: blank is not zero), nothing (skipped / null) or zero.
 * Empty cells inside a range reach custom functions as 0 and cannot be told from a real 0;
 * only the CLI and text-typed blanks deliver "".
 */
export type BlankPolicy = "error" | "none" | "zero";

export interface NumberOptions {
  /** Default "error". "none" is not allowed for a required scalar and acts like "error". */
  blank?: BlankPolicy;
  /** Unit to read text amounts in; defaults to the parameter's catalogue unit (ja). */
  unit?: string;
}

/** One scalar argument; a 1 × 1 range counts as a scalar (an array constant `{5}` in the CLI). */
export function scalarArg(
  args: ExcelArg[],
  index: number,
  spec: FunctionSpec
): ArgResult<ExcelScalar> {
  const value = args[index] ?? null;
  if (!Array.isArray(value)) return ok(value);
  const rows = value.length;
  const columns = value[0]?.length ?? 0;
  if (rows === 1 && columns === 1) return ok(value[0]?.[0] ?? null);
  return failArg("value", "functions.argNotScalar", spec, index, { rows, columns });
}

/** All cells of an argument in row-major order (a scalar is one cell). */
export function cellsOf(arg: ExcelArg | undefined): {
  cells: ExcelScalar[];
  rows: number;
  columns: number;
} {
  if (!Array.isArray(arg)) return { cells: [arg ?? null], rows: 1, columns: 1 };
  return { cells: arg.flat(), rows: arg.length, columns: arg[0]?.length ?? 0 };
}

export function unitOf(
  spec: FunctionSpec,
  index: number,
  options?: NumberOptions
): string | undefined {
  return options?.unit ?? spec.params[index]?.unit?.ja;
}

/** Turns a cell reading into a value under the blank policy; `undefined` means "skip". */
export function settle(
  reading: CellReading,
  policy: BlankPolicy,
  spec: FunctionSpec,
  index: number,
  cell?: number
): ArgResult<Decimal | null | undefined> {
  switch (reading.kind) {
    case "number":
      return ok(reading.value);
    case "fail":
      return failArg(reading.error, reading.code, spec, index, reading.params, cell);
    case "missing":
    case "blank":
      if (policy === "zero") return ok(new D(0));
      if (policy === "none") return ok(cell === undefined ? null : undefined);
      return failArg(
        "value",
        reading.kind === "missing" ? "functions.argMissing" : "functions.argBlank",
        spec,
        index,
        {},
        cell
      );
    case "none":
      // "－" means none / not computed: never 0. Skipped only when blanks are skipped.
      if (policy === "none") return ok(cell === undefined ? null : undefined);
      return failArg("na", "functions.argNotComputed", spec, index, { text: reading.text }, cell);
  }
}
