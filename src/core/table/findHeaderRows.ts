import { parseCellValue } from "../notation";
import { isWordCell } from "./chooseLabelColumns";
import { findUnitStatement } from "./findUnitStatement";
import type { GridView } from "./GridView";
import { isYearNumber, readHeaderYear } from "./readHeaderYear";

/** More rows than this before the first figure means a table of words, read with a one-row header. */
const MAX_HEADER_ROWS = 4;

/**
 * Excel numbers 1900–2199 that rise by exactly one across a row are years (2020, 2021, …), not
 * figures; a single such number, or numbers that do not rise by one, are figures.
 *
 * @example yearRunCells(["", 2020, 2021, 2022]) // Set {1, 2, 3}
 */
export function yearRunCells(values: readonly unknown[]): Set<number> {
  const idx: number[] = [];
  values.forEach((v, i) => {
    if (typeof v === "number") idx.push(i);
  });
  const run =
    idx.length >= 2 &&
    idx.every((i, k) => {
      const v = values[i] as number;
      return isYearNumber(v) && (k === 0 || v === (values[idx[k - 1]!] as number) + 1);
    });
  return new Set(run ? idx : []);
}

/** What a row's cells say about whether it is a header row or a body row. */
export type RowRole = "figure" | "header" | "body";

/**
 * Whether a row reads as part of a header, by what it holds: years (「令和3年度」, 2020 2021 …),
 * unit statements and column labels (words) make a header row; a figure makes it a body row, and
 * so does anything a header never holds — a dash (「－」, none), an Excel error or another
 * unreadable value, TRUE/FALSE, a formula waiting for its result. The absence of figures alone
 * does not make a header: 実質赤字比率 「－」 under the year header is a body row.
 *
 * @example rowRole(view, 0) // "header" for ["", "令和2年度", 2021]
 * @example rowRole(view, 1) // "body" for ["実質赤字比率", "－", "－"]
 */
export function rowRole(view: GridView, r: number): RowRole {
  const values = Array.from({ length: view.cols }, (_, c) => view.value(r, c));
  const years = yearRunCells(values);
  let role: RowRole = "header";
  for (let c = 0; c < view.cols; c++) {
    const v = values[c]!;
    if (years.has(c) || view.isEmpty(r, c)) continue;
    if (view.notCalculated(r, c)) {
      role = "body";
      continue;
    }
    if (typeof v === "string") {
      if (readHeaderYear(v, "R")?.ok || findUnitStatement(v)?.wholeCell) continue;
    }
    const parsed = parseCellValue(v, view.format(r, c));
    if (parsed.kind === "number" && !isWordCell(v, parsed)) return "figure";
    if (!isWordCell(v, parsed)) role = "body";
  }
  return role;
}

/**
 * Whether a row holds a figure (a number that is not a header year or a unit statement).
 *
 * @example rowHasFigure(view, 0) // false for ["", "令和2年度", 2021]
 */
export function rowHasFigure(view: GridView, r: number): boolean {
  return rowRole(view, r) === "figure";
}

function nonEmptyCols(view: GridView, r: number): number[] {
  const cols: number[] = [];
  for (let c = 0; c < view.cols; c++) if (!view.isEmpty(r, c)) cols.push(c);
  return cols;
}

/**
 * Whether a row of words under a header row is a body row named in the label column: the header
 * already labels that column (「区分」) and this row writes something else there (「実質赤字比率」
 * over 「赤字なし」 cells). A second header row leaves the label column blank (merged) or repeats
 * its header; a header whose corner is blank may name the label column in its second row.
 */
function namesARow(view: GridView, first: number, r: number, c: number, firstCol: number): boolean {
  if (c > firstCol || view.isEmpty(first, c)) return false;
  const text = view.text(r, c);
  if (readHeaderYear(text, "R")?.ok || findUnitStatement(text)?.wholeCell) return false;
  return text !== view.text(first, c);
}

/**
 * The header rows (grid-relative) from `start`: consecutive rows that read as header rows
 * ({@link rowRole}: years, units, labels), up to the first row with a figure or with a cell no
 * header holds (a dash, an error). A row with one cell at the far left after a header is a section
 * label (【歳入】), not header; so is a row of words that names itself in the label column the
 * header already labels (「区分」 then 「実質赤字比率 | 赤字なし | …」). Without a body row within a few rows, only the first row is header.
 *
 * @example findHeaderRows(view, 1) // [1, 2] for the two-line staffing header
 */
export function findHeaderRows(view: GridView, start: number): number[] {
  const rows: number[] = [];
  let firstCol = Infinity;
  for (let r = start; r < view.rows; r++) {
    const cols = nonEmptyCols(view, r);
    if (cols.length === 0) return rows.length > 0 ? rows : [];
    if (rowRole(view, r) !== "header") return rows;
    if (rows.length > 0 && cols.length === 1 && cols[0]! <= firstCol) return rows;
    if (rows.length > 0 && namesARow(view, rows[0]!, r, cols[0]!, firstCol)) return rows;
    if (rows.length === MAX_HEADER_ROWS) return [start];
    rows.push(r);
    firstCol = Math.min(firstCol, cols[0]!);
  }
  return rows.length > 0 ? [start] : [];
}
