import { D } from "../../../src/core/decimal";
import type { KpiCostYear, KpiItem, KpiRegister, KpiYear } from "../../../src/core/kpi/types";

/** Test values for KPI registers, built directly (no recognizer): numbers as strings, null = blank. */
export type Cell = string | number | null;

const dec = (v: Cell) => (v === null ? null : new D(v));

/** R7 = 2025 … R11 = 2029, the 苫小牧 plan period. */
export const R = (n: number): number => 2018 + n;

export interface ItemSpec extends Partial<Omit<KpiItem, "years" | "baseline" | "goal" | "costs">> {
  fromYear?: number;
  plans?: Cell[];
  actuals?: Cell[];
  planTexts?: (string | null)[];
  actualTexts?: (string | null)[];
  /** Number of register years (default: the longest of plans/actuals, at least 5). */
  span?: number;
  baseline?: { fiscalYear?: number | null; value?: Cell };
  goal?: {
    fiscalYear?: number | null;
    fromYear?: number | null;
    value?: Cell;
    lower?: Cell;
    upper?: Cell;
    upperExclusive?: boolean;
  };
  costs?: { fiscalYear: number; budget?: Cell; cost?: Cell; personnel?: Cell; output?: Cell }[];
}

export function kpiItem(spec: ItemSpec = {}): KpiItem {
  const {
    fromYear = R(7),
    plans = [],
    actuals = [],
    planTexts = [],
    actualTexts = [],
    baseline,
    goal,
    costs,
    span,
    ...rest
  } = spec;
  const n = span ?? Math.max(plans.length, actuals.length, planTexts.length, actualTexts.length, 5);
  const years: KpiYear[] = [];
  for (let i = 0; i < n; i++)
    years.push({
      fiscalYear: fromYear + i,
      plan: dec(plans[i] ?? null),
      planText: planTexts[i] ?? null,
      actual: dec(actuals[i] ?? null),
      actualText: actualTexts[i] ?? null,
      planCell: null,
      actualCell: null,
    });
  const goalValue = goal?.value ?? null;
  const costYears: KpiCostYear[] = (costs ?? []).map((c) => ({
    fiscalYear: c.fiscalYear,
    budget: dec(c.budget ?? null),
    cost: dec(c.cost ?? null),
    personnel: dec(c.personnel ?? null),
    output: dec(c.output ?? null),
  }));
  return {
    row: 5,
    no: "1",
    theme: null,
    title: null,
    department: null,
    indicator: "指標",
    unit: "件",
    direction: "higher",
    targetType: "yearly",
    planIsSingleYear: false,
    status: null,
    costUnit: costs ? "円" : null,
    effects: null,
    ...rest,
    baseline: {
      fiscalYear: baseline?.fiscalYear ?? null,
      value: dec(baseline?.value ?? null),
      cell: null,
    },
    goal: {
      fiscalYear: goal?.fiscalYear ?? fromYear + n - 1,
      fromYear: goal?.fromYear ?? null,
      target: {
        value: dec(goalValue),
        lower: dec(goal?.lower ?? null),
        upper: dec(goal?.upper ?? null),
        upperExclusive: goal?.upperExclusive ?? false,
        text: goalValue === null ? "" : String(goalValue),
        cell: null,
      },
    },
    years,
    costs: costYears,
  };
}

export function kpiRegister(items: KpiItem[], sheet = "KPI"): KpiRegister {
  const fiscalYears = items[0]?.years.map((y) => y.fiscalYear) ?? [];
  return {
    sheet,
    headerRows: [1],
    fiscalYears,
    columns: [],
    items: items.map((item, i) => ({ ...item, row: item.row === 5 ? 2 + i : item.row })),
    skipped: [],
    notes: [],
  };
}
