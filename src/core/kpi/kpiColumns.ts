import { columnLetters } from "../grid";
import type { Issue } from "../messages/types";
import type { FoundKpiHeader } from "./findKpiHeader";
import { headerYear, type KpiHeaderField, type KpiYearRole } from "./kpiHeaders";
import type { KpiColumn } from "./types";

export interface KpiYearColumn {
  col: number;
  unit: string | null;
  singleYear: boolean;
}

/** Which grid column holds what, built once from the header. */
export interface KpiColumnMap {
  fields: Partial<Record<KpiHeaderField, number>>;
  fieldUnits: Partial<Record<KpiHeaderField, string | null>>;
  /** Per fiscal year, its plan / actual / cost columns. */
  years: Map<number, Partial<Record<KpiYearRole, KpiYearColumn>>>;
  /** Years that have a plan or actual column, ascending. */
  valueYears: number[];
  /** Years that have a cost or output column, ascending. */
  costYears: number[];
  /** Unit of the cost columns (the first one's bracket unit, else 円); null without cost columns. */
  costUnit: string | null;
  /** For display: field ← column letters. */
  columns: KpiColumn[];
  notes: Issue[];
}

const COST_ROLES: KpiYearRole[] = ["budget", "cost", "personnel"];

/**
 * Builds the column map from a found header. The first column naming a field or a year's role
 * is used; a later repeat is noted (never silently mixed in). Of several theme columns (テーマ, 柱,
 * 区分) the coarsest is the theme.
 */
export function mapKpiColumns(header: FoundKpiHeader, left: number): KpiColumnMap {
  const map: KpiColumnMap = {
    fields: {},
    fieldUnits: {},
    years: new Map(),
    valueYears: [],
    costYears: [],
    costUnit: null,
    columns: [],
    notes: [],
  };
  const illustrative: string[] = [];
  let themeRank = Number.POSITIVE_INFINITY;
  const firstOf = new Map<string, number>();
  const duplicate = (key: string, c: number, text: string): boolean => {
    const first = firstOf.get(key);
    if (first === undefined) {
      firstOf.set(key, c);
      return false;
    }
    map.notes.push({
      code: "kpiRegister.duplicateColumn",
      params: {
        column: columnLetters(left + c),
        header: text,
        first: columnLetters(left + first),
      },
    });
    return true;
  };
  header.columns.forEach(({ text, classified }, c) => {
    const h = classified.header;
    const letters = columnLetters(left + c);
    if ((!h || h.kind === "yearOnly" || h.kind === "roleOnly") && headerYear(text) !== null) {
      // A year column that is neither a plan nor an actual nor a cost (R7見込, R7 alone).
      map.notes.push({
        code: "kpiRegister.yearColumnIgnored",
        params: { column: letters, header: text },
      });
      return;
    }
    if (!h) return;
    if (classified.illustrative) illustrative.push(letters);
    if (h.kind === "field") {
      if (h.field === "theme") {
        if (h.themeRank >= themeRank) return;
        themeRank = h.themeRank;
        map.columns = map.columns.filter((col) => col.field !== "theme");
      } else if (duplicate(h.field, c, text)) return;
      map.fields[h.field] = c;
      map.fieldUnits[h.field] = classified.unit;
      map.columns.push({ field: h.field, header: text, column: letters });
      return;
    }
    if (h.kind !== "year") return;
    if (duplicate(`${h.fiscalYear}:${h.role}`, c, text)) return;
    const year = map.years.get(h.fiscalYear) ?? {};
    year[h.role] = { col: c, unit: h.unit, singleYear: h.singleYear };
    map.years.set(h.fiscalYear, year);
    map.columns.push({ field: h.role, header: text, column: letters, fiscalYear: h.fiscalYear });
    if (COST_ROLES.includes(h.role) && map.costUnit === null) map.costUnit = h.unit ?? "円";
  });
  const years = [...map.years.keys()].sort((a, b) => a - b);
  map.valueYears = years.filter((y) => {
    const roles = map.years.get(y)!;
    return roles.plan !== undefined || roles.actual !== undefined;
  });
  map.costYears = years.filter((y) => {
    const roles = map.years.get(y)!;
    return [...COST_ROLES, "output" as const].some((role) => roles[role] !== undefined);
  });
  if (map.costUnit === null && map.costYears.length > 0) map.costUnit = "円";
  if (illustrative.length > 0)
    map.notes.push({
      code: "kpiRegister.illustrativeColumns",
      params: { columns: illustrative.join(", ") },
    });
  return map;
}
