import { D } from "../../../src/core/decimal";
import { formatMoney, type FormatMoneyOptions, type MoneyUnit } from "../../../src/core/notation";

describe("formatMoney", () => {
  it.each<[string, MoneyUnit, FormatMoneyOptions, string]>([
    ["1234567890", "百万円", {}, "1,235"], // brief: 1,234,567,890 円 in 百万円 half-up
    ["1234567890", "百万円", { rounding: "down" }, "1,234"],
    ["1234567890", "千円", {}, "1,234,568"],
    ["-65000000", "百万円", { withUnit: true }, "△65百万円"],
    ["350000000", "億円", { digits: 1, withUnit: true }, "3.5億円"],
    ["1234567890", "百万円", { digits: 1 }, "1,234.6"],
    ["499999", "百万円", {}, "0"], // rounds to zero without a marker
  ])("formats %s 円 in %s with %j as %j", (yen, unit, options, expected) => {
    expect(formatMoney(new D(yen), unit, options)).toBe(expected);
  });
});
