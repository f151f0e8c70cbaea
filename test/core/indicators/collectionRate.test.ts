import { D } from "../../../src/core/decimal";
import { collectionRate } from "../../../src/core/indicators";
import type { IndicatorResult } from "../../../src/core/indicators";

const shown = (r: IndicatorResult): string =>
  r.kind === "value" ? r.value.toFixed() : `error:${r.issue.code}`;
const ds = (xs: number[]) => xs.map((x) => new D(x));

describe("collectionRate", () => {
  it("computes the 合計 from summed amounts, not the mean of the two rates", () => {
    // 現年 99.0% (990/1000), 滞繰 20.0% (20/100): total 1010/1100 = 91.8%; mean of rates 59.5%.
    const r = collectionRate(ds([1000, 100]), ds([990, 20]));
    expect(shown(r)).toBe("91.8");
    expect(r.method.id).toBe("collectionRate.totals");
    const meanOfRates = new D(990).div(1000).plus(new D(20).div(100)).div(2).times(100);
    expect(meanOfRates.toFixed(1)).toBe("59.5");
  });

  it.each([
    // half-up to 1 dp [H]: 99.05 → 99.1, 99.04 → 99.0.
    [[10000], [9905], "99.1"],
    [[10000], [9904], "99"],
    [[3], [2], "66.7"],
  ])("rounds %j / %j half-up to %s", (assessed, collected, expected) => {
    expect(shown(collectionRate(ds(assessed), ds(collected)))).toBe(expected);
  });

  it.each([
    [[1000], [990, 20], "error:functions.indicator.lengthMismatch"],
    [[], [], "error:functions.indicator.emptyInput"],
    [[0, 0], [0, 0], "error:functions.indicator.divisionByZero"],
  ])("reports %j / %j as %s", (assessed, collected, expected) => {
    expect(shown(collectionRate(ds(assessed), ds(collected)))).toBe(expected);
  });
});
