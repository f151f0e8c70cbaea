import type { Decimal } from "../../core/decimal";
import type { GradeBand, GradingScheme, KpiProgress } from "../../core/kpi/types";
import { formatWareki, warekiOf } from "../../core/calendar/formatWareki";
import { figureText } from "../check/figureText";
import type { TextFn } from "../useText";

/**
 * A fiscal year as the KPI tab offers it: 令和8年度 (2026); the western year alone before 昭和.
 *
 * @example yearOptionText(2026, t) // "令和8年度 (2026)"
 */
export function yearOptionText(fiscalYear: number, t: TextFn): string {
  if (!warekiOf(fiscalYear).ok) return String(fiscalYear);
  return t("kpiPane.yearOption", { wareki: formatWareki(fiscalYear, "long"), year: fiscalYear });
}

/**
 * A value of a row in its unit: △ for negatives, thousands separators, "－" when there is none.
 *
 * @example valueText(new D(-1200), "千円", t) // "△1,200 千円"
 */
export function valueText(value: Decimal | null, unit: string | null, t: TextFn): string {
  if (value === null) return t("kpiPane.noValue");
  const figure = figureText(value);
  return unit ? t("kpiPane.valueUnit", { value: figure, unit }) : figure;
}

/** Why a row is on the attention list; a row can be on several. */
export type AttentionGroup = "attention" | "overshoot" | "noActual";

export const ATTENTION_GROUPS: readonly AttentionGroup[] = ["attention", "overshoot", "noActual"];

/**
 * The rows that need a look, by group: a band marked attention (遅れ, C …), a yearly plan beyond
 * the period goal (shown, not hidden), no actual yet for the year (blank is not zero).
 */
export function attentionRows(
  progress: readonly KpiProgress[]
): Record<AttentionGroup, KpiProgress[]> {
  return {
    attention: progress.filter((p) => p.grade.attention),
    overshoot: progress.filter((p) => p.planOvershootsGoal),
    noActual: progress.filter((p) => p.actual === null && p.item.direction !== "milestone"),
  };
}

/** The cell that shows a row's progress: the year's actual, else its plan, else the goal, else column A. */
export function progressCell(p: KpiProgress): string {
  const year = p.item.years.find((y) => y.fiscalYear === p.fiscalYear);
  return year?.actualCell ?? year?.planCell ?? p.item.goal.target.cell ?? `A${p.item.row}`;
}

/** True when two schemes grade alike (same bands, rules, labels and attention flags). */
export function sameScheme(a: GradingScheme, b: GradingScheme): boolean {
  return a.basis === b.basis && JSON.stringify(a.bands) === JSON.stringify(b.bands);
}

/** The percent a band's rule carries (rateAtLeast, withinOfBaseline), or null. */
export function bandPercent(band: GradeBand): number | null {
  return band.rule.kind === "rateAtLeast" || band.rule.kind === "withinOfBaseline"
    ? band.rule.percent
    : null;
}

/**
 * A percent typed by the user: digits with an optional decimal part, full-width digits and
 * a trailing % allowed; null for anything else (an empty box is not 0).
 *
 * @example parsePercent("８０．５％") // 80.5
 */
export function parsePercent(text: string): number | null {
  const half = text
    .trim()
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[%％]$/, "")
    .trim();
  return /^\d+(\.\d+)?$/.test(half) ? Number(half) : null;
}
