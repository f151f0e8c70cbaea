import { D } from "../../../src/core/decimal";
import {
  decimalsNeeded,
  formatChartNumber,
  toChartNumber,
  triangleFormat,
} from "../../../src/core/chart/chartNumber";
import { niceScale } from "../../../src/core/chart/niceScale";
import { valueScale } from "../../../src/core/chart/moneyScale";

describe("formatChartNumber", () => {
  it.each<[number, string, string]>([
    [-1500, '#,##0;"△"#,##0', "△1,500"],
    [1234567, '#,##0;"△"#,##0', "1,234,567"],
    [0, '#,##0;"△"#,##0', "0"],
    [-0.25, '#,##0.0;"△"#,##0.0', "△0.3"], // half away from zero, as Excel shows it
    [99.45, '#,##0.0"%";"△"#,##0.0"%"', "99.5%"],
    [-12.5, '#,##0.0"%";"△"#,##0.0"%"', "△12.5%"],
    [-3, "#,##0", "-3"], // one section: Excel's own minus sign
  ])("formats %p with %s as %s", (value, format, text) => {
    expect(formatChartNumber(value, format)).toBe(text);
  });
});

describe("triangleFormat", () => {
  it("writes △ negatives with the decimals and suffix asked for", () => {
    expect(triangleFormat(0)).toBe('#,##0;"△"#,##0');
    expect(triangleFormat(2)).toBe('#,##0.00;"△"#,##0.00');
    expect(triangleFormat(1, "%")).toBe('#,##0.0"%";"△"#,##0.0"%"');
  });
});

describe("toChartNumber", () => {
  it("keeps a blank as null and converts a decimal exactly as written", () => {
    expect(toChartNumber(null)).toBeNull();
    expect(toChartNumber(new D("0.1"))).toBe(0.1);
  });
});

describe("decimalsNeeded", () => {
  it("takes the most decimals of the values, capped", () => {
    expect(decimalsNeeded([new D("99.0"), new D("2.65"), null])).toBe(2);
    expect(decimalsNeeded([new D("1.23456")], 3)).toBe(3);
    expect(decimalsNeeded([null])).toBe(0);
  });
});

describe("valueScale", () => {
  it("shows large 円 amounts in 億円, 百万円 or 千円 and leaves other units alone", () => {
    expect(valueScale("円", [new D(2600000000)]).unit).toBe("億円");
    expect(valueScale("円", [new D(-150000000)]).unit).toBe("百万円");
    expect(valueScale("円", [new D(40800000)]).unit).toBe("千円");
    expect(valueScale("円", [new D(5000)]).unit).toBe("円");
    expect(valueScale("件", [new D(5000000)]).unit).toBe("件");
  });
});

describe("niceScale", () => {
  it("covers the range with 1-2-5 steps", () => {
    expect(niceScale(-1500, 3200).ticks).toEqual([-2000, -1000, 0, 1000, 2000, 3000, 4000]);
    expect(niceScale(0, 0.9).step).toBe(0.2);
  });

  it("widens a one-value range", () => {
    const s = niceScale(7, 7);
    expect(s.min).toBeLessThan(7);
    expect(s.max).toBeGreaterThan(7);
  });
});

describe("niceScale with the axis format's decimals", () => {
  it("skips steps the format cannot show", () => {
    // 0–12 in five steps would be 2.5; a whole-number axis shows 0, 5, 10, 15 instead.
    expect(niceScale(0, 12, {}, 5, 0).ticks).toEqual([0, 5, 10, 15]);
    expect(niceScale(0, 12, {}, 5, 1).ticks).toEqual([0, 2.5, 5, 7.5, 10, 12.5]);
    expect(niceScale(0, 1, {}, 5, 0).ticks).toEqual([0, 1]);
  });
});
