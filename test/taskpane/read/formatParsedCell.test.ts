import { D } from "../../../src/core/decimal";
import type { ParsedCell } from "../../../src/core/notation/types";
import { formatParsedCell } from "../../../src/taskpane/read/formatParsedCell";

const number = (
  value: string,
  unit: string | null,
  extra: Partial<Extract<ParsedCell, { kind: "number" }>> = {}
): ParsedCell => ({
  kind: "number",
  quantity: {
    value: new D(value),
    unit,
    unitKind: unit === "%" ? "percent" : unit ? "money" : "none",
  },
  comparison: "eq",
  warnings: [],
  ...extra,
});

describe("formatParsedCell", () => {
  it.each<[string, ParsedCell, string | null, string]>([
    // △ negatives and thousands separators as 予算書 print them (domain.md §2).
    ["a negative figure", number("-1234", null), "百万円", "△1,234"],
    ["a figure in the table unit", number("5159", "百万円"), "百万円", "5,159"],
    ["a figure with its own unit", number("11.3", "%"), "百万円", "11.3%"],
    ["an approximate figure", number("3", "億円", { comparison: "approx" }), null, "約3億円"],
    ["a lower bound", number("80", "%", { comparison: "ge" }), null, "80%以上"],
    ["blank (never 0)", { kind: "blank" }, null, ""],
    ["a dash meaning none", { kind: "none", text: "－" }, null, "－"],
    [
      "unreadable text as written",
      { kind: "invalid", text: "(123)", issue: { code: "notation.ambiguousParentheses" } },
      null,
      "(123)",
    ],
  ])("shows %s", (_, parsed, unit, shown) => {
    expect(formatParsedCell(parsed, [unit])).toBe(shown);
  });

  it.each<[string, ParsedCell, (string | null)[], number | null, string]>([
    // data/himi-fiscal-outlook.tsv prints 実質公債費比率 令和3年度 as 12.0 and 将来負担比率 令和8年度 as 43.0.
    ["a ratio in a 百万円 table", number("12", "%"), ["百万円", null], 1, "12.0%"],
    ["a ratio under a % column", number("43", "%"), [null, "%"], 1, "43.0"],
    // data/himi-peer-staffing.tsv: 大川市 33.0 (高齢化率) and 0.53 (財政力指数).
    ["a unitless index", number("0.53", null), [null, null], 2, "0.53"],
    ["a negative with decimals", number("-0.09", null), [null, null], 2, "△0.09"],
    [
      "a range with decimals",
      number("1.5", "%", { upper: { value: new D("2"), unit: "%", unitKind: "percent" } }),
      [null],
      1,
      "1.5〜2.0%",
    ],
  ])("shows %s with the decimals the cell shows", (_, parsed, implied, decimals, shown) => {
    expect(formatParsedCell(parsed, implied, decimals)).toBe(shown);
  });
});
