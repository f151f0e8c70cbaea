import fc from "fast-check";
import { yearTarget } from "../../../src/core/kpi/yearTarget";
import { R, kpiItem } from "./kpiBuilder";

const shown = (t: { target: { toFixed(): string } | null }) => t.target?.toFixed() ?? null;

describe("yearTarget", () => {
  // data/tomakomai-kpi-register.tsv No.2 債券運用額: 累計, R7–R11 plans as running totals.
  const bonds = kpiItem({
    targetType: "cumulative",
    unit: "円",
    plans: [300000000, 600000000, 900000000, 1200000000, 1500000000],
    goal: { fiscalYear: R(11), value: 1500000000 },
  });

  it.each([
    [R(7), "300000000"],
    [R(8), "600000000"], // the example: R8 target 600000000
    [R(11), "1500000000"], // a cumulative item reaches its goal in the goal year
  ])("takes a 累計 row's running-total plan in %i as %s", (year, expected) => {
    const t = yearTarget(bonds, year);
    expect(shown(t)).toBe(expected);
    expect(t.source).toBe("plan");
    expect(t.overshootsGoal).toBe(false);
  });

  it("sums single-year plans of a 累計 row up to the year (単年度 header)", () => {
    // The same No.2 plan written as 3億円 per year: R8 = 3億 + 3億, R11 = 15億 (the goal).
    const single = kpiItem({
      targetType: "cumulative",
      planIsSingleYear: true,
      plans: [300000000, 300000000, 300000000, 300000000, 300000000],
      goal: { fiscalYear: R(11), value: 1500000000 },
    });
    expect(shown(yearTarget(single, R(8)))).toBe("600000000");
    expect(yearTarget(single, R(8)).source).toBe("runningTotal");
    expect(shown(yearTarget(single, R(11)))).toBe("1500000000");
  });

  it("flags the 苫小牧 No.48 plan of 55 in R11 against the goal 50, and shows it", () => {
    // No.48 キャッシュレス決済利用率: plan 35, 40, 45, 50, 55; goal R11 50% (kpi-registers-README §6).
    const item = kpiItem({
      targetType: "final",
      unit: "%",
      plans: [35, 40, 45, 50, 55],
      goal: { fiscalYear: R(11), value: 50 },
    });
    const r11 = yearTarget(item, R(11));
    expect(shown(r11)).toBe("55");
    expect(r11.overshootsGoal).toBe(true);
    expect(yearTarget(item, R(10)).overshootsGoal).toBe(false); // 50 = the goal is not beyond it
  });

  it("flags a lower-is-better plan below its goal as overshooting", () => {
    const item = kpiItem({
      direction: "lower",
      targetType: "cumulative",
      plans: [null, null, -50, -100, -160],
      goal: { value: -150 },
    });
    expect(yearTarget(item, R(11)).overshootsGoal).toBe(true);
    expect(yearTarget(item, R(10)).overshootsGoal).toBe(false);
  });

  it.each([
    // 苫小牧 No.36 ワークエンゲージメントスコア: baseline R5 2.6, goal R11 3.0, no yearly plan.
    // k / N from R5: R8 is 3 of 6 years → 2.6 + 0.4 × 3/6 = 2.8; R11 the goal itself.
    [R(8), "2.8"],
    [R(7), "2.733333333333333333333333333333333333333"], // 2.6 + 0.4 × 2/6 to 40 significant digits
    [R(11), "3"],
  ])(
    "puts a 最終 row without yearly plan on the line from its baseline (%i → %s)",
    (year, expected) => {
      const item = kpiItem({
        targetType: "final",
        unit: "点",
        baseline: { fiscalYear: R(5), value: "2.6" },
        goal: { fiscalYear: R(11), value: "3.0" },
      });
      const t = yearTarget(item, year);
      expect(t.target?.toFixed()).toBe(expected);
      expect(t.source).toBe(year === R(11) ? "goal" : "linear");
      if (year !== R(11))
        expect(t.note).toEqual({
          code: "kpiProgress.linearFromBaseline",
          params: { from: R(5), to: R(11), value: "2.6" },
        });
    }
  );

  it("starts the line the year before the register's first year when there is no baseline year", () => {
    // 氷見-like 累計 row (No.4 計画期間内 counts): register R4–R8, goal 10 in R8, no plan columns,
    // no baseline → from 0 in R3: R6 is 3 of 5 → 6.
    const item = kpiItem({
      fromYear: R(4),
      targetType: "cumulative",
      goal: { fiscalYear: R(8), value: 10 },
    });
    const t = yearTarget(item, R(6));
    expect(shown(t)).toBe("6");
    expect(t.source).toBe("linear");
    expect(t.note).toEqual({
      code: "kpiProgress.linearFromBeforeRegister",
      params: { from: R(3), to: R(8), value: "0" },
    });
  });

  it.each([
    // 氷見 No.19 削減目標額 △1.5億円 (最終 R8, no baseline): from 0 in R3, R6 is 3 of 5 years.
    [R(4), null, R(8), -150000000, R(6), "-90000000", "kpiProgress.linearFromBeforeRegister"],
    // 苫小牧 No.17 CO₂ △2,231t against H25 (baseline year, no value): H25 = 2013 → R11, R8 is 13 of 16.
    [R(7), 2013, R(11), -2231, R(8), "-1812.6875", "kpiProgress.linearFromBaseline"],
  ])(
    "puts a reduction without baseline value on the line from 0 (from %i, baseline year %s)",
    (fromYear, baseYear, goalYear, goal, year, expected, code) => {
      const item = kpiItem({
        fromYear,
        direction: "lower",
        targetType: "final",
        baseline: { fiscalYear: baseYear },
        goal: { fiscalYear: goalYear, value: goal },
      });
      const t = yearTarget(item, year);
      expect(shown(t)).toBe(expected);
      expect(t.note?.code).toBe(code);
    }
  );

  it("gives no target for a 最終 row before its goal year when it has neither plan nor baseline", () => {
    // 苫小牧 No.16 オンライン申請率 75% (最終, no baseline, no yearly plan).
    const item = kpiItem({ targetType: "final", goal: { fiscalYear: R(11), value: 75 } });
    const t = yearTarget(item, R(8));
    expect(t.target).toBeNull();
    expect(t.source).toBe("none");
    expect(t.note?.code).toBe("kpiProgress.noYearTarget");
    expect(shown(yearTarget(item, R(11)))).toBe("75");
  });

  it("gives no target in a year without plan when other years have one (never guessed)", () => {
    // 苫小牧 No.15 苦情件数: plan −50, −100, −150 from R9 only; R7 and R8 are blank.
    const item = kpiItem({
      direction: "lower",
      targetType: "cumulative",
      plans: [null, null, -50, -100, -150],
      goal: { value: -150 },
    });
    expect(yearTarget(item, R(7))).toEqual({
      target: null,
      source: "none",
      overshootsGoal: false,
      note: { code: "kpiProgress.noPlanForYear", params: { year: R(7) } },
    });
    expect(shown(yearTarget(item, R(9)))).toBe("-50");
  });

  it("takes a 毎年度 row's goal as the level of every year without a plan cell", () => {
    // 苫小牧 No.31 売却等収入 2億円 every year.
    const item = kpiItem({ goal: { value: 200000000 } });
    expect(yearTarget(item, R(9))).toMatchObject({ source: "goal" });
    expect(shown(yearTarget(item, R(9)))).toBe("200000000");
  });

  it("takes a 範囲 row's band (氷見 No.6① 80%台: the lower end 80)", () => {
    const item = kpiItem({
      direction: "range",
      goal: { lower: 80, upper: 90, upperExclusive: true },
    });
    expect(yearTarget(item, R(7))).toMatchObject({ source: "band" });
    expect(shown(yearTarget(item, R(7)))).toBe("80");
  });

  it("gives milestones no numeric target", () => {
    const item = kpiItem({
      direction: "milestone",
      targetType: "milestone",
      planTexts: ["導入の検討"],
    });
    expect(yearTarget(item, R(7))).toEqual({
      target: null,
      source: "none",
      overshootsGoal: false,
      note: null,
    });
  });

  it("keeps the linear path between baseline and goal and reaches the goal in the goal year (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000, max: 10_000 }),
        fc.integer({ min: -10_000, max: 10_000 }),
        fc.integer({ min: 1, max: 8 }),
        (b, g, n) => {
          const item = kpiItem({
            targetType: "final",
            baseline: { fiscalYear: R(6), value: b },
            goal: { fiscalYear: R(6) + n, value: g },
          });
          const lo = Math.min(b, g);
          const hi = Math.max(b, g);
          for (let k = 0; k <= n; k++) {
            const t = yearTarget(item, R(6) + k).target!;
            expect(t.gte(lo) && t.lte(hi)).toBe(true);
          }
          expect(yearTarget(item, R(6) + n).target?.toFixed()).toBe(String(g));
        }
      )
    );
  });
});
