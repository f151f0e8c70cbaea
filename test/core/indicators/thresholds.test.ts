import { D } from "../../../src/core/decimal";
import { deficitX, earlyHealthThreshold, rebuildThreshold } from "../../../src/core/indicators";
import type { RatioKind } from "../../../src/core/indicators";

const early = (kind: RatioKind, s: string | null, large = false): string =>
  earlyHealthThreshold(kind, s === null ? null : new D(s), {
    prefectureOrDesignatedCity: large,
  }).value.toFixed(6);

describe("deficitX", () => {
  it.each([
    // 地方財政法施行令 第22条: X = S/10, (S+100)/30, (S+1000)/120, S/40; the pieces meet at 50, 200, 500.
    ["50", "5"],
    ["200", "10"],
    ["500", "12.5"],
  ])("is continuous at S = %s 億円 (X = %s from both sides)", (s, x) => {
    const at = new D(s);
    const below = at.minus("1e-20");
    expect(deficitX(at).toFixed(10)).toBe(new D(x).toFixed(10));
    expect(deficitX(below).minus(x).abs().lt("1e-18")).toBe(true);
  });
});

describe("earlyHealthThreshold", () => {
  it.each([
    // domain.md §3 thresholds: 15% for S < 50億円, 11.25% for S ≥ 500億円, (1/5 + X/S)/2 between.
    ["10", "15.000000"],
    ["49.99", "15.000000"],
    ["50", "15.000000"],
    ["200", "12.500000"],
    ["500", "11.250000"],
    ["1000", "11.250000"],
    // 氷見 標準財政規模 R2 12,363 百万円 = 123.63億円: X = 223.63/30, (0.2 + X/S)/2 = 13.014775%.
    ["123.63", "13.014775"],
  ])("gives the 実質赤字比率 threshold for S = %s 億円: %s%%", (s, expected) => {
    expect(early("deficit", s)).toBe(expected);
  });

  it.each([
    ["10", "20.000000"],
    ["500", "16.250000"],
  ])("adds 5 points for 連結実質赤字比率 (S = %s 億円 → %s%%)", (s, expected) => {
    expect(early("consolidatedDeficit", s)).toBe(expected);
    expect(earlyHealthThreshold("consolidatedDeficit", new D(s)).rule).toBe("formulaPlus5");
  });

  it.each([
    ["debtService", false, "25.000000"],
    ["futureBurden", false, "350.000000"],
    ["futureBurden", true, "400.000000"],
    ["fundShortage", false, "20.000000"],
  ] as const)(
    "fixes %s at the statutory figure (都道府県・指定都市 %s → %s%%)",
    (kind, large, expected) => {
      expect(early(kind, null, large)).toBe(expected);
    }
  );

  it("keeps the exact value rather than the printed 2 dp", () => {
    // S = 100億円: X = 200/30, threshold = (0.2 + 1/15)/2 × 100 = 13.333…%.
    expect(earlyHealthThreshold("deficit", new D(100)).value.toFixed(10)).toBe("13.3333333333");
  });

  it("throws when a deficit threshold is asked without a positive 標準財政規模 (a caller bug)", () => {
    expect(() => earlyHealthThreshold("deficit", null)).toThrow();
    expect(() => earlyHealthThreshold("deficit", new D(0))).toThrow();
  });
});

describe("rebuildThreshold", () => {
  it.each([
    // 健全化法施行令 第8条 (市町村): 20 / 30 / 35; none for 将来負担比率 and 資金不足比率.
    ["deficit", "20"],
    ["consolidatedDeficit", "30"],
    ["debtService", "35"],
    ["futureBurden", null],
    ["fundShortage", null],
  ] as const)("gives %s: %s", (kind, expected) => {
    expect(rebuildThreshold(kind)?.toFixed() ?? null).toBe(expected);
  });
});
