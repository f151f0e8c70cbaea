import { D } from "../../../src/core/decimal";
import { fiscalStrength } from "../../../src/core/indicators";
import type { IndicatorResult } from "../../../src/core/indicators";

const shown = (r: IndicatorResult): string =>
  r.kind === "value" ? r.value.toFixed() : `error:${r.issue.code}`;
const ds = (xs: string[]) => xs.map((x) => new D(x));

describe("fiscalStrength", () => {
  // Years 0.4449, 0.4649, 0.4749: official method rounds each (0.44, 0.46, 0.47) → mean 0.4566… → 0.46;
  // the raw mean 0.4615666… → 0.462 (3 dp) — the two methods differ in the last digit.
  const revenues = ds(["4449", "4649", "4749"]);
  const demands = ds(["10000", "10000", "10000"]);

  it("rounds each year to 2 dp, averages, and rounds half-up (official 2 dp)", () => {
    const r = fiscalStrength(revenues, demands, 2);
    expect(shown(r)).toBe("0.46");
    expect(r.method).toEqual({
      id: "fiscalStrength.roundEachYear",
      digits: 2,
      rounding: "half-up",
    });
  });

  it("rounds the raw mean half-up for 3 dp", () => {
    const r = fiscalStrength(revenues, demands, 3);
    expect(shown(r)).toBe("0.462");
    expect(r.method.id).toBe("fiscalStrength.rawMean");
  });

  it("differs from rounding the raw mean to 2 dp when the yearly rounding moves the mean", () => {
    // Years 0.445, 0.445, 0.444: each → 0.45, 0.45, 0.44 → mean 0.4466… → 0.45; raw mean 0.44466… → 0.44.
    const r = fiscalStrength(ds(["445", "445", "444"]), ds(["1000", "1000", "1000"]), 2);
    expect(shown(r)).toBe("0.45");
    expect(shown(fiscalStrength(ds(["445", "445", "444"]), ds(["1000", "1000", "1000"]), 3))).toBe(
      "0.445"
    );
  });

  it.each([
    // 2/15 + 1/30 + 1/48 = 45/240, so the raw mean is exactly 0.0625 → half-up 0.063 (3 dp);
    // summing the 40-digit quotients gives 0.18749…9 and would round down to 0.062.
    [["2000000", "1000000", "1000000"], ["15000000", "30000000", "48000000"], "0.063", "0.0625"],
    // 1/15 + 1/30 + 1/48 = 29/240 → mean 29/720 = 0.040277… → 0.040 (not on a boundary).
    [["1000000", "1000000", "1000000"], ["15000000", "30000000", "48000000"], "0.04", null],
  ])("rounds an exact raw mean on the half half-up (%j / %j → %s)", (r, d, expected, mean) => {
    const result = fiscalStrength(ds(r), ds(d), 3);
    expect(shown(result)).toBe(expected);
    if (mean !== null) expect(result.kind === "value" && result.exact.toFixed()).toBe(mean);
  });

  it.each([
    [["1", "2"], ["3"], "error:functions.indicator.lengthMismatch"],
    [[], [], "error:functions.indicator.emptyInput"],
    [["1"], ["0"], "error:functions.indicator.divisionByZero"],
  ])("reports %j / %j as %s", (r, d, expected) => {
    expect(shown(fiscalStrength(ds(r), ds(d)))).toBe(expected);
  });
});

describe("fiscalStrength against published series", () => {
  // 春日市 市勢統計 8-9 財政力指数等 (city.kasuga.fukuoka.jp/shisei/shiryou/shiseitoukei/1003470/1003481.html):
  // 基準財政収入額 / 基準財政需要額 in 円 (here 千円) H25–R3 and the printed 3-dp index H27–R3.
  const kasugaRevenue = [
    9723745, 10130416, 10654077, 11066366, 11111823, 11225881, 11422561, 12090052, 11850939,
  ];
  const kasugaDemand = [
    13691095, 13951835, 14548816, 14802176, 14892243, 14915862, 15082085, 15581393, 16308533,
  ];
  const kasugaPrinted = ["0.723", "0.735", "0.742", "0.749", "0.752", "0.762", "0.753"];
  it.each(
    kasugaPrinted.map(
      (printed, i) => [["H27", "H28", "H29", "H30", "R1", "R2", "R3"][i], i + 2, printed] as const
    )
  )("reproduces 春日市 %s (3 dp, raw mean half-up): %s", (_fy, end, printed) => {
    const r = fiscalStrength(
      ds(kasugaRevenue.slice(end - 2, end + 1).map(String)),
      ds(kasugaDemand.slice(end - 2, end + 1).map(String)),
      3
    );
    expect(shown(r)).toBe(printed);
  });

  // visualization-labo.jp b_analysis_years id=092151 (決算カード series, 千円): 2005–2018 inputs and
  // the printed 2-dp index 2007–2018.
  const labRevenue = [
    2859866, 3007892, 3159308, 3110645, 3000583, 2802473, 2824081, 2735025, 2797324, 2806378,
    2917237, 3068764, 3090066, 3157048,
  ];
  const labDemand = [
    6245837, 6080576, 6044325, 6090807, 6324105, 6408936, 6348460, 6235748, 6281110, 6400637,
    6792020, 6913274, 6866656, 6823933,
  ];
  const labPrinted = [
    "0.49",
    "0.51",
    "0.5",
    "0.47",
    "0.45",
    "0.44",
    "0.44",
    "0.44",
    "0.44",
    "0.44",
    "0.44",
    "0.45",
  ];
  it.each(labPrinted.map((printed, i) => [2007 + i, i + 2, printed] as const))(
    "reproduces FY%i (2 dp, official method): %s",
    (_fy, end, printed) => {
      const r = fiscalStrength(
        ds(labRevenue.slice(end - 2, end + 1).map(String)),
        ds(labDemand.slice(end - 2, end + 1).map(String)),
        2
      );
      expect(shown(r)).toBe(printed);
    }
  );
});
