import { D, roundDecimal } from "../../../src/core/decimal";
import { debtServiceRatio, debtServiceRatioYear } from "../../../src/core/indicators";
import type { DebtServiceYear, IndicatorResult } from "../../../src/core/indicators";

// 鳥取県 worked example (百万円), domain.md §3 "Worked example (published, 鳥取県)".
const TOTTORI: Record<string, DebtServiceYear> = {
  H24: year(57237, 4336, 439, 38516, 215679),
  H25: year(58974, 4093, 486, 40271, 216201),
  H26: year(61319, 3680, 485, 42189, 216218),
  H27: year(61930, 3123, 452, 43568, 220729),
};

function year(a: number, b: number, c: number, d: number, e: number): DebtServiceYear {
  return {
    principalAndInterest: new D(a),
    quasiPrincipalAndInterest: new D(b),
    specificRevenue: new D(c),
    includedInDemand: new D(d),
    standardFiscalScale: new D(e),
  };
}

function value(r: IndicatorResult): string {
  if (r.kind !== "value") throw new Error(`expected a value, got ${r.kind}`);
  return r.value.toFixed();
}

function exact(r: IndicatorResult, digits: number): string {
  if (r.kind !== "value") throw new Error(`expected a value, got ${r.kind}`);
  return r.exact.toFixed(digits);
}

describe("debtServiceRatioYear", () => {
  it.each([
    // Single-year ratios recomputed from the 鳥取県 inputs (A+B−C−D)/(E−D)×100.
    ["H24", "12.7668"],
    ["H25", "12.6812"],
    ["H26", "12.8283"],
    ["H27", "11.8723"],
  ])("keeps %s at full precision (%s to 4 dp)", (fy, expected) => {
    const r = debtServiceRatioYear(TOTTORI[fy] as DebtServiceYear);
    expect(exact(r, 4)).toBe(expected);
    expect(r.method).toEqual({ id: "debtServiceRatio.year", digits: null, rounding: null });
  });

  it("reproduces a published single-year sheet to its printed 7 digits", () => {
    // 実質公債費比率の算出式 (兵庫県, 千円), paperzz.com/doc/5513622: A 273,431,535, B 14,090,868
    // plus 減債基金積立不足加算 56,512,600, C 17,332,419, D 142,118,013, E 1,017,870,460 → 0.2107725.
    const r = debtServiceRatioYear(
      year(273431535, 14090868 + 56512600, 17332419, 142118013, 1017870460)
    );
    expect(exact(r, 5)).toBe("21.07725");
  });

  it("reports E − D = 0 as a division by zero naming the denominator", () => {
    const r = debtServiceRatioYear(year(10, 0, 0, 100, 100));
    expect(r.kind).toBe("error");
    expect(r.kind === "error" && r.issue).toEqual({
      code: "functions.indicator.divisionByZero",
      params: {
        nameJa: "標準財政規模 − 算入公債費等",
        nameEn: "the standard fiscal scale − the debt service included in demand",
      },
    });
  });
});

describe("debtServiceRatio", () => {
  it.each([
    // Published 3-year 実質公債費比率: H26 12.7, H27 12.4 (domain.md §3, 鳥取県).
    ["H26", ["H24", "H25", "H26"], "12.7", "12.7588"],
    ["H27", ["H25", "H26", "H27"], "12.4", "12.4606"],
  ])("truncates the %s 3-year mean to one decimal", (_fy, years, published, mean) => {
    const r = debtServiceRatio(
      years.map((y) => TOTTORI[y] as DebtServiceYear) as [
        DebtServiceYear,
        DebtServiceYear,
        DebtServiceYear,
      ]
    );
    expect(value(r)).toBe(published);
    expect(exact(r, 4)).toBe(mean);
    expect(r.method).toEqual({ id: "debtServiceRatio.mean3", digits: 1, rounding: "down" });
  });

  it.each([
    // Counterexample: half-up rounding of the same means gives 12.8 / 12.5, which 鳥取県 did not print.
    [["H24", "H25", "H26"], "12.8"],
    [["H25", "H26", "H27"], "12.5"],
  ])("would print the wrong figure with half-up rounding (%j → %s)", (years, wrong) => {
    const r = debtServiceRatio(
      years.map((y) => TOTTORI[y] as DebtServiceYear) as [
        DebtServiceYear,
        DebtServiceYear,
        DebtServiceYear,
      ]
    );
    if (r.kind !== "value") throw new Error("expected a value");
    expect(roundDecimal(r.exact, 1, "half-up").toFixed(1)).toBe(wrong);
    expect(
      debtServiceRatio(
        years.map((y) => TOTTORI[y] as DebtServiceYear) as [
          DebtServiceYear,
          DebtServiceYear,
          DebtServiceYear,
        ],
        { digits: 1, rounding: "half-up" }
      ).kind
    ).toBe("value");
  });

  it("propagates a zero denominator in any year as an error of the mean", () => {
    const bad = year(10, 0, 0, 100, 100);
    const r = debtServiceRatio([
      TOTTORI.H24 as DebtServiceYear,
      bad,
      TOTTORI.H26 as DebtServiceYear,
    ]);
    expect(r.kind).toBe("error");
    expect(r.method.id).toBe("debtServiceRatio.mean3");
  });

  it.each([
    // Exact means on a 1-dp boundary whose single years do not terminate (千円, synthetic):
    // 2/9 + 1/30 + 2/45 = 27/90, so the mean is 100 × 27/90 / 3 = 10.0 exactly — summing the
    // 40-digit quotients 22.22…2 + 3.33…3 + 4.44…4 gives 29.99…9 and would truncate to 9.9.
    [[200000, 100000, 200000], [900000, 3000000, 4500000], "10", "10"],
    // 1/12 + 2/15 + 1/12 = 0.3 → mean 10.0 exactly (found by comparing with BigInt fractions).
    [[100000, 200000, 100000], [1200000, 1500000, 1200000], "10", "10"],
  ])(
    "truncates an exact mean on the boundary to itself (%j / %j → %s)",
    (n, m, published, mean) => {
      const ys = n.map((x, i) => year(x, 0, 0, 0, m[i] as number));
      const r = debtServiceRatio(ys as [DebtServiceYear, DebtServiceYear, DebtServiceYear]);
      expect(value(r)).toBe(published);
      expect(r.kind === "value" && r.exact.toFixed()).toBe(mean);
    }
  );

  it("never lets a binary-float artefact drop a digit (57 stays 57.0)", () => {
    // 57 / 100 × 100 in binary floats is 56.99999999999999, which truncates to 56.9.
    const y = year(57, 0, 0, 0, 100);
    expect(Math.trunc((((57 / 100) * 100 * 3) / 3) * 10) / 10).toBe(56.9);
    expect(value(debtServiceRatio([y, y, y]))).toBe("57");
  });
});
