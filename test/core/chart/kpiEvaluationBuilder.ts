import { D, type Decimal } from "../../../src/core/decimal";
import type {
  GradeBand,
  GradingScheme,
  KpiEvaluation,
  KpiItem,
  KpiProgress,
  KpiRegister,
  KpiStatusCount,
} from "../../../src/core/kpi/types";

/** Small builders for KPI values, so chart tests do not depend on the progress code. */

const d = (v: number | string | null): Decimal | null => (v === null ? null : new D(v));

export interface ItemSpec {
  row: number;
  no?: string;
  theme?: string | null;
  indicator?: string;
  unit?: string | null;
  direction?: KpiItem["direction"];
  targetType?: KpiItem["targetType"];
  goal?: number | string | null;
  goalYear?: number | null;
  lower?: number | string | null;
  upper?: number | string | null;
  baseline?: { fiscalYear: number; value: number | string };
  /** Fiscal year → [plan, actual]. */
  years?: Record<number, [number | string | null, number | string | null]>;
  planIsSingleYear?: boolean;
  effects?: KpiItem["effects"];
}

export function kpiItem(spec: ItemSpec, fiscalYears: number[]): KpiItem {
  const target = {
    value: d(spec.goal ?? null),
    lower: d(spec.lower ?? null),
    upper: d(spec.upper ?? null),
    upperExclusive: false,
    text: String(spec.goal ?? ""),
    cell: null,
  };
  return {
    row: spec.row,
    no: spec.no ?? String(spec.row - 1),
    theme: spec.theme ?? null,
    title: null,
    department: null,
    indicator: spec.indicator ?? `指標${spec.row}`,
    unit: spec.unit === undefined ? "件" : spec.unit,
    direction: spec.direction ?? "higher",
    targetType: spec.targetType ?? "yearly",
    baseline: spec.baseline
      ? { fiscalYear: spec.baseline.fiscalYear, value: new D(spec.baseline.value), cell: null }
      : { fiscalYear: null, value: null, cell: null },
    goal: {
      fiscalYear: spec.goalYear ?? fiscalYears[fiscalYears.length - 1] ?? null,
      fromYear: null,
      target,
    },
    years: fiscalYears.map((fy) => {
      const [plan, actual] = spec.years?.[fy] ?? [null, null];
      return {
        fiscalYear: fy,
        plan: d(plan),
        planText: null,
        actual: d(actual),
        actualText: null,
        planCell: null,
        actualCell: null,
      };
    }),
    planIsSingleYear: spec.planIsSingleYear ?? false,
    status: null,
    costUnit: null,
    costs: [],
    effects: spec.effects ?? null,
  };
}

export const BANDS: GradeBand[] = [
  {
    code: "achieved",
    label: { ja: "達成", en: "Achieved" },
    rule: { kind: "achieved" },
    attention: false,
  },
  {
    code: "onTrack",
    label: { ja: "順調", en: "On track" },
    rule: { kind: "rateAtLeast", percent: 80 },
    attention: false,
  },
  {
    code: "behind",
    label: { ja: "遅れ", en: "Behind" },
    rule: { kind: "otherwise" },
    attention: true,
  },
  {
    code: "noActual",
    label: { ja: "判定不能", en: "Cannot judge" },
    rule: { kind: "noActual" },
    attention: false,
  },
];

export const SCHEME: GradingScheme = {
  id: "default",
  name: { ja: "標準", en: "Default" },
  basis: "yearTarget",
  bands: BANDS,
};

export interface EvalSpec {
  sheet?: string;
  fiscalYears?: number[];
  fiscalYear?: number;
  items: ItemSpec[];
  /** Row → rate in percent (unrounded) and grade code. */
  rates?: Record<
    number,
    {
      rate: number | string | null;
      grade: string;
      method?: KpiProgress["method"];
      overshoots?: boolean;
    }
  >;
  notes?: KpiRegister["notes"];
  columns?: KpiRegister["columns"];
}

function counts(progress: KpiProgress[]): KpiStatusCount[] {
  return BANDS.map((b) => {
    const count = progress.filter((p) => p.grade.code === b.code).length;
    return {
      code: b.code,
      label: b.label,
      count,
      share: progress.length ? new D(count).div(progress.length).times(100) : new D(0),
    };
  });
}

export function kpiEvaluation(spec: EvalSpec): KpiEvaluation {
  const fiscalYears = spec.fiscalYears ?? [2025, 2026, 2027, 2028, 2029];
  const fiscalYear = spec.fiscalYear ?? 2026;
  const items = spec.items.map((s) => kpiItem(s, fiscalYears));
  const register: KpiRegister = {
    sheet: spec.sheet ?? "KPI",
    headerRows: [1],
    fiscalYears,
    columns: spec.columns ?? [],
    items,
    skipped: [],
    notes: spec.notes ?? [],
  };
  const progress: KpiProgress[] = items.map((item) => {
    const r = spec.rates?.[item.row];
    const grade = BANDS.find((b) => b.code === (r?.grade ?? "noActual")) ?? BANDS[3]!;
    return {
      item,
      fiscalYear,
      method: r?.method ?? (item.direction === "lower" ? "inverse" : "ratio"),
      targetSource: "plan",
      target: null,
      actual: null,
      rate: r && r.rate !== null ? new D(r.rate) : null,
      rateIssue: null,
      achieved: null,
      goalRate: null,
      planOvershootsGoal: r?.overshoots ?? false,
      grade,
    };
  });
  const themes = [...new Set(items.map((i) => i.theme))];
  const byTheme = themes.some((t) => t !== null)
    ? themes.map((theme) => {
        const ps = progress.filter((p) => p.item.theme === theme);
        return { theme, total: ps.length, counts: counts(ps) };
      })
    : [];
  return {
    register,
    fiscalYear,
    scheme: SCHEME,
    progress,
    summary: {
      scheme: SCHEME,
      fiscalYear,
      whole: { theme: null, total: progress.length, counts: counts(progress) },
      byTheme,
    },
    threeE: [],
    threeEByTheme: [],
  };
}
