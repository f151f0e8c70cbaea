import type { Grid } from "../grid";
import { findKpiHeader } from "./findKpiHeader";
import { mapKpiColumns } from "./kpiColumns";
import { readKpiRow } from "./readKpiRow";
import type { KpiItem, KpiRegisterResult, KpiSkippedRow, KpiYear } from "./types";

/** A register's year axis spans from its first to its last year unless that is implausibly long. */
const MAX_SPAN = 40;

/**
 * Recognises a KPI register (issue 8, domain.md §5): finds the header (one or two rows; Japanese or
 * English words in any order), then reads every row below it into an item — or lists it in
 * `skipped` with the reason and the cell (an unknown direction, 件 where 円 belongs, text where a
 * number belongs, an unreadable number, an item without an indicator). Blank rows, dash rows and
 * caption or note rows are not items. Linear in the number of rows.
 *
 * @example recognizeKpiRegister(grid) // { ok: true, register: { items: [...], skipped: [...] } }
 */
export function recognizeKpiRegister(grid: Grid): KpiRegisterResult {
  const header = findKpiHeader(grid);
  if (!header)
    return { ok: false, issue: { code: "kpiRegister.notRegister", params: { sheet: grid.sheet } } };
  const map = mapKpiColumns(header, grid.left);
  const items: KpiItem[] = [];
  const skipped: KpiSkippedRow[] = [];
  const years = new Set<number>([...map.valueYears, ...map.costYears]);
  for (let r = header.rows[header.rows.length - 1]! + 1; r < grid.values.length; r += 1) {
    const reading = readKpiRow(grid, r, map);
    if (reading.kind === "item") {
      items.push(reading.item);
      const { fiscalYear, fromYear } = reading.item.goal;
      if (fiscalYear !== null) years.add(fiscalYear);
      if (fromYear !== null) years.add(fromYear);
    } else if (reading.kind === "skip") skipped.push(reading.skipped);
  }
  const fiscalYears = yearAxis(years);
  for (const item of items) item.years = padYears(item.years, fiscalYears);
  return {
    ok: true,
    register: {
      sheet: grid.sheet,
      headerRows: header.rows.map((r) => grid.top + r + 1),
      fiscalYears,
      columns: map.columns,
      items,
      skipped,
      notes: map.notes,
    },
  };
}

function yearAxis(years: Set<number>): number[] {
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined || last - first > MAX_SPAN) return sorted;
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

/** Every year of the register, ascending, with nulls where the row has no column. */
function padYears(own: KpiYear[], fiscalYears: number[]): KpiYear[] {
  if (own.length === fiscalYears.length) return own;
  const byYear = new Map(own.map((y) => [y.fiscalYear, y]));
  return fiscalYears.map(
    (fiscalYear) =>
      byYear.get(fiscalYear) ?? {
        fiscalYear,
        plan: null,
        planText: null,
        actual: null,
        actualText: null,
        planCell: null,
        actualCell: null,
      }
  );
}
