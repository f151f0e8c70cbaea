import { D } from "../../../src/core/decimal";
import { formatJapaneseNumber, type FormatNumberOptions } from "../../../src/core/notation";

describe("formatJapaneseNumber", () => {
  // domain.md §2 (△ negatives, thousands separators) and §3 (digits and rounding modes).
  it.each<[string, FormatNumberOptions, string]>([
    ["-1234", {}, "△1,234"],
    ["1234567.891", {}, "1,234,567.891"],
    ["-65", { space: true }, "△ 65"],
    ["-65", { negative: "▲" }, "▲65"],
    ["-65", { negative: "-" }, "-65"],
    ["1234", { thousands: false }, "1234"],
    ["12.75", { digits: 1 }, "12.8"], // 四捨五入 by default
    ["12.75", { digits: 1, rounding: "down" }, "12.7"], // 切り捨て, e.g. 実質公債費比率
    ["12.71", { digits: 1, rounding: "up" }, "12.8"], // 切り上げ
    ["-1.25", { digits: 1, rounding: "down" }, "△1.2"], // on the absolute value
    ["12.7588", { digits: 1, rounding: "down" }, "12.7"], // 鳥取県 H26, domain.md §3
    ["7.6", { digits: 2 }, "7.60"],
    ["-0.04", { digits: 1 }, "0.0"], // never △0.0
    ["0", {}, "0"],
    ["999.5", { digits: 0 }, "1,000"],
    ["1234567", { digits: -3 }, "1,235,000"],
    ["100", {}, "100"],
  ])("formats %s with %j as %j", (value, options, expected) => {
    expect(formatJapaneseNumber(new D(value), options)).toBe(expected);
  });
});
