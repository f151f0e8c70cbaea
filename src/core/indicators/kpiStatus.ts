import { D } from "../decimal";
import type { Decimal } from "../decimal";
import type { Issue } from "../messages/types";
import type { Comparison, ParsedCell, Quantity } from "../notation/types";
import { toYen } from "../notation/moneyFactor";

export type KpiVerdict = "achieved" | "notAchieved" | "inBand" | "outOfBand";
/** How the target text was read: ≥, >, ≤, <, a reduction (△, lower is better), or a band. */
export type KpiRule = "atLeast" | "above" | "atMost" | "below" | "reduction" | "band";

export const KPI_VERDICT_LABELS: Record<KpiVerdict, { ja: string; en: string }> = {
  achieved: { ja: "達成", en: "achieved" },
  notAchieved: { ja: "未達成", en: "not achieved" },
  inBand: { ja: "範囲内", en: "in band" },
  outOfBand: { ja: "範囲外", en: "out of band" },
};

export interface KpiStatus {
  verdict: KpiVerdict;
  rule: KpiRule;
  /** Target (lower end of a band) in the actual's unit: money in 円, others as printed. */
  target: Decimal;
  upper?: Decimal;
  /** actual − target; for a band 0 inside, else actual − the nearer end. */
  distance: Decimal;
}

export type KpiStatusResult = { ok: true; status: KpiStatus } | { ok: false; issue: Issue };

/** Money in 円 (the unit actuals are entered in), everything else as printed. */
function inActualUnit(q: Quantity): Decimal {
  return toYen(q) ?? q.value;
}

/**
 * Judges an actual against a target as printed in a plan, on exact values (domain.md §5):
 * `99.0%以上` achieved iff A ≥ 99.0; `13%以内` / `24,700時間以下` iff A ≤ T; `80%台` in band iff
 * 80 ≤ A < 90; `△50件` (a reduction, A is the signed change) iff A ≤ −50; a plain positive figure
 * (`12件`, `4億円`) is a level to reach (A ≥ T). Money targets are compared in 円 (`26億円以上` is
 * 2,600,000,000), percentages in percent (99.2, not 0.992).
 *
 * @example kpiStatus(new D("99.2"), parsed("99.0%以上")) // achieved, distance 0.2
 */
export function kpiStatus(
  actual: Decimal,
  target: ParsedCell,
  targetText: string
): KpiStatusResult {
  // An unreadable target keeps the notation reader's reason (e.g. a bad thousands separator).
  if (target.kind === "invalid") return { ok: false, issue: target.issue };
  if (target.kind !== "number")
    return {
      ok: false,
      issue: { code: "functions.indicator.targetNotNumeric", params: { text: targetText } },
    };
  const t = inActualUnit(target.quantity);
  if (target.upper !== undefined) {
    const upper = inActualUnit(target.upper);
    const aboveUpper = target.upperExclusive ? actual.gte(upper) : actual.gt(upper);
    const distance = actual.lt(t) ? actual.minus(t) : aboveUpper ? actual.minus(upper) : new D(0);
    const verdict: KpiVerdict = actual.lt(t) || aboveUpper ? "outOfBand" : "inBand";
    return { ok: true, status: { verdict, rule: "band", target: t, upper, distance } };
  }
  const rule = ruleOf(target.comparison, t);
  const met =
    rule === "atLeast"
      ? actual.gte(t)
      : rule === "above"
        ? actual.gt(t)
        : rule === "below"
          ? actual.lt(t)
          : actual.lte(t);
  return {
    ok: true,
    status: {
      verdict: met ? "achieved" : "notAchieved",
      rule,
      target: t,
      distance: actual.minus(t),
    },
  };
}

function ruleOf(comparison: Comparison, t: Decimal): KpiRule {
  switch (comparison) {
    case "ge":
      return "atLeast";
    case "gt":
      return "above";
    case "le":
      return "atMost";
    case "lt":
      return "below";
    default:
      // A plain or approximate figure: a negative one (△50件) is a reduction, lower is better.
      return t.isNegative() && !t.isZero() ? "reduction" : "atLeast";
  }
}
