import { D, type Decimal } from "../decimal";
import type { KpiItem, KpiProgress } from "../kpi/types";
import type { Language } from "../messages/types";
import { decimalsNeeded, formatChartNumber, toChartNumber, triangleFormat } from "./chartNumber";
import { CHART_COLORS, series } from "./chartStyle";
import { chartText, yearLabel, yearText } from "./chartText";
import type { ChartPlan, ChartSeriesPlan } from "./types";
import { valueScale } from "./moneyScale";
import { linearTargetPath } from "./targetPath";

/** What an indicator chart needs besides its item. */
export interface IndicatorContext {
  lang: Language;
  progress: KpiProgress | null;
  /** Note that the register's actuals are illustrative (例示). */
  illustrative: boolean;
}

/** A placement to be filled in by the page layout. */
export const UNPLACED = { anchor: "A1", widthPt: 0, heightPt: 0 } as const;

/**
 * True for a row with numbers to draw: not a milestone, and some plan or actual (or a baseline)
 * to show against the goal; a goal alone is no chart.
 */
export function isNumericItem(item: KpiItem): boolean {
  if (item.direction === "milestone" || item.targetType === "milestone") return false;
  return (
    item.baseline.value !== null || item.years.some((y) => y.plan !== null || y.actual !== null)
  );
}

/**
 * The plan as the actuals are held: a 累計 row's single-year plans (header 単年度) summed into
 * running totals; a blank plan year stays a gap (blank is not zero) and later years sum the
 * plans that are there.
 */
export function comparablePlans(item: KpiItem): (Decimal | null)[] {
  if (!(item.targetType === "cumulative" && item.planIsSingleYear))
    return item.years.map((y) => y.plan);
  let sum = new D(0);
  return item.years.map((y) => {
    if (y.plan === null) return null;
    sum = sum.plus(y.plan);
    return sum;
  });
}

function titleOf(item: KpiItem, unit: string, lang: Language, code: string): string {
  const params = { no: item.no, indicator: item.indicator, unit };
  return chartText(unit ? code : `${code}NoUnit`, lang, params);
}

function notesOf(ctx: IndicatorContext, extra: string[]): string | null {
  const parts: string[] = [];
  if (ctx.progress) {
    const method = chartText(`method.${ctx.progress.method}`, ctx.lang);
    parts.push(
      chartText("note.method", ctx.lang, {
        method,
        year: yearText(ctx.progress.fiscalYear, ctx.lang),
      })
    );
    if (ctx.progress.planOvershootsGoal) parts.push(chartText("note.overshoot", ctx.lang));
  }
  parts.push(...extra);
  if (ctx.illustrative) parts.push(chartText("note.illustrative", ctx.lang));
  return parts.length ? parts.join(chartText("note.separator", ctx.lang)) : null;
}

/**
 * Actual by fiscal year as solid dark columns, the plan as outlined columns behind them, the period
 * goal as a dashed line (a 範囲 row: its bounds as two lines), 和暦 categories with the baseline
 * year first when it lies before the register's years. Money in 円 is shown in 千円 / 百万円.
 */
export function indicatorChart(item: KpiItem, ctx: IndicatorContext): ChartPlan {
  const { lang } = ctx;
  const plans = comparablePlans(item);
  const base = item.baseline;
  const firstYear = item.years[0]?.fiscalYear ?? Infinity;
  const withBaseline =
    base.value !== null && base.fiscalYear !== null && base.fiscalYear < firstYear;
  const categories = item.years.map((y) => yearLabel(y.fiscalYear, lang));
  const actuals = item.years.map((y) => y.actual);
  if (withBaseline && base.fiscalYear !== null) {
    categories.unshift(
      chartText("category.baseline", lang, { year: yearLabel(base.fiscalYear, lang) })
    );
    actuals.unshift(base.value);
    plans.unshift(null);
  }
  const t = item.goal.target;
  // A band whose bounds are equal (530人を維持) is one level to hold: drawn as the goal line.
  const heldLevel = t.lower !== null && t.upper !== null && t.lower.eq(t.upper);
  const isBand = item.direction === "range" && !heldLevel;
  const band = isBand ? [t.lower, t.upper] : [];
  const goal = isBand ? null : item.direction === "range" ? t.lower : t.value;
  const all = [...actuals, ...plans, goal, ...band];
  const scale = valueScale(item.unit, all);
  const shown = (v: Decimal | null) => toChartNumber(v === null ? null : v.div(scale.divisor));
  const decimals = decimalsNeeded(
    all.map((v) => (v === null ? null : v.div(scale.divisor))),
    scale.maxDecimals
  );
  const format = triangleFormat(decimals);
  const n = categories.length;
  const list: ChartSeriesPlan[] = [];
  if (plans.some((p) => p !== null))
    list.push(
      series(
        chartText("series.plan", lang),
        "plan",
        "column",
        plans.map(shown),
        "outline",
        CHART_COLORS.plan,
        false
      )
    );
  list.push(
    series(
      chartText("series.actual", lang),
      "actual",
      "column",
      actuals.map(shown),
      "solid",
      CHART_COLORS.actual,
      true
    )
  );
  // No plan at all: the yearly targets on the line from the baseline to the goal, dashed.
  const path = linearTargetPath(item, withBaseline);
  if (path)
    list.push(
      series(
        chartText("series.linearPath", lang),
        "target",
        "line",
        path.map(shown),
        "dashed",
        CHART_COLORS.target,
        false
      )
    );
  const goalYear = item.goal.fiscalYear;
  if (goal !== null) {
    const name =
      goalYear === null
        ? chartText("series.goal", lang)
        : chartText("series.goalYear", lang, { year: yearLabel(goalYear, lang) });
    list.push(
      series(
        name,
        "goal",
        "line",
        new Array<number | null>(n).fill(shown(goal)),
        "dashed",
        CHART_COLORS.goal,
        false
      )
    );
  }
  const [lower, upper] = band;
  if (lower)
    list.push(
      series(
        chartText("series.lower", lang),
        "band",
        "line",
        new Array<number | null>(n).fill(shown(lower)),
        "dashed",
        CHART_COLORS.band,
        false
      )
    );
  if (upper)
    list.push(
      series(
        chartText("series.upper", lang),
        "band",
        "line",
        new Array<number | null>(n).fill(shown(upper)),
        "dashed",
        CHART_COLORS.band,
        false
      )
    );
  const unit = scale.unit;
  const extra = goal !== null && goal.isNeg() ? [chartText("note.reduction", lang)] : [];
  if (path) extra.push(chartText("note.linearPath", lang));
  return {
    id: `kpi:indicator:${item.row}`,
    kind: "indicator",
    title: titleOf(item, unit, lang, "title.indicator"),
    categories,
    series: list,
    valueAxis: {
      title: unit ? chartText("axis.value", lang, { unit }) : chartText("axis.valueNoUnit", lang),
      numberFormat: format,
    },
    categoryAxis: { title: chartText("axis.fiscalYear", lang) },
    legend: "bottom",
    horizontal: false,
    overlap: 40,
    gapWidth: 60,
    placement: { ...UNPLACED },
    note: notesOf(ctx, extra),
  };
}

/** True for a 累計 row whose goal is a number other than 0 (progress against it is defined). */
export function hasCumulativeGoal(item: KpiItem): boolean {
  const goal = item.goal.target.value;
  return item.targetType === "cumulative" && goal !== null && !goal.isZero();
}

/**
 * A 累計 row's running totals as a share of the period goal: the actual running total (solid
 * line, labelled), the plan's running totals (dashed line: each year's target), 100% (the goal).
 * A reduction (△150) divides by its own sign, so 100% is reaching it either way.
 */
export function cumulativeChart(item: KpiItem, ctx: IndicatorContext): ChartPlan {
  const { lang } = ctx;
  const goal = item.goal.target.value ?? new D(1);
  const pct = (v: Decimal | null) =>
    toChartNumber(v === null ? null : v.div(goal).times(100).toDecimalPlaces(1, D.ROUND_HALF_UP));
  const categories = item.years.map((y) => yearLabel(y.fiscalYear, lang));
  const plans = comparablePlans(item).map(pct);
  const actuals = item.years.map((y) => pct(y.actual));
  const list: ChartSeriesPlan[] = [];
  list.push(
    series(
      chartText("series.actualRunning", lang),
      "actual",
      "line",
      actuals,
      "solid",
      CHART_COLORS.actual,
      true
    )
  );
  if (plans.some((p) => p !== null))
    list.push(
      series(
        chartText("series.planRunning", lang),
        "target",
        "line",
        plans,
        "dashed",
        CHART_COLORS.target,
        false
      )
    );
  const goalYear = item.goal.fiscalYear;
  const goalName =
    goalYear === null
      ? chartText("series.goal100", lang)
      : chartText("series.goal100Year", lang, { year: yearLabel(goalYear, lang) });
  list.push(
    series(
      goalName,
      "goal",
      "line",
      new Array<number | null>(categories.length).fill(100),
      "dashed",
      CHART_COLORS.goal,
      false
    )
  );
  const scale = valueScale(item.unit, [goal]);
  const goalText = formatChartNumber(
    Number(goal.div(scale.divisor).toString()),
    triangleFormat(decimalsNeeded([goal.div(scale.divisor)], scale.maxDecimals))
  );
  const extra = [chartText("note.cumulative", lang, { goal: goalText, unit: scale.unit })];
  const line = list[0];
  if (line) line.marker = true;
  return {
    id: `kpi:cumulative:${item.row}`,
    kind: "cumulative",
    title: titleOf(item, scale.unit, lang, "title.cumulative"),
    categories,
    series: list,
    valueAxis: { title: chartText("axis.goalShare", lang), numberFormat: triangleFormat(1, "%") },
    categoryAxis: { title: chartText("axis.fiscalYear", lang) },
    legend: "bottom",
    horizontal: false,
    placement: { ...UNPLACED },
    note: notesOf(ctx, extra),
  };
}
