import { formatFigure } from "../../src/cli/format-figure";
import { parseCellValue } from "../../src/core/notation";

describe("formatFigure", () => {
  // Printed forms from data/himi-fiscal-outlook.tsv and data/himi-peer-staffing.tsv.
  it.each([
    [43, "0.0", 1, "43.0"],
    [11.3, "0.0", 1, "11.3"],
    [0.53, "#,##0.00", 2, "0.53"],
    [62.6, "#,##0.00", 2, "62.60"],
    [-0.09, '#,##0.00;"△"#,##0.00', 2, "△0.09"],
    [5159, "#,##0", 0, "5,159"],
    // Excel shows 12.35 under 0.0 as 12.4 (half away from zero); the exact value stays in --json.
    [12.35, "0.0", 1, "12.4"],
  ])("prints %d under %s with %d decimals as %s", (value, format, decimals, shown) => {
    expect(formatFigure(parseCellValue(value, format), [], decimals)).toBe(shown);
  });

  it("prints the exact value when no decimals are known", () => {
    expect(formatFigure(parseCellValue(43), [])).toBe("43");
    expect(formatFigure(parseCellValue(12.345), [], null)).toBe("12.345");
  });

  it("leaves out a unit the heading states and keeps any other", () => {
    const percent = parseCellValue(0.113, "0.0%");
    expect(formatFigure(percent, ["百万円", null, "%"], 1)).toBe("11.3");
    expect(formatFigure(percent, ["百万円"], 1)).toBe("11.3%");
    expect(
      formatFigure(parseCellValue("△ 65", undefined, { tableUnit: "百万円" }), ["百万円"], 0)
    ).toBe("△65");
  });

  it("prints blank as empty and dash-only as printed", () => {
    expect(formatFigure(parseCellValue(""), [], null)).toBe("");
    expect(formatFigure(parseCellValue("－"), [], null)).toBe("－");
  });
});
