import { D } from "../../../src/core/decimal";
import {
  MONEY_UNITS,
  convertMoney,
  isMoneyUnit,
  moneyFactor,
  toYen,
} from "../../../src/core/notation";

describe("moneyFactor", () => {
  // domain.md §2 "Money units: 円, 千円, 万円, 百万円, 千万円, 億円".
  it.each<[(typeof MONEY_UNITS)[number], string]>([
    ["円", "1"],
    ["千円", "1000"],
    ["万円", "10000"],
    ["百万円", "1000000"],
    ["千万円", "10000000"],
    ["億円", "100000000"],
  ])("gives %s as %s 円", (unit, yen) => {
    expect(moneyFactor(unit).toFixed()).toBe(yen);
  });
});

describe("convertMoney", () => {
  it.each<[string, (typeof MONEY_UNITS)[number], (typeof MONEY_UNITS)[number], string]>([
    ["1234", "千円", "百万円", "1.234"], // exact, no rounding
    ["3.5", "億円", "円", "350000000"],
    ["-65", "百万円", "千円", "-65000"],
    ["12345", "円", "万円", "1.2345"],
    ["7", "万円", "万円", "7"],
  ])("converts %s %s to %s %s", (value, from, to, expected) => {
    expect(convertMoney(new D(value), from, to).toFixed()).toBe(expected);
  });
});

describe("toYen", () => {
  it("converts money quantities into 円", () => {
    expect(toYen({ value: new D("3.5"), unit: "億円", unitKind: "money" })?.toFixed()).toBe(
      "350000000"
    );
  });

  it("returns null for counts, percentages and bare figures", () => {
    expect(toYen({ value: new D(2), unit: "文字", unitKind: "count" })).toBeNull();
    expect(toYen({ value: new D(2), unit: "%", unitKind: "percent" })).toBeNull();
    expect(toYen({ value: new D(2), unit: null, unitKind: "none" })).toBeNull();
  });
});

describe("isMoneyUnit", () => {
  it("accepts the six money units only", () => {
    for (const unit of MONEY_UNITS) expect(isMoneyUnit(unit)).toBe(true);
    expect(isMoneyUnit("十万円")).toBe(false);
    expect(isMoneyUnit("件")).toBe(false);
    expect(isMoneyUnit(null)).toBe(false);
  });
});
