import { D } from "../../../src/core/decimal";
import type { Decimal } from "../../../src/core/decimal";
import {
  consolidatedDeficitRatio,
  costRecoveryRate,
  deficitRatio,
  enterpriseBalanceRatio,
  executionRate,
  fundShortageRatio,
  futureBurdenRatio,
  ordinaryBalanceRatio,
  standardFiscalScale,
  unitCost,
  unspentAmount,
} from "../../../src/core/indicators";
import type { IndicatorResult } from "../../../src/core/indicators";

const shown = (r: IndicatorResult): string =>
  r.kind === "value" ? r.value.toFixed() : r.kind === "none" ? "－" : `error:${r.issue.code}`;

describe("standardFiscalScale", () => {
  it.each([
    // 普通交付税 + (基準財政収入額 − 特定収入見込額) × 100/75 + 特定収入見込額 (+ 臨財債発行可能額).
    [{ g: "100", r: "75", s: "0", t: null }, "200"],
    [{ g: "1000", r: "900", s: "300", t: null }, "2100"],
    [{ g: "1000", r: "900", s: "300", t: "50" }, "2150"],
  ])("computes %j as %s", (i, expected) => {
    const r = standardFiscalScale({
      ordinaryGrant: new D(i.g),
      standardRevenue: new D(i.r),
      specificRevenue: new D(i.s),
      ...(i.t === null ? {} : { temporaryBondCapacity: new D(i.t) }),
    });
    expect(shown(r)).toBe(expected);
  });

  it.each([
    // (基準財政収入額 − 特定収入見込額) = 75 or 750 grosses up to exactly 100 / 1,000 (× 100/75):
    // multiplying by a 40-digit 1.333…3 would give 99.99…975 and truncate to 99 / 999.
    [{ g: "0", r: "75", s: "0" }, "100"],
    [{ g: "1000", r: "1050", s: "300" }, "2300"],
  ])("grosses up a multiple of 75 exactly before truncation (%j → %s)", (i, expected) => {
    const input = {
      ordinaryGrant: new D(i.g),
      standardRevenue: new D(i.r),
      specificRevenue: new D(i.s),
    };
    expect(shown(standardFiscalScale(input, { digits: 0, rounding: "down" }))).toBe(expected);
  });

  it("keeps the repeating 100/75 exactly unless a precision is asked", () => {
    const input = { ordinaryGrant: new D(0), standardRevenue: new D(1), specificRevenue: new D(0) };
    expect((standardFiscalScale(input) as { exact: Decimal }).exact.toFixed(6)).toBe("1.333333");
    expect(shown(standardFiscalScale(input, { digits: 0, rounding: "down" }))).toBe("1");
  });
});

describe("deficitRatio", () => {
  it.each([
    ["1234", "10000", "12.34"],
    // 2 dp truncation [L]: 1/3 → 33.33, 2/3 → 66.66 (half-up would give 66.67).
    ["2", "3", "66.66"],
    ["0", "10000", "－"],
    ["-5", "10000", "error:functions.indicator.negativeAmount"],
    ["5", "0", "error:functions.indicator.divisionByZero"],
  ])("gives %s / %s as %s", (deficit, s, expected) => {
    expect(shown(deficitRatio(new D(deficit), new D(s)))).toBe(expected);
  });

  it("offers half-up as an option for the [L] convention", () => {
    expect(shown(deficitRatio(new D(2), new D(3), { digits: 2, rounding: "half-up" }))).toBe(
      "66.67"
    );
  });
});

describe("consolidatedDeficitRatio", () => {
  it.each([
    ["500", "200", "10000", "3"],
    ["200", "500", "10000", "－"],
    ["500", "500", "10000", "－"],
    ["500", "-1", "10000", "error:functions.indicator.negativeAmount"],
  ])("gives (%s − %s) / %s as %s", (d, s, e, expected) => {
    expect(shown(consolidatedDeficitRatio(new D(d), new D(s), new D(e)))).toBe(expected);
  });
});

describe("futureBurdenRatio", () => {
  const input = (burden: string) => ({
    futureBurden: new D(burden),
    availableFunds: new D(400),
    availableSpecificRevenue: new D(100),
    expectedDemandInclusion: new D(200),
    standardFiscalScale: new D(1100),
    includedInDemand: new D(100),
  });
  it.each([
    ["1300", "60"],
    // 1.0005 / 1000 → 0.1 truncated.
    ["701.999", "0.1"],
    // Numerator ≤ 0: not computed, printed "－" (never 0 or negative).
    ["700", "－"],
    ["600", "－"],
  ])("gives 将来負担額 %s as %s", (burden, expected) => {
    expect(shown(futureBurdenRatio(input(burden)))).toBe(expected);
  });
});

describe("fundShortageRatio", () => {
  it.each([
    ["50", "1000", "5"],
    ["1", "3", "33.3"],
    ["0", "1000", "－"],
    ["50", "0", "error:functions.indicator.divisionByZero"],
  ])("gives %s / %s as %s", (a, b, expected) => {
    expect(shown(fundShortageRatio(new D(a), new D(b)))).toBe(expected);
  });
});

describe("ordinaryBalanceRatio", () => {
  it.each([
    ["8900", "10000", "0", "0", "89"],
    // 1 dp half-up [L]: 8,905 / 10,000 → 89.05 → 89.1.
    ["8905", "10000", "0", "0", "89.1"],
    ["8900", "9000", "300", "700", "89"],
  ])("gives %s / (%s + %s + %s) as %s", (a, b, c, d, expected) => {
    expect(shown(ordinaryBalanceRatio(new D(a), new D(b), new D(c), new D(d)))).toBe(expected);
  });
});

describe("costRecoveryRate", () => {
  it("gives 供給単価 / 給水原価 to 2 dp half-up", () => {
    expect(shown(costRecoveryRate(new D("170.5"), new D("180.2")))).toBe("94.62");
  });
});

describe("enterpriseBalanceRatio", () => {
  it("gives 経常収益 / 経常費用 to 2 dp half-up", () => {
    expect(shown(enterpriseBalanceRatio(new D(1015), new D(1000)))).toBe("101.5");
    expect(shown(enterpriseBalanceRatio(new D(2), new D(3)))).toBe("66.67");
  });
});

describe("unitCost", () => {
  it("divides cost by output at full precision", () => {
    expect(shown(unitCost(new D(1200000), new D(400)))).toBe("3000");
    expect(shown(unitCost(new D(1), new D(0)))).toBe("error:functions.indicator.divisionByZero");
  });
});

describe("executionRate", () => {
  it("gives 支出済額 / 予算現額 to 1 dp half-up", () => {
    expect(shown(executionRate(new D(9450), new D(10000)))).toBe("94.5");
    expect(shown(executionRate(new D(2), new D(3)))).toBe("66.7");
  });
});

describe("unspentAmount", () => {
  it("is 予算現額 − 支出済額 − 翌年度繰越額", () => {
    expect(unspentAmount(new D(10000), new D(9450), new D(300)).toFixed()).toBe("250");
    expect(unspentAmount(new D(10000), new D(9450)).toFixed()).toBe("550");
  });
});
