import { D } from "../../../src/core/decimal";
import { formatRate, roundRate } from "../../../src/core/kpi/formatRate";
import { MESSAGES } from "../../../src/core/messages";
import type { KpiMethod, KpiTargetSource } from "../../../src/core/kpi/types";

describe("formatRate", () => {
  it.each([
    ["99.45", "ja", "99.5%"], // 1 dp half-up (domain.md §5)
    ["99.44999", "ja", "99.4%"],
    ["100", "en", "100.0%"],
    ["-12.35", "ja", "△12.4%"], // △ for negatives in Japanese, half-up away from zero
    ["-12.35", "en", "-12.4%"],
    ["-0.04", "ja", "0.0%"], // rounds to zero: no sign
  ] as const)("shows %s in %s as %s", (rate, lang, expected) => {
    expect(formatRate(new D(rate), lang)).toBe(expected);
  });

  it("shows no rate as －", () => {
    expect(formatRate(null, "ja")).toBe("－");
    expect(formatRate(null, "en")).toBe("－");
  });
});

describe("roundRate", () => {
  it("rounds as formatRate shows it, 1 dp half-up, and keeps null", () => {
    expect(roundRate(new D("66.66"))?.toFixed()).toBe("66.7");
    expect(roundRate(new D("-0.25"))?.toFixed()).toBe("-0.3"); // half away from zero
    expect(roundRate(null)).toBeNull();
  });
});

describe("kpiProgress display names", () => {
  it("names every method and target source in Japanese and English", () => {
    const methods: KpiMethod[] = [
      "ratio",
      "inverse",
      "baseline",
      "cumulative",
      "range",
      "milestone",
    ];
    const sources: KpiTargetSource[] = ["plan", "runningTotal", "linear", "goal", "band", "none"];
    for (const m of methods) expect(MESSAGES[`kpiProgress.method.${m}`]).toBeDefined();
    for (const s of sources) expect(MESSAGES[`kpiProgress.targetSource.${s}`]).toBeDefined();
    expect(MESSAGES["kpiProgress.method.ratio"]?.ja).toBe("高いほど良い（実績÷目標）");
  });
});
