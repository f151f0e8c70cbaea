import { defaultEvaluationYear, evaluateKpi } from "../../../src/core/kpi/evaluateKpi";
import { GRADING_PRESETS } from "../../../src/core/kpi/gradingSchemes";
import { R, kpiItem, kpiRegister } from "./kpiBuilder";

describe("evaluateKpi", () => {
  it("evaluates the 苫小牧 No.2 債券運用額 running total in R8 against 600000000", () => {
    // data/tomakomai-kpi-register.tsv No.2: 3億円 + 3億円 per year → 15億円 in R11 (累計).
    const item = kpiItem({
      targetType: "cumulative",
      unit: "円",
      plans: [300000000, 600000000, 900000000, 1200000000, 1500000000],
      actuals: [300000000, 540000000],
      goal: { fiscalYear: R(11), value: 1500000000 },
    });
    const e = evaluateKpi(kpiRegister([item]), { fiscalYear: R(8) });
    const p = e.progress[0]!;
    expect(p.target?.toFixed()).toBe("600000000");
    expect(p.method).toBe("cumulative");
    expect(p.rate?.toFixed()).toBe("90"); // 540000000 / 600000000
    expect(p.achieved).toBe(false);
    expect(p.grade.code).toBe("onTrack"); // default: ≥ 80%
    expect(e.scheme.id).toBe("default");
    expect(e.summary.whole.total).toBe(1);
  });

  it("carries the scheme in force", () => {
    const scheme = GRADING_PRESETS.find((s) => s.id === "sevenPoint")!;
    const e = evaluateKpi(kpiRegister([kpiItem({ plans: [10], actuals: [9] })]), {
      fiscalYear: R(7),
      scheme,
    });
    expect(e.scheme).toBe(scheme);
    expect(e.summary.scheme).toBe(scheme);
    expect(e.progress[0]!.grade.code).toBe("6"); // 90% → 6 points
  });
});

describe("evaluateKpi progress", () => {
  it("reaches the goal of a cumulative item in its goal year (goal rate = rate)", () => {
    // 苫小牧 No.2: R11 plan = goal = 1,500,000,000; actual 1,500,000,000 → 100%, achieved.
    const item = kpiItem({
      targetType: "cumulative",
      plans: [300000000, 600000000, 900000000, 1200000000, 1500000000],
      actuals: [300000000, 600000000, 900000000, 1200000000, 1500000000],
      goal: { fiscalYear: R(11), value: 1500000000 },
    });
    const p = evaluateKpi(kpiRegister([item]), { fiscalYear: R(11) }).progress[0]!;
    expect(p.target?.toFixed()).toBe("1500000000");
    expect(p.rate?.toFixed()).toBe("100");
    expect(p.goalRate?.toFixed()).toBe("100");
    expect(p.achieved).toBe(true);
    // in R8 the period goal is 40% reached (600,000,000 / 1,500,000,000)
    const r8 = evaluateKpi(kpiRegister([item]), { fiscalYear: R(8) }).progress[0]!;
    expect(r8.goalRate?.toFixed()).toBe("40");
  });

  it("shows the 苫小牧 No.48 overshooting plan on the progress row", () => {
    const item = kpiItem({
      targetType: "final",
      plans: [35, 40, 45, 50, 55],
      actuals: [null, null, null, null, 52],
      goal: { fiscalYear: R(11), value: 50 },
    });
    const p = evaluateKpi(kpiRegister([item]), { fiscalYear: R(11) }).progress[0]!;
    expect(p).toMatchObject({ planOvershootsGoal: true, targetSource: "plan", achieved: false });
    expect(p.target?.toFixed()).toBe("55");
    expect(p.goalRate?.toFixed()).toBe("104"); // 52 / 50: the period goal itself is exceeded
  });

  it("says why there is no rate: no actual yet, never 0", () => {
    const p = evaluateKpi(kpiRegister([kpiItem({ plans: [10] })]), { fiscalYear: R(7) })
      .progress[0]!;
    expect(p).toMatchObject({ actual: null, rate: null, achieved: null, goalRate: null });
    expect(p.rateIssue).toEqual({ code: "kpiProgress.noActual", params: { year: R(7) } });
    expect(p.grade.code).toBe("undetermined");
  });

  it("gives the target's own reason when an actual has no target that year", () => {
    // 苫小牧 No.15 苦情件数: plan from R9 only; an R8 actual has nothing to be compared with.
    const item = kpiItem({
      direction: "lower",
      targetType: "cumulative",
      plans: [null, null, -50],
      actuals: [null, -10],
      goal: { value: -150 },
    });
    const p = evaluateKpi(kpiRegister([item]), { fiscalYear: R(8) }).progress[0]!;
    expect(p).toMatchObject({ target: null, targetSource: "none", rate: null, achieved: null });
    expect(p.rateIssue).toEqual({ code: "kpiProgress.noPlanForYear", params: { year: R(8) } });
    expect(p.grade.code).toBe("undetermined");
  });

  it("names the linear path's start on the row", () => {
    const item = kpiItem({
      targetType: "final",
      baseline: { fiscalYear: R(5), value: "2.6" },
      goal: { fiscalYear: R(11), value: "3.0" },
      actuals: [null, "2.7"],
    });
    const p = evaluateKpi(kpiRegister([item]), { fiscalYear: R(8) }).progress[0]!;
    expect(p).toMatchObject({ method: "baseline", targetSource: "linear", rateIssue: null });
    expect(p.targetNote?.code).toBe("kpiProgress.linearFromBaseline");
    expect(p.rate?.toFixed()).toBe("50"); // (2.7 − 2.6) / (2.8 − 2.6)
  });

  it("evaluates 1,000 indicators in linear time", () => {
    const items = Array.from({ length: 1000 }, (_, i) =>
      kpiItem({
        theme: `T${i % 9}`,
        targetType: i % 2 === 0 ? "cumulative" : "final",
        plans: [100, 200, 300, 400, 500],
        actuals: [90, 210, i % 3 === 0 ? null : 280],
        goal: { value: 500 },
        costs: [{ fiscalYear: R(9), budget: 100, cost: 90, output: 3 }],
      })
    );
    const register = kpiRegister(items);
    const time = (n: number) => {
      const r = { ...register, items: register.items.slice(0, n) };
      const start = performance.now();
      const e = evaluateKpi(r, { fiscalYear: R(9) });
      expect(e.progress).toHaveLength(n);
      return performance.now() - start;
    };
    time(1000); // warm-up
    const t1000 = time(1000);
    expect(t1000).toBeLessThan(1000); // generous on a shared machine; measured ≈ 10–30 ms
  });
});

describe("defaultEvaluationYear", () => {
  it("takes the latest year with any actual", () => {
    const r = kpiRegister([kpiItem({ actuals: [1, 2] }), kpiItem({ actuals: [null, null, 3] })]);
    expect(defaultEvaluationYear(r)).toBe(R(9));
  });

  it("takes the first plan year when there is no actual yet", () => {
    const r = kpiRegister([kpiItem({ plans: [null, 5, 6] })]);
    expect(defaultEvaluationYear(r)).toBe(R(8));
  });
});
