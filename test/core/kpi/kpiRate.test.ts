import fc from "fast-check";
import { D } from "../../../src/core/decimal";
import { kpiRate } from "../../../src/core/kpi/kpiRate";
import type { KpiDirection, KpiTargetType } from "../../../src/core/kpi/types";
import { R, kpiItem, type Cell } from "./kpiBuilder";

const n = (x: string) => new D(x);

describe("kpiRate", () => {
  it.each<
    [string, KpiDirection, KpiTargetType, Cell, Cell, string, string, string | null, boolean]
  >([
    // [case, direction, type, baseline, actual, target, method, rate, achieved] — domain.md §5.
    // 氷見 No.1 現年度収納率 99.0%以上: 98.5 → 98.5 / 99 = 99.49…% (not met).
    [
      "higher A / T",
      "higher",
      "yearly",
      null,
      "98.5",
      "99",
      "ratio",
      "99.49494949494949494949494949494949494949",
      false,
    ],
    ["higher, exactly the target", "higher", "yearly", null, "99", "99", "ratio", "100", true],
    // 氷見 No.11 時間外勤務 24,700時間以下: 26,000 → 24,700 / 26,000 = 95%.
    ["lower T / A", "lower", "yearly", null, "26000", "24700", "inverse", "95", false],
    [
      "lower, under the target",
      "lower",
      "yearly",
      null,
      "24000",
      "24700",
      "inverse",
      "102.9166666666666666666666666666666666667",
      true,
    ],
    // 苫小牧 No.3 広告料: baseline R5 4,000万円, R8 plan 41,600,000; actual 41,200,000 → 1.2M / 1.6M = 75%.
    [
      "from a baseline",
      "higher",
      "final",
      "40000000",
      "41200000",
      "41600000",
      "baseline",
      "75",
      false,
    ],
    // 氷見 No.19 削減目標額 △1.5億円 (減少, 最終, no baseline → B = 0): △1.2億 → 80%, not met.
    [
      "a reduction without baseline",
      "lower",
      "final",
      null,
      "-120000000",
      "-150000000",
      "baseline",
      "80",
      false,
    ],
    [
      "a reduction beyond its target",
      "lower",
      "final",
      null,
      "-160000000",
      "-150000000",
      "baseline",
      "106.6666666666666666666666666666666666667",
      true,
    ],
    // 苫小牧 No.2 債券運用額 (累計): 540,000,000 of 600,000,000 in R8 = 90%.
    [
      "cumulative Σ actual / Σ plan",
      "higher",
      "cumulative",
      null,
      "540000000",
      "600000000",
      "cumulative",
      "90",
      false,
    ],
    // 苫小牧 No.15 苦情件数 (累計 reduction): −40 of −50 in R9 = 80%.
    [
      "a cumulative reduction",
      "lower",
      "cumulative",
      null,
      "-40",
      "-50",
      "cumulative",
      "80",
      false,
    ],
  ])(
    "measures %s",
    (_, direction, targetType, baseline, actual, target, method, rate, achieved) => {
      const item = kpiItem({
        direction,
        targetType,
        baseline: { value: baseline },
        actuals: [actual],
      });
      const r = kpiRate(item, R(7), n(target));
      expect(r.method).toBe(method);
      expect(r.rate?.toFixed() ?? null).toBe(rate);
      expect(r.achieved).toBe(achieved);
      expect(r.issue).toBeNull();
    }
  );

  it.each<[string, KpiDirection, KpiTargetType]>([
    ["higher", "higher", "yearly"],
    ["lower", "lower", "yearly"],
    ["cumulative", "higher", "cumulative"],
    ["range", "range", "yearly"],
  ])("keeps a blank actual as no actual, never 0 (%s)", (_, direction, targetType) => {
    const item = kpiItem({
      direction,
      targetType,
      actuals: [null],
      goal: { value: 10, lower: 5, upper: 15 },
    });
    const r = kpiRate(item, R(7), n("10"));
    expect(r).toMatchObject({
      actual: null,
      rate: null,
      achieved: null,
      issue: { code: "kpiProgress.noActual", params: { year: R(7) } },
    });
  });

  it("measures an actual of 0 as 0% (0 is a value, not a blank)", () => {
    const r = kpiRate(kpiItem({ actuals: [0] }), R(7), n("10"));
    expect(r.rate?.toFixed()).toBe("0");
    expect(r.achieved).toBe(false);
  });

  it("leaves progress undefined, never infinite, when the target equals the baseline", () => {
    const item = kpiItem({ baseline: { value: 530 }, actuals: [520] });
    const r = kpiRate(item, R(7), n("530"));
    expect(r.rate).toBeNull();
    expect(r.issue).toEqual({ code: "kpiProgress.progressUndefined", params: { value: "530" } });
    expect(r.achieved).toBe(false); // 520 < 530: whether the target is met is still known
  });

  it.each([
    // 苫小牧 No.47 人身事故0件 (lower, level 0): actual 0 meets it but T / A is 0 / 0.
    ["lower", "0", "0", "kpiProgress.zeroActual", true],
    ["higher", "3", "0", "kpiProgress.zeroTarget", true],
  ] as const)(
    "reports a zero denominator (%s, actual %s, target %s) and still judges",
    (direction, actual, target, code, achieved) => {
      const r = kpiRate(kpiItem({ direction, actuals: [actual] }), R(7), n(target));
      expect(r.rate).toBeNull();
      expect(r.issue).toEqual({ code });
      expect(r.achieved).toBe(achieved);
    }
  );

  it("sums single-year actuals of a 累計 row and needs every planned year's actual", () => {
    const spec = {
      targetType: "cumulative" as const,
      planIsSingleYear: true,
      plans: [100, 100, 100],
    };
    const full = kpiRate(kpiItem({ ...spec, actuals: [90, 80] }), R(8), n("200"));
    expect(full.actual?.toFixed()).toBe("170");
    expect(full.rate?.toFixed()).toBe("85");
    const gap = kpiRate(kpiItem({ ...spec, actuals: [null, 80] }), R(8), n("200"));
    expect(gap).toMatchObject({
      actual: null,
      rate: null,
      issue: { code: "kpiProgress.missingEarlierActual", params: { year: R(7) } },
    });
  });

  it.each([
    // 氷見 No.6① 経常収支比率 80%台堅持: 80 ≤ x < 90.
    ["85", true, "0"],
    ["80", true, "0"],
    ["90", false, "0"], // 90 is exclusive: at the upper end is out of the band, distance 0 from it
    ["92.5", false, "2.5"],
    ["78", false, "-2"],
  ])("judges a range: %s in 80%台 → %s, distance %s", (actual, achieved, distance) => {
    const item = kpiItem({
      direction: "range",
      actuals: [actual],
      goal: { lower: 80, upper: 90, upperExclusive: true },
    });
    const r = kpiRate(item, R(7), n("80"));
    expect(r).toMatchObject({
      method: "range",
      rate: null,
      achieved,
      issue: { code: "kpiProgress.rangeNoRate" },
    });
    expect(r.distance?.toFixed()).toBe(distance);
  });

  it.each([
    ["完了", null, "completed", true],
    [null, "完了", "completed", true],
    ["未着手", null, "notStarted", false],
    ["取組中", null, "inProgress", null],
  ] as const)(
    "reads a milestone's status (actual text %s, status column %s) as %s",
    (actualText, status, state, achieved) => {
      const item = kpiItem({
        direction: "milestone",
        targetType: "milestone",
        actualTexts: [actualText],
        status,
      });
      const r = kpiRate(item, R(7), null);
      expect(r).toMatchObject({
        method: "milestone",
        rate: null,
        state,
        achieved,
        issue: { code: "kpiProgress.milestoneNoNumber" },
      });
    }
  );

  it("reports no actual for a milestone with no status written", () => {
    const item = kpiItem({
      direction: "milestone",
      targetType: "milestone",
      planTexts: ["導入の検討"],
    });
    expect(kpiRate(item, R(7), null)).toMatchObject({
      state: "none",
      achieved: null,
      issue: { code: "kpiProgress.noActual" },
    });
  });

  it("gives 100% when the actual equals a non-zero target, higher or lower (property)", () => {
    const nonZero = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).filter((x) => x !== 0);
    fc.assert(
      fc.property(
        nonZero,
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom<KpiDirection>("higher", "lower"),
        (units, scale, direction) => {
          const v = new D(units).div(new D(10).pow(scale)).abs();
          const item = kpiItem({ direction, actuals: [v.toFixed()] });
          const r = kpiRate(item, R(7), v);
          expect(r.rate?.toFixed()).toBe("100");
          expect(r.achieved).toBe(true);
        }
      )
    );
  });
});
