import { D } from "../../../src/core/decimal";
import { parseCellValue } from "../../../src/core/notation";
import { formatDecimals, shownDecimals, textDecimals } from "../../../src/core/table/shownDecimals";

describe("formatDecimals", () => {
  // Formats of assets/samples/*.xlsx and common Excel formats; places as Excel shows them.
  it.each([
    ["0.0", 43, "43", 1],
    ["#,##0.00", 0.5, "0.5", 2],
    ['#,##0.0;"△"#,##0.0', 33, "33", 1],
    ['#,##0;"△ "#,##0', -65, "-65", 0],
    ["0.0%", 0.123, "12.3", 1],
    ['0.0"%"', 12, "12", 1],
    ["#,##0.0_);[Red](#,##0.0)", -3, "-3", 1],
    ["0.0#", 1.5, "1.5", 1],
    ["0.0#", 1.25, "1.25", 2],
    ["0.0#", 1.255, "1.255", 2],
    ["0;0.00", -2, "-2", 2],
    ["0.0;;0.000", 0, "0", 3],
  ])("reads %s for %d as %d places", (format, value, exact, places) => {
    expect(formatDecimals(format, value, new D(exact))).toBe(places);
  });

  it.each([["General"], ["@"], ["yyyy/m/d"], ["0.00E+00"], ["#,##0.0,"], [""]])(
    "leaves the places open under %s",
    (format) => {
      expect(formatDecimals(format, 12.5, new D("12.5"))).toBeNull();
    }
  );
});

describe("textDecimals", () => {
  it.each([
    ["43.0", "43", 1],
    ["99.0%以上", "99", 1],
    ["△ 65", "65", 0],
    ["１２．５０", "12.5", 2],
    ["1,234.50", "1234.5", 2],
  ])("reads %s as %d places", (text, value, places) => {
    expect(textDecimals(text, new D(value))).toBe(places);
  });

  it("has no printed places when a multiplier folds into the value (1億2,000万円)", () => {
    expect(textDecimals("1億2,000万円", new D(120000000))).toBeNull();
  });
});

describe("shownDecimals", () => {
  it("takes a number's places from its format and a text's from the text", () => {
    expect(shownDecimals(43, parseCellValue(43, "0.0"), "0.0")).toBe(1);
    expect(shownDecimals("43.0", parseCellValue("43.0"))).toBe(1);
    expect(shownDecimals(43, parseCellValue(43, "General"), "General")).toBeNull();
  });

  it("prefers the text Excel shows (Range.text) over the format", () => {
    expect(shownDecimals(0.53, parseCellValue(0.53), "General", "0.530")).toBe(3);
  });

  it("answers null for cells that are not figures", () => {
    expect(shownDecimals("", parseCellValue(""))).toBeNull();
    expect(shownDecimals("－", parseCellValue("－"))).toBeNull();
    expect(shownDecimals("I-2", parseCellValue("I-2"))).toBeNull();
  });
});
