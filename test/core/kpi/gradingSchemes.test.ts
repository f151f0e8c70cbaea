import { progressOf } from "../../../src/core/kpi/evaluateKpi";
import {
  DEFAULT_SCHEME_ID,
  GRADING_PRESETS,
  checkGradingScheme,
} from "../../../src/core/kpi/gradingSchemes";
import type { GradingScheme } from "../../../src/core/kpi/types";
import { MESSAGES } from "../../../src/core/messages";
import { R, kpiItem, type ItemSpec } from "./kpiBuilder";

const preset = (id: string): GradingScheme => {
  const s = GRADING_PRESETS.find((p) => p.id === id);
  if (!s) throw new Error(id);
  return s;
};
const gradeIn = (id: string, spec: ItemSpec, year = R(7)) =>
  progressOf(kpiItem(spec), year, preset(id)).grade.code;
/** A higher-is-better row with target 100 in R7 and the given actual (rate = actual %). */
const rated = (actual: string | null): ItemSpec => ({ plans: [100], actuals: [actual] });

describe("GRADING_PRESETS", () => {
  it("has the four presets, the default first, each ending with otherwise", () => {
    expect(GRADING_PRESETS.map((s) => s.id)).toEqual([
      "default",
      "sevenPoint",
      "targetBaseline",
      "yearlyPlan",
    ]);
    expect(DEFAULT_SCHEME_ID).toBe("default");
    for (const s of GRADING_PRESETS) {
      expect(s.bands[s.bands.length - 1]?.rule.kind).toBe("otherwise");
      expect(checkGradingScheme(JSON.parse(JSON.stringify(s)))).toEqual({ ok: true, scheme: s });
    }
  });

  it.each([
    // default: 達成 at the target, 順調 from 80% of the year's target, 遅れ below (thresholds: gradingSchemes.ts).
    ["100", "achieved"],
    ["99.9", "onTrack"],
    ["80", "onTrack"],
    ["79.9", "behind"],
    [null, "undetermined"], // no actual yet
  ])("grades default: actual %s of 100 → %s", (actual, code) => {
    expect(gradeIn("default", rated(actual))).toBe(code);
  });

  it("grades default milestones and undefined progress", () => {
    const ms = { direction: "milestone", targetType: "milestone" } as const;
    expect(gradeIn("default", { ...ms, status: "完了" })).toBe("completed");
    expect(gradeIn("default", { ...ms, actualTexts: ["未着手"] })).toBe("notStarted");
    expect(gradeIn("default", { ...ms, actualTexts: ["取組中"] })).toBe("undetermined");
    // T = B: the rate is undefined, but whether the target is met is known, so it still grades.
    expect(gradeIn("default", { baseline: { value: 100 }, plans: [100], actuals: [90] })).toBe(
      "behind"
    );
    expect(gradeIn("default", { baseline: { value: 100 }, plans: [100], actuals: [100] })).toBe(
      "achieved"
    );
  });

  it.each([
    // domain.md §5: 100% → 7, 90–100% → 6, … under 50% → 1.
    ["100", "7"],
    ["99.99", "6"],
    ["90", "6"],
    ["89.99", "5"],
    ["80", "5"],
    ["70", "4"],
    ["60", "3"],
    ["50", "2"],
    ["49.99", "1"],
    [null, "-"],
  ])("grades sevenPoint: actual %s of 100 → %s", (actual, code) => {
    expect(gradeIn("sevenPoint", rated(actual))).toBe(code);
  });

  it.each([
    // domain.md §5: S above the target, A above the baseline, B within △10% of it, C below, － cannot be judged.
    // baseline 200, target 100 (lower is better: 200 → 100).
    ["100", "S"],
    ["150", "A"],
    ["199", "A"],
    ["200", "B"], // exactly the baseline is not above it
    ["220", "B"], // exactly 10% worse than the baseline
    ["220.01", "C"],
    [null, "-"],
  ])("grades targetBaseline (lower, baseline 200, target 100): actual %s → %s", (actual, code) => {
    expect(
      gradeIn("targetBaseline", {
        direction: "lower",
        baseline: { value: 200 },
        plans: [100],
        actuals: [actual],
      })
    ).toBe(code);
  });

  it.each([
    ["100", "S"],
    ["60", "A"],
    ["50", "B"], // exactly the baseline
    ["45", "B"], // exactly △10% of the baseline
    ["44.9", "C"],
  ])("grades targetBaseline (higher, baseline 50, target 100): actual %s → %s", (actual, code) => {
    expect(
      gradeIn("targetBaseline", { baseline: { value: 50 }, plans: [100], actuals: [actual] })
    ).toBe(code);
  });

  it("cannot judge against the baseline a row without one, unless its target is met", () => {
    expect(gradeIn("targetBaseline", rated("90"))).toBe("-");
    expect(gradeIn("targetBaseline", rated("100"))).toBe("S");
  });

  it("takes 0 as the baseline of a reduction without one (氷見 No.19 △1.5億円)", () => {
    const spec = { direction: "lower", targetType: "final", plans: [-150000000] } as const;
    expect(gradeIn("targetBaseline", { ...spec, actuals: [-10] })).toBe("A");
    expect(gradeIn("targetBaseline", { ...spec, actuals: [0] })).toBe("B");
    expect(gradeIn("targetBaseline", { ...spec, actuals: [5] })).toBe("C");
  });

  it.each([
    // yearlyPlan (thresholds: gradingSchemes.ts): S ≥ 100% of the plan, A ≥ 90%, B ≥ 50%, C under 50%.
    ["100", "S"],
    ["90", "A"],
    ["89.9", "B"],
    ["50", "B"],
    ["49.9", "C"],
  ])("grades yearlyPlan: actual %s of plan 100 → %s", (actual, code) => {
    expect(gradeIn("yearlyPlan", rated(actual))).toBe(code);
  });

  it("grades yearlyPlan only against plan cells, not a derived path", () => {
    // 苫小牧 No.36 (baseline R5 2.6 → 3.0 in R11, no yearly plan): the default scheme uses the line,
    // the yearly-plan scheme has nothing to compare with.
    const spec: ItemSpec = {
      targetType: "final",
      baseline: { fiscalYear: R(5), value: "2.6" },
      goal: { fiscalYear: R(11), value: "3.0" },
      actuals: [null, "2.8"],
    };
    expect(gradeIn("default", spec, R(8))).toBe("achieved");
    const p = progressOf(kpiItem(spec), R(8), preset("yearlyPlan"));
    expect(p.grade.code).toBe("-");
    expect(p.rateIssue).toEqual({ code: "kpiProgress.noYearlyPlan", params: { year: R(8) } });
    expect(p.targetNote).toEqual({ code: "kpiProgress.noYearlyPlan", params: { year: R(8) } });
  });
});

describe("checkGradingScheme", () => {
  const good = JSON.parse(JSON.stringify(preset("sevenPoint"))) as Record<string, unknown>;
  const withBands = (bands: unknown) => ({ ...good, bands });
  const bands = good.bands as Record<string, unknown>[];

  it.each<[string, unknown, string, Record<string, string | number> | null]>([
    ["not an object", "default", "kpiProgress.scheme.notObject", null],
    ["an array", [], "kpiProgress.scheme.notObject", null],
    ["no id", { ...good, id: "" }, "kpiProgress.scheme.badField", { field: "id" }],
    [
      "a name without English",
      { ...good, name: { ja: "独自" } },
      "kpiProgress.scheme.badField",
      { field: "name" },
    ],
    [
      "an unknown basis",
      { ...good, basis: "goal" },
      "kpiProgress.scheme.badField",
      { field: "basis" },
    ],
    ["no bands", withBands([]), "kpiProgress.scheme.noBands", null],
    [
      "an unknown rule",
      withBands([{ ...bands[0], rule: { kind: "magic" } }]),
      "kpiProgress.scheme.badBand",
      { index: 1, field: "rule.kind" },
    ],
    [
      "a negative threshold",
      withBands([{ ...bands[1], rule: { kind: "rateAtLeast", percent: -5 } }]),
      "kpiProgress.scheme.badPercent",
      { index: 1, value: "-5" },
    ],
    [
      "a threshold as text",
      withBands([{ ...bands[1], rule: { kind: "rateAtLeast", percent: "90" } }]),
      "kpiProgress.scheme.badPercent",
      { index: 1, value: "90" },
    ],
    [
      "a duplicate code",
      withBands([bands[0], bands[0]]),
      "kpiProgress.scheme.duplicateCode",
      { code: "7" },
    ],
    [
      "no label",
      withBands([{ ...bands[0], label: null }]),
      "kpiProgress.scheme.badBand",
      { index: 1, field: "label" },
    ],
    [
      "no attention flag",
      withBands([{ ...bands[0], attention: "yes" }]),
      "kpiProgress.scheme.badBand",
      { index: 1, field: "attention" },
    ],
    [
      "a last band that is not otherwise",
      withBands(bands.slice(0, 2)),
      "kpiProgress.scheme.lastNotOtherwise",
      null,
    ],
  ])("refuses %s", (_, value, code, params) => {
    const r = checkGradingScheme(value);
    expect(r).toEqual({ ok: false, issue: params ? { code, params } : { code } });
    if (!r.ok) expect(MESSAGES[r.issue.code]).toBeDefined();
  });

  it("evaluates the noActual rule only for rows with neither an actual nor a status", () => {
    const r = checkGradingScheme(
      withBands([
        {
          code: "blank",
          label: { ja: "未入力", en: "not entered" },
          rule: { kind: "noActual" },
          attention: true,
        },
        {
          code: "rest",
          label: { ja: "その他", en: "other" },
          rule: { kind: "otherwise" },
          attention: false,
        },
      ])
    );
    if (!r.ok) throw new Error(r.issue.code);
    const ms = { direction: "milestone", targetType: "milestone" } as const;
    const code = (spec: ItemSpec) => progressOf(kpiItem(spec), R(7), r.scheme).grade.code;
    expect(code(rated(null))).toBe("blank");
    expect(code(rated("0"))).toBe("rest"); // 0 is an actual
    expect(code({ ...ms })).toBe("blank");
    expect(code({ ...ms, actualTexts: ["未着手"] })).toBe("rest"); // a status is written
  });

  it("accepts a user's edited thresholds and labels and applies them", () => {
    const edited = withBands([
      {
        code: "good",
        label: { ja: "良", en: "good" },
        rule: { kind: "rateAtLeast", percent: 95 },
        attention: false,
      },
      {
        code: "bad",
        label: { ja: "不良", en: "poor" },
        rule: { kind: "otherwise" },
        attention: true,
        extra: 1,
      },
    ]);
    const r = checkGradingScheme(edited);
    if (!r.ok) throw new Error(r.issue.code);
    expect(r.scheme.bands[1]).toEqual({
      code: "bad",
      label: { ja: "不良", en: "poor" },
      rule: { kind: "otherwise" },
      attention: true,
    });
    expect(progressOf(kpiItem(rated("96")), R(7), r.scheme).grade.code).toBe("good");
    expect(progressOf(kpiItem(rated("94")), R(7), r.scheme).grade.code).toBe("bad");
  });
});
