import { findFunction } from "../core/catalogue";
import { evaluateCall } from "../core/catalogue/evaluateCall";
import { withLanguagePairs } from "../core/catalogue/formatOutcomeMessage";
import { argLabel, fail } from "../core/catalogue/outcome";
import { excelErrorKind } from "../core/catalogue/readNumberCell";
import type { FunctionOutcome, FunctionSpec, FunctionValue } from "../core/catalogue/types";
import { cellAddress, type CellValue, type Grid } from "../core/grid";
import type { Issue } from "../core/messages/types";
import { isDateFormat } from "../core/notation/excelDate";
import { MAX_VALUE_CELLS, WorkbookError, type RangeRef } from "../workbook/port";
import { resolveRangeBox } from "../workbook/rangeBox";
import { refText, typedNumber } from "./written-values-formula";
import type { ArgSource, WrittenScalar } from "./written-values-types";

/**
 * The pure half of 「値として書き込む」: from the cells read (Grids) to the catalogue's outcome,
 * with the same catalogue entry and the same runner (evaluateCall) as the custom functions, and
 * the inputs a custom function would have taken silently reported instead: an error value, a
 * formula that was never calculated, a date where an amount belongs.
 */

/** What the reads gave for one cell source: its grid, or the issue that kept it from being read. */
export type SourceRead = { grid: Grid } | { issue: Issue };

/** The arguments' cell sources, as the reads should ask for them (index into `args`). */
export function cellSources(args: readonly ArgSource[]): { index: number; ref: RangeRef }[] {
  const out: { index: number; ref: RangeRef }[] = [];
  args.forEach((a, index) => {
    if (a.kind === "cells") out.push({ index, ref: a.ref });
  });
  return out;
}

function argIssue(
  spec: FunctionSpec,
  index: number,
  code: string,
  params: Record<string, string | number>
): Issue {
  return { code, params: withLanguagePairs({ ...argLabel(spec, index), ...params }) };
}

/**
 * The issue for a reference that cannot be read at all, or null: an address that is not a range
 * on the grid (whole columns included: a custom function would read a million cells), or a range
 * of more cells than one read takes.
 */
export function refIssue(spec: FunctionSpec, index: number, ref: RangeRef): Issue | null {
  try {
    const box = resolveRangeBox(ref);
    const count = box.rows * box.cols;
    return count > MAX_VALUE_CELLS
      ? argIssue(spec, index, "writtenValues.inputTooLarge", {
          sheet: ref.sheet,
          address: ref.address,
          cells: count,
          limit: MAX_VALUE_CELLS,
        })
      : null;
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error;
    return argIssue(spec, index, "writtenValues.inputBadAddress", {
      sheet: ref.sheet,
      address: ref.address,
    });
  }
}

/** Adds the problems of one grid's cells for parameter `index` (none: the cells can be computed with). */
function addCellProblems(spec: FunctionSpec, index: number, grid: Grid, problems: Issue[]): void {
  const amount = spec.params[index]?.unit !== undefined;
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = refText({
        sheet: grid.sheet,
        address: cellAddress({ row: grid.top + r, col: grid.left + c }),
      });
      const formula = grid.formulas?.[r]?.[c] ?? "";
      const format = grid.numberFormats?.[r]?.[c] ?? "General";
      const error = typeof value === "string" ? excelErrorKind(value) : null;
      if (error)
        problems.push(
          argIssue(spec, index, "writtenValues.inputErrorValue", { cell, text: error.text })
        );
      else if (formula !== "" && value === "")
        problems.push(argIssue(spec, index, "writtenValues.inputNotCalculated", { cell, formula }));
      else if (amount && typeof value === "number" && isDateFormat(format))
        problems.push(argIssue(spec, index, "writtenValues.inputIsDate", { cell, format }));
    })
  );
}

/**
 * The raw argument a custom function would get from the cells: a matrix parameter the rows
 * (blank cells as "": blank is not zero, the entry's blank policy decides); a scalar parameter
 * its one cell, or the rows for the entry to refuse as not a scalar.
 */
function cellArg(spec: FunctionSpec, index: number, grid: Grid): unknown {
  const values: CellValue[][] = grid.values;
  const one = values.length === 1 && values[0]!.length === 1;
  return spec.params[index]?.dimensionality === "scalar" && one ? values[0]![0] : values;
}

/**
 * The raw arguments and the input problems for a call, from the reads of its cell sources
 * (`reads` by argument index). Typed text becomes a number when it is a plain number literal,
 * else it stays the string for the entry's notation rules ("△1,234", "令和7年度").
 */
export function rawArguments(
  spec: FunctionSpec,
  args: readonly ArgSource[],
  reads: ReadonlyMap<number, SourceRead>
): { raw: unknown[]; problems: Issue[] } {
  const problems: Issue[] = [];
  const raw = args.map((source, index): unknown => {
    if (index >= spec.params.length) return null; // evaluateCall refuses too many arguments
    if (source.kind === "omitted") return null;
    if (source.kind === "typed") return typedNumber(source.text) ?? source.text;
    const read = reads.get(index);
    if (!read) throw new Error(`no read for argument ${index + 1}`);
    if ("issue" in read) {
      problems.push(read.issue);
      return null;
    }
    addCellProblems(spec, index, read.grid, problems);
    return cellArg(spec, index, read.grid);
  });
  return { raw, problems };
}

/**
 * Runs the catalogue entry unless an input has a problem: then nothing is computed and the
 * outcome is the first problem (as #VALUE!).
 *
 * @example computeOutcome(spec, args, reads) // { outcome: { ok: true, value: 12.7 }, problems: [] }
 */
export function computeOutcome(
  functionId: string,
  args: readonly ArgSource[],
  reads: ReadonlyMap<number, SourceRead>
): { outcome: FunctionOutcome; problems: Issue[] } {
  const spec = findFunction(functionId);
  if (!spec)
    return {
      outcome: fail("value", "functions.unknownFunction", { name: functionId }),
      problems: [],
    };
  const { raw, problems } = rawArguments(spec, args, reads);
  if (problems.length > 0)
    return { outcome: { ok: false, error: "value", issue: problems[0]! }, problems };
  return { outcome: evaluateCall(spec, raw), problems };
}

function isScalar(value: unknown): value is WrittenScalar {
  return (
    typeof value === "string" ||
    typeof value === "boolean" ||
    (typeof value === "number" && Number.isFinite(value))
  );
}

/**
 * A function's value as the block of cells Excel would show: a scalar as 1 × 1, a matrix
 * rectangular with missing cells "" (as a spilled result shows them); null when a cell is not a
 * value a cell can hold (a catalogue bug, reported rather than written).
 *
 * @example valueBlock([[1], [2, 3]]) // [[1, ""], [2, 3]]
 */
export function valueBlock(value: FunctionValue): WrittenScalar[][] | null {
  if (!Array.isArray(value)) return isScalar(value) ? [[value]] : null;
  const rows: unknown[][] = value.map((row: unknown) => (Array.isArray(row) ? row : [row]));
  let width = 1;
  for (const row of rows) if (row.length > width) width = row.length;
  const out: WrittenScalar[][] = [];
  for (const row of rows.length > 0 ? rows : [[]]) {
    const cells: WrittenScalar[] = [];
    for (let c = 0; c < width; c++) {
      const cell = row[c] ?? "";
      if (!isScalar(cell)) return null;
      cells.push(cell);
    }
    out.push(cells);
  }
  return out;
}

/** Equal as Excel keeps a number (15 significant digits), text exactly, booleans exactly. */
export function sameScalar(a: CellValue, b: WrittenScalar): boolean {
  if (a === b) return true;
  return (
    typeof a === "number" &&
    typeof b === "number" &&
    Number(a.toPrecision(15)) === Number(b.toPrecision(15))
  );
}

/** Whether a grid's cells hold exactly these values as constants (no formula in any of them). */
export function holdsValues(grid: Grid, values: readonly (readonly WrittenScalar[])[]): boolean {
  if (grid.values.length !== values.length) return false;
  return values.every((row, r) => {
    const current = grid.values[r];
    return (
      current !== undefined &&
      current.length === row.length &&
      row.every((v, c) => sameScalar(current[c]!, v) && (grid.formulas?.[r]?.[c] ?? "") === "")
    );
  });
}

/** Two blocks of values equal cell by cell. */
export function sameBlock(
  a: readonly (readonly WrittenScalar[])[],
  b: readonly (readonly WrittenScalar[])[]
): boolean {
  return (
    a.length === b.length &&
    a.every(
      (row, r) => row.length === b[r]!.length && row.every((v, c) => sameScalar(v, b[r]![c]!))
    )
  );
}
