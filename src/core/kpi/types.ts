import type { Decimal } from "../decimal";
import type { Issue, MessageText } from "../messages/types";

/**
 * A KPI register as the add-in understands it (domain.md §5, data/kpi-registers-README.md): one
 * row per indicator, plan and actual per fiscal year. Values are exact decimals in the row's own
 * unit; a value the add-in cannot read makes the row skipped with its reason, never guessed.
 */

/** 増加 / 向上 / ↑ / 高いほど良い → higher; 減少 / 削減 / ↓ / 低いほど良い → lower; 達成 → milestone; 範囲 → range. */
export type KpiDirection = "higher" | "lower" | "milestone" | "range";

/** 毎年度 a level every year · 累計 a running total reaching the goal · 最終 the level by the goal year · マイルストーン. */
export type KpiTargetType = "yearly" | "cumulative" | "final" | "milestone";

/** A target as printed, read into the row's unit. */
export interface KpiTarget {
  /** The target level in the row's unit (lower end of a band); null when none is given. */
  value: Decimal | null;
  /** Bounds from 下限 / 上限 columns or from the text (80%台 → 80 ≤ x < 90, 99.0%以上 → lower 99.0). */
  lower: Decimal | null;
  upper: Decimal | null;
  upperExclusive: boolean;
  /** The cell's text as the user wrote it ("80%台", "500万円"), or the number shown. */
  text: string;
  /** A1 address of the cell the target came from, or null. */
  cell: string | null;
}

/** One fiscal year of a row: plan and actual in the row's unit; milestones keep their text. */
export interface KpiYear {
  /** Western fiscal year (令和7年度 → 2025). */
  fiscalYear: number;
  /** The planned level (or running total for 累計 rows unless the header says 単年度); null = none. */
  plan: Decimal | null;
  /** Milestone step text from a plan cell (導入の検討), when the cell holds text. */
  planText: string | null;
  /** The actual; null = no actual yet (blank is not zero). */
  actual: Decimal | null;
  /** Milestone status text from an actual cell (完了 / 取組中 / 未着手 / free text). */
  actualText: string | null;
  planCell: string | null;
  actualCell: string | null;
}

/** Cost and output of one fiscal year, for the 3E view (money in the row's cost unit). */
export interface KpiCostYear {
  fiscalYear: number;
  /** 計画事業費 / 予算額: the planned cost. */
  budget: Decimal | null;
  /** 事業費 / 決算額: the cost spent. */
  cost: Decimal | null;
  /** 人件費. */
  personnel: Decimal | null;
  /** 活動量 / 件数 / 処理件数: the output the cost bought. */
  output: Decimal | null;
}

export interface KpiItem {
  /** 1-based sheet row number. */
  row: number;
  /** 番号 / No as written ("6", "6①"). */
  no: string;
  /** テーマ / 柱 / 区分, null when the register has none. */
  theme: string | null;
  /** 項目名 / 取組. */
  title: string | null;
  department: string | null;
  indicator: string;
  /** 円, 千円, %, 件 … as the row states it; null for milestones. */
  unit: string | null;
  direction: KpiDirection;
  targetType: KpiTargetType;
  baseline: { fiscalYear: number | null; value: Decimal | null; cell: string | null };
  /** The period goal: 目標年度 (its last year when a span like R4-R8) and 目標値. */
  goal: { fiscalYear: number | null; fromYear: number | null; target: KpiTarget };
  /** Every fiscal year of the register, ascending, with nulls where the row has nothing. */
  years: KpiYear[];
  /** True when the plan columns hold single-year amounts (header says 単年度) for a 累計 row. */
  planIsSingleYear: boolean;
  /** The status column's text (完了 / 取組中 / 未着手), or null. */
  status: string | null;
  /** Cost unit (円 / 千円 …) and per-year costs; empty when the register has no cost columns. */
  costUnit: string | null;
  costs: KpiCostYear[];
  /** Effect scores 0–5 (市民サービス / 財政効果 / 業務効率化) when the register has them. */
  effects: { service: number | null; fiscal: number | null; efficiency: number | null } | null;
}

/** A row the add-in could not interpret, with the reason (an unknown direction, text where a number belongs …). */
export interface KpiSkippedRow {
  row: number;
  no: string | null;
  /** The cell that made the row unreadable, A1, or null. */
  cell: string | null;
  reason: Issue;
}

/** Which column holds what, for display ("指標 ← F", "R7計画 ← O"). */
export interface KpiColumn {
  field: string;
  /** The header text as written. */
  header: string;
  /** Column letters. */
  column: string;
  fiscalYear?: number;
}

export interface KpiRegister {
  sheet: string;
  /** 1-based sheet rows of the header (one or two rows). */
  headerRows: number[];
  /** The register's fiscal years, ascending (the plan period and any actual years). */
  fiscalYears: number[];
  columns: KpiColumn[];
  items: KpiItem[];
  skipped: KpiSkippedRow[];
  /** Register-level notes (a column that looked like a year but was not, illustrative data …). */
  notes: Issue[];
}

/** Result of recognising a register: not a register at all gives the reason. */
export type KpiRegisterResult = { ok: true; register: KpiRegister } | { ok: false; issue: Issue };

// ---- Progress (evaluation for one fiscal year) ----

/**
 * How the year's rate was computed, named next to every rate (domain.md §5): A/T, T/A,
 * (A−B)/(T−B), Σactual/Σplan, in a band or not, a milestone status.
 */
export type KpiMethod = "ratio" | "inverse" | "baseline" | "cumulative" | "range" | "milestone";

/** Where the year's target came from. */
export type KpiTargetSource =
  | "plan" // the yearly plan cell
  | "runningTotal" // a 累計 row's plan as running totals (single-year plans summed)
  | "linear" // no yearly plan: baseline + (goal − baseline) × k / N
  | "goal" // 毎年度 / 最終 goal level itself
  | "band" // 範囲 bounds
  | "none";

/** A grading rule, evaluated in order; the first band whose rule holds gives the status. */
export type GradeRule =
  | { kind: "completed" } // milestone done (status 完了 or actual text 完了/達成)
  | { kind: "notStarted" } // status 未着手, or no actual and nothing started
  | { kind: "noActual" } // no actual for the year
  | { kind: "undefined" } // the rate cannot be computed (T = B, no target)
  | { kind: "achieved" } // the year's target is met
  | { kind: "rateAtLeast"; percent: number } // rate ≥ percent
  | { kind: "aboveBaseline" } // actual better than the baseline
  | { kind: "withinOfBaseline"; percent: number } // worse than the baseline by at most percent
  | { kind: "otherwise" };

export interface GradeBand {
  /** Stable code ("achieved", "S", "7"). */
  code: string;
  label: MessageText;
  rule: GradeRule;
  /** Needs attention in the pane (遅れ, C …). */
  attention: boolean;
}

export interface GradingScheme {
  id: string;
  name: MessageText;
  /** What the rate is measured against: the year's target, or the yearly plan. */
  basis: "yearTarget" | "yearlyPlan";
  bands: GradeBand[];
}

export interface KpiProgress {
  item: KpiItem;
  fiscalYear: number;
  method: KpiMethod;
  targetSource: KpiTargetSource;
  /** The evaluation year's target level in the row's unit, or null. */
  target: Decimal | null;
  /** The year's actual (a running total for 累計 rows), or null = no actual yet. */
  actual: Decimal | null;
  /** Achievement rate in percent, unrounded; null with `rateIssue` saying why. */
  rate: Decimal | null;
  rateIssue: Issue | null;
  /** Whether the year's target is met; null when it cannot be judged. */
  achieved: boolean | null;
  /** Progress toward the period goal in percent (unrounded), or null. */
  goalRate: Decimal | null;
  /** True when the yearly plan goes beyond the period goal (苫小牧 No.48): shown, not hidden. */
  planOvershootsGoal: boolean;
  /** The band of the scheme in force. */
  grade: GradeBand;
  /** How a derived target was found (linear path from which year and value), or why none. */
  targetNote?: Issue | null;
  /** Range rows: actual minus the nearer end of the band (0 inside the band), else null. */
  distance?: Decimal | null;
}

export interface KpiStatusCount {
  code: string;
  label: MessageText;
  count: number;
  /** Share of the group in percent, unrounded. */
  share: Decimal;
}

export interface KpiGroupSummary {
  /** The theme, or null for the whole plan. */
  theme: string | null;
  total: number;
  counts: KpiStatusCount[];
}

export interface KpiSummary {
  scheme: GradingScheme;
  fiscalYear: number;
  whole: KpiGroupSummary;
  byTheme: KpiGroupSummary[];
}

/** 3E per item for auditors (domain.md §5): 経済性, 効率性, 有効性 side by side. */
export interface KpiThreeE {
  item: KpiItem;
  fiscalYear: number;
  /** 経済性: cost against plan (budget) or, without a budget, against the prior year; percent. */
  economy: {
    basis: "budget" | "priorYear";
    cost: Decimal;
    against: Decimal;
    ratio: Decimal;
  } | null;
  /** 効率性: (事業費 + 人件費) / output, and the prior year's for comparison. */
  efficiency: { unitCost: Decimal; priorUnitCost: Decimal | null } | null;
  /** 有効性: the achievement rate of the year (as KpiProgress.rate). */
  effectiveness: Decimal | null;
  issues: Issue[];
}

export interface KpiThemeThreeE {
  theme: string | null;
  /** Σcost / Σbudget (or prior year) in percent, Σ(cost+personnel) / Σoutput is not summed across units. */
  economy: Decimal | null;
  /** Mean achievement rate of the theme's rated items. */
  effectiveness: Decimal | null;
  items: number;
}

export interface KpiEvaluation {
  register: KpiRegister;
  fiscalYear: number;
  scheme: GradingScheme;
  progress: KpiProgress[];
  summary: KpiSummary;
  threeE: KpiThreeE[];
  threeEByTheme: KpiThemeThreeE[];
}
