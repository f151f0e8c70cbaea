import { findEraInText, type Era } from "../calendar";
import type { CellValue } from "../grid";
import { yearRunCells } from "./findHeaderRows";
import type { GridView } from "./GridView";
import type { HeaderLayout } from "./layoutHeader";
import { readHeaderYear } from "./readHeaderYear";
import type { TableIssue } from "./types";

export interface YearLine {
  /** Grid-relative index across the line (column for a header row, row for a label column) → FY. */
  years: Map<number, { fiscalYear: number; label: string }>;
  /** Year-shaped cells that could not be read (「7年度」 with no era anywhere). */
  issues: TableIssue[];
}

/**
 * Reads the fiscal years along one line of cells. A bare year takes the era the line itself names
 * (「令和2年度 | 3年度 | 4年度」), else `era` (title, other headers, options).
 *
 * @example readYearLine(["区分", "令和6年度", "7年度"], addr, null).years.get(2) // { fiscalYear: 2025, label: "7年度" }
 */
export function readYearLine(
  values: CellValue[],
  address: (i: number) => string,
  era: Era | null
): YearLine {
  const numberYears = yearRunCells(values);
  let lineEra: Era | null = null;
  for (const v of values) if (typeof v === "string" && (lineEra = findEraInText(v)) !== null) break;
  const years = new Map<number, { fiscalYear: number; label: string }>();
  const issues: TableIssue[] = [];
  values.forEach((v, i) => {
    if (typeof v === "number" && !numberYears.has(i)) return;
    const y = readHeaderYear(v, lineEra ?? era);
    if (!y) return;
    if (y.ok) years.set(i, { fiscalYear: y.fiscalYear, label: String(v).trim() });
    else issues.push({ address: address(i), severity: "warning", issue: y.issue });
  });
  return { years, issues };
}

/**
 * The header row with the most years (at least two) as header index and years, plus unreadable years.
 *
 * @example findColumnYears(view, layout, null).best?.line.years.size // 11 for the 氷見 outlook
 */
export function findColumnYears(
  view: GridView,
  layout: HeaderLayout,
  era: Era | null
): { best: { h: number; line: YearLine } | null; issues: TableIssue[] } {
  let best: { h: number; line: YearLine } | null = null;
  const issues: TableIssue[] = [];
  layout.rows.forEach((r, h) => {
    const values = layout.cells[h]!.map((text, c): CellValue => {
      const v = view.value(r, c);
      return typeof v === "number" ? v : text;
    });
    const line = readYearLine(values, (c) => view.address(r, c), era);
    for (const issue of line.issues) issues.push(issue);
    if (line.years.size >= 2 && (best === null || line.years.size > best.line.years.size))
      best = { h, line };
  });
  return { best, issues };
}

/**
 * Years down a label column (a transposed table: one row per year). At least two, and at least
 * half of the column's filled cells, must be years.
 *
 * @example findRowYears(view, [1, 2, 3], 0, null)?.years.get(1) // { fiscalYear: 2020, label: "R2" }
 */
export function findRowYears(
  view: GridView,
  bodyRows: number[],
  c: number,
  era: Era | null
): YearLine | null {
  const values = bodyRows.map((r) => view.value(r, c));
  const line = readYearLine(values, (i) => view.address(bodyRows[i]!, c), era);
  const filled = values.filter((v) => !(typeof v === "string" && v.trim() === "")).length;
  if (line.years.size < 2 || line.years.size * 2 < filled) return null;
  const years = new Map<number, { fiscalYear: number; label: string }>();
  for (const [i, y] of line.years) years.set(bodyRows[i]!, y);
  return { years, issues: line.issues };
}
