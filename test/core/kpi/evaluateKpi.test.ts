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
