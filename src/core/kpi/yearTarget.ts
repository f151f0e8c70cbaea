import { D, type Decimal } from "../decimal";
import type { Issue } from "../messages/types";
import type { KpiItem, KpiTargetSource, KpiYear } from "./types";

export interface YearTarget {
  /** The year's target level in the row's unit (the lower end of a band), or null. */
  target: Decimal | null;
  source: KpiTargetSource;
  /** The yearly plan goes beyond the period goal in the goal's direction (苫小牧 No.48). */
  overshootsGoal: boolean;
  /** How a derived target was found (the linear path's start), or why there is none. */
  note: Issue | null;
}

const ZERO = new D(0);

/**
 * The evaluation year's target of one indicator (domain.md §5):
 * - the year's plan cell; a 累計 row's plan is a running total already, unless the plan columns
 *   are single-year (単年度), then the single-year plans up to the year are summed;
 * - no plan cell: 毎年度 → the goal level; 範囲 → the band; 最終 / 累計 with no plan in any year →
 *   the straight line B + (T − B) × k / N from the baseline year (or, without one, the year
 *   before the register's first year) to the goal year; a 累計 row or a reduction (a negative
 *   goal with 方向 減少) without a baseline value starts from 0; from the goal year on, the goal;
 * - a row with plans in other years but not this one has no target that year (never guessed).
 *
 * @example yearTarget(item /* 累計, plans 3億, 6億 … *\/, 2026).target // 600000000
 */
export function yearTarget(item: KpiItem, fiscalYear: number): YearTarget {
  if (item.direction === "milestone" || item.targetType === "milestone")
    return { target: null, source: "none", overshootsGoal: false, note: null };
  const year = item.years.find((y) => y.fiscalYear === fiscalYear);
  if (year && year.plan !== null) {
    const planned = plannedLevel(item, fiscalYear, year.plan);
    return {
      target: planned.target,
      source: planned.source,
      overshootsGoal: overshoots(item, planned.target),
      note: null,
    };
  }
  const goal = item.goal.target;
  if (item.direction === "range") {
    const lower = goal.lower ?? goal.value;
    if (lower === null && goal.upper === null)
      return { target: null, source: "none", overshootsGoal: false, note: null };
    return { target: lower ?? goal.upper, source: "band", overshootsGoal: false, note: null };
  }
  if (goal.value === null) return none(fiscalYear);
  if (item.targetType === "yearly")
    return { target: goal.value, source: "goal", overshootsGoal: false, note: null };
  if (item.years.some((y) => y.plan !== null)) return noPlanThisYear(fiscalYear);
  const goalYear = item.goal.fiscalYear;
  if (goalYear !== null && fiscalYear >= goalYear)
    return { target: goal.value, source: "goal", overshootsGoal: false, note: null };
  return linearPath(item, fiscalYear, goal.value, goalYear);
}

function plannedLevel(
  item: KpiItem,
  fiscalYear: number,
  plan: Decimal
): { target: Decimal; source: KpiTargetSource } {
  if (item.targetType !== "cumulative" || !item.planIsSingleYear)
    return { target: plan, source: "plan" };
  return { target: sumUpTo(item.years, fiscalYear, (y) => y.plan), source: "runningTotal" };
}

/** Σ of the non-blank values of the years up to and including `fiscalYear` (a linear pass). */
export function sumUpTo(
  years: readonly KpiYear[],
  fiscalYear: number,
  pick: (y: KpiYear) => Decimal | null
): Decimal {
  let sum = ZERO;
  for (const y of years) {
    if (y.fiscalYear > fiscalYear) break;
    const v = pick(y);
    if (v !== null) sum = sum.plus(v);
  }
  return sum;
}

function overshoots(item: KpiItem, target: Decimal): boolean {
  const goal = item.goal.target.value;
  if (goal === null) return false;
  if (item.direction === "higher") return target.gt(goal);
  if (item.direction === "lower") return target.lt(goal);
  return false;
}

function linearPath(
  item: KpiItem,
  fiscalYear: number,
  goal: Decimal,
  goalYear: number | null
): YearTarget {
  // A running total, and a reduction (△2,231t vs H25), start from 0: the change is 0 at the start.
  const startsAtZero =
    item.targetType === "cumulative" || (item.direction === "lower" && goal.isNegative());
  const fromValue = item.baseline.value ?? (startsAtZero ? ZERO : null);
  const firstYear = item.years[0]?.fiscalYear ?? null;
  const fromYear = item.baseline.fiscalYear ?? (firstYear === null ? null : firstYear - 1);
  if (fromValue === null || fromYear === null || goalYear === null || goalYear <= fromYear)
    return none(fiscalYear);
  if (fiscalYear < fromYear) return none(fiscalYear);
  const k = fiscalYear - fromYear;
  const n = goalYear - fromYear;
  const target = fromValue.plus(goal.minus(fromValue).times(k).div(n));
  const code =
    item.baseline.fiscalYear !== null
      ? "kpiProgress.linearFromBaseline"
      : "kpiProgress.linearFromBeforeRegister";
  return {
    target,
    source: "linear",
    overshootsGoal: false,
    note: { code, params: { from: fromYear, to: goalYear, value: fromValue.toFixed() } },
  };
}

function none(fiscalYear: number): YearTarget {
  return {
    target: null,
    source: "none",
    overshootsGoal: false,
    note: { code: "kpiProgress.noYearTarget", params: { year: fiscalYear } },
  };
}

function noPlanThisYear(fiscalYear: number): YearTarget {
  return {
    target: null,
    source: "none",
    overshootsGoal: false,
    note: { code: "kpiProgress.noPlanForYear", params: { year: fiscalYear } },
  };
}
