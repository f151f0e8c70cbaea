import { gradeOf } from "./gradeOf";
import { gradingPreset, DEFAULT_SCHEME_ID } from "./gradingSchemes";
import { kpiRate, rateOf } from "./kpiRate";
import { summarizeKpi } from "./summarizeKpi";
import { threeEByTheme, threeEOf } from "./threeE";
import type {
  GradingScheme,
  KpiEvaluation,
  KpiItem,
  KpiProgress,
  KpiRegister,
  KpiThreeE,
} from "./types";
import { yearTarget, type YearTarget } from "./yearTarget";

/**
 * The year's target as the scheme measures it: a scheme on the yearly plan ("yearlyPlan") takes
 * only plan cells (and a 毎年度 row's goal, its level every year), never a derived path.
 */
function targetFor(item: KpiItem, fiscalYear: number, scheme: GradingScheme): YearTarget {
  const t = yearTarget(item, fiscalYear);
  if (scheme.basis !== "yearlyPlan") return t;
  if (item.direction === "milestone" || item.targetType === "milestone") return t;
  const fromPlan = t.source === "plan" || t.source === "runningTotal" || t.source === "band";
  if (fromPlan || (t.source === "goal" && item.targetType === "yearly")) return t;
  return {
    target: null,
    source: "none",
    overshootsGoal: false,
    note: { code: "kpiProgress.noYearlyPlan", params: { year: fiscalYear } },
  };
}

/** Progress of one row for the year, graded by the scheme (linear in the row's years). */
export function progressOf(item: KpiItem, fiscalYear: number, scheme: GradingScheme): KpiProgress {
  const t = targetFor(item, fiscalYear, scheme);
  const m = kpiRate(item, fiscalYear, t.target);
  const goal = item.goal.target.value;
  const goalRate =
    m.actual !== null &&
    goal !== null &&
    (m.method === "ratio" ||
      m.method === "inverse" ||
      m.method === "baseline" ||
      m.method === "cumulative")
      ? rateOf(m.method, m.actual, goal, m.baseline).rate
      : null;
  // With an actual but no target, the target's own reason (no plan this year, …) is the specific one.
  const targetReason = m.actual !== null && t.target === null ? t.note : null;
  const rateIssue = m.rate === null ? (targetReason ?? m.issue ?? t.note) : null;
  return {
    item,
    fiscalYear,
    method: m.method,
    targetSource: t.source,
    target: t.target,
    actual: m.actual,
    rate: m.rate,
    rateIssue,
    achieved: m.achieved,
    goalRate,
    planOvershootsGoal: t.overshootsGoal,
    grade: gradeOf(item, m, scheme),
    targetNote: t.note,
    distance: m.distance,
  };
}

/**
 * Progress of every interpreted row of a register for one fiscal year: the year's target and
 * where it came from, the rate with its method, whether the target is met, the grade of the
 * scheme in force (the default preset unless given), summaries per status (whole plan and per
 * テーマ), and 3E where the register has costs. Linear in rows × years; skipped rows stay in
 * `register.skipped`.
 *
 * @example evaluateKpi(register, { fiscalYear: 2026 }).summary.whole.total // register.items.length
 */
export function evaluateKpi(
  register: KpiRegister,
  options: { fiscalYear: number; scheme?: GradingScheme }
): KpiEvaluation {
  const scheme = options.scheme ?? gradingPreset(DEFAULT_SCHEME_ID);
  const { fiscalYear } = options;
  const progress = register.items.map((item) => progressOf(item, fiscalYear, scheme));
  const threeE: KpiThreeE[] = [];
  for (const p of progress) {
    const e = threeEOf(p);
    if (e) threeE.push(e);
  }
  return {
    register,
    fiscalYear,
    scheme,
    progress,
    summary: summarizeKpi(progress, scheme, fiscalYear),
    threeE,
    threeEByTheme: threeEByTheme(threeE),
  };
}

/**
 * The year to evaluate by default: the latest year with any actual (a number or a milestone's
 * status text), else the first year with any plan, else the register's first year.
 *
 * @example defaultEvaluationYear(register) // 2026 when R8 is the last year with actuals
 */
export function defaultEvaluationYear(register: KpiRegister): number {
  let latestActual: number | null = null;
  let firstPlan: number | null = null;
  for (const item of register.items)
    for (const y of item.years) {
      if (
        (y.actual !== null || y.actualText !== null) &&
        (latestActual === null || y.fiscalYear > latestActual)
      )
        latestActual = y.fiscalYear;
      if (
        (y.plan !== null || y.planText !== null) &&
        (firstPlan === null || y.fiscalYear < firstPlan)
      )
        firstPlan = y.fiscalYear;
    }
  const first = register.fiscalYears[0];
  const year = latestActual ?? firstPlan ?? first;
  if (year === undefined) throw new Error(`KPI register ${register.sheet} has no fiscal years`);
  return year;
}
