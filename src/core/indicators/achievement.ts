import type { Decimal } from "../decimal";
import type { IndicatorResult, Precision } from "./types";
import { errorResult, methodOf, percentOf } from "./result";
import { INPUT_NAMES } from "./inputNames";

/** 達成率 is rounded for display only, 1 dp half-up (domain.md §5, a convention). */
export const ACHIEVEMENT_PRECISION: Precision = { digits: 1, rounding: "half-up" };

export type AchievementDirection = "higher" | "lower";

const DIRECTION_ALIASES: Record<string, AchievementDirection> = {
  higher: "higher",
  up: "higher",
  増加: "higher",
  以上: "higher",
  高いほど良い: "higher",
  lower: "lower",
  down: "lower",
  減少: "lower",
  以下: "lower",
  以内: "lower",
  低いほど良い: "lower",
};

/**
 * Reads a direction as typed (増加 / 減少, 以上 / 以下, higher / lower). Unknown text gives null.
 *
 * @example parseDirection("減少") // "lower"
 */
export function parseDirection(text: string): AchievementDirection | null {
  return DIRECTION_ALIASES[text.normalize("NFKC").trim().toLowerCase()] ?? null;
}

/**
 * 達成率 in %. There is no statutory formula, so the method travels with the value (domain.md §5):
 * with a baseline B — (A − B) / (T − B), undefined when T = B; otherwise higher-is-better A / T,
 * lower-is-better T / A.
 *
 * @example achievement(new D("98.5"), new D(99), "higher") // 99.5, method achievement.ratio
 * @example achievement(new D(-30), new D(-50), "lower", new D(0)) // 60.0, method achievement.baseline
 */
export function achievement(
  actual: Decimal,
  target: Decimal,
  direction: AchievementDirection = "higher",
  baseline: Decimal | null = null,
  precision: Precision = ACHIEVEMENT_PRECISION
): IndicatorResult {
  if (baseline !== null) {
    const method = methodOf("achievement.baseline", precision);
    const span = target.minus(baseline);
    if (span.isZero()) return errorResult(method, "functions.indicator.progressUndefined");
    return percentOf(actual.minus(baseline), span, method, INPUT_NAMES.targetLessBaseline);
  }
  if (direction === "lower")
    return percentOf(
      target,
      actual,
      methodOf("achievement.inverse", precision),
      INPUT_NAMES.actual
    );
  return percentOf(actual, target, methodOf("achievement.ratio", precision), INPUT_NAMES.target);
}
