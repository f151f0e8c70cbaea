import { kpiProgressMessages as M } from "../messages/kpiProgress";
import type { MessageText } from "../messages/types";
import type { GradeBand, GradeRule, GradingScheme } from "./types";

export { checkGradingScheme } from "./checkGradingScheme";
export { formatRate } from "./formatRate";

function text(code: string): MessageText {
  const entry = M[code];
  if (!entry) throw new Error(`unknown message code: ${code}`);
  return entry;
}

function band(code: string, label: MessageText, rule: GradeRule, attention = false): GradeBand {
  return { code, label, rule, attention };
}

function points(n: number): MessageText {
  const t = text("kpiProgress.grade.points");
  return { ja: t.ja.replace("{points}", String(n)), en: t.en.replace("{points}", String(n)) };
}

export const DEFAULT_SCHEME_ID = "default";

/**
 * The grading presets (domain.md §5). Bands are evaluated in order; the first whose rule holds
 * gives the status, and every scheme ends with "otherwise". Thresholds chosen here:
 * - default: 完了 (status 完了) · 達成 (the year's target met) · 順調 (rate ≥ 80% of the year's
 *   target) · 未着手 (status 未着手) · 判定不能 (no rate and no verdict: no actual yet, T = B, no
 *   target, a milestone in progress) · 遅れ (otherwise: a rate under 80%, a band missed).
 * - sevenPoint: 7 the target met (100%), 6 ≥ 90%, 5 ≥ 80%, 4 ≥ 70%, 3 ≥ 60%, 2 ≥ 50%,
 *   － cannot be judged, 1 otherwise (under 50%, a band missed).
 * - targetBaseline: S the target met, A better than the baseline, B worse than the baseline by at
 *   most 10% of it (exactly −10% is B), － cannot be judged (also: no baseline to compare), C.
 * - yearlyPlan (measured against the yearly plan only): S ≥ 100% of the plan, A ≥ 90%,
 *   B ≥ 50%, － no plan value or no actual, C under 50%.
 */
export const GRADING_PRESETS: readonly GradingScheme[] = [
  {
    id: DEFAULT_SCHEME_ID,
    name: text("kpiProgress.scheme.default"),
    basis: "yearTarget",
    bands: [
      band("completed", text("kpiProgress.grade.completed"), { kind: "completed" }),
      band("achieved", text("kpiProgress.grade.achieved"), { kind: "achieved" }),
      band("onTrack", text("kpiProgress.grade.onTrack"), { kind: "rateAtLeast", percent: 80 }),
      band("notStarted", text("kpiProgress.grade.notStarted"), { kind: "notStarted" }, true),
      band("undetermined", text("kpiProgress.grade.undetermined"), { kind: "undefined" }),
      band("behind", text("kpiProgress.grade.behind"), { kind: "otherwise" }, true),
    ],
  },
  {
    id: "sevenPoint",
    name: text("kpiProgress.scheme.sevenPoint"),
    basis: "yearTarget",
    bands: [
      band("7", points(7), { kind: "achieved" }),
      band("6", points(6), { kind: "rateAtLeast", percent: 90 }),
      band("5", points(5), { kind: "rateAtLeast", percent: 80 }),
      band("4", points(4), { kind: "rateAtLeast", percent: 70 }),
      band("3", points(3), { kind: "rateAtLeast", percent: 60 }, true),
      band("2", points(2), { kind: "rateAtLeast", percent: 50 }, true),
      band("-", text("kpiProgress.grade.dash"), { kind: "undefined" }),
      band("1", points(1), { kind: "otherwise" }, true),
    ],
  },
  {
    id: "targetBaseline",
    name: text("kpiProgress.scheme.targetBaseline"),
    basis: "yearTarget",
    bands: [
      band("S", text("kpiProgress.grade.tbS"), { kind: "achieved" }),
      band("A", text("kpiProgress.grade.tbA"), { kind: "aboveBaseline" }),
      band("B", text("kpiProgress.grade.tbB"), { kind: "withinOfBaseline", percent: 10 }, true),
      band("-", text("kpiProgress.grade.dash"), { kind: "undefined" }),
      band("C", text("kpiProgress.grade.tbC"), { kind: "otherwise" }, true),
    ],
  },
  {
    id: "yearlyPlan",
    name: text("kpiProgress.scheme.yearlyPlan"),
    basis: "yearlyPlan",
    bands: [
      band("S", text("kpiProgress.grade.ypS"), { kind: "achieved" }),
      band("A", text("kpiProgress.grade.ypA"), { kind: "rateAtLeast", percent: 90 }),
      band("B", text("kpiProgress.grade.ypB"), { kind: "rateAtLeast", percent: 50 }, true),
      band("-", text("kpiProgress.grade.dash"), { kind: "undefined" }),
      band("C", text("kpiProgress.grade.ypC"), { kind: "otherwise" }, true),
    ],
  },
];

/** The preset with this id, or the default one. */
export function gradingPreset(id: string): GradingScheme {
  const found = GRADING_PRESETS.find((s) => s.id === id) ?? GRADING_PRESETS[0];
  if (!found) throw new Error("no grading presets");
  return found;
}
