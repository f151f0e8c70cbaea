import { formatCellValue } from "../../../src/taskpane/browser-host/formatCellValue";

describe("formatCellValue", () => {
  it.each<[number, string, string]>([
    // The sample workbooks' own formats (assets/samples, from data/himi-*.tsv): 収支差引額 △ 65,
    // 市税 5,159, 実質公債費比率 12.0, 財政力指数 0.53, 比較 △0.09.
    [-65, '#,##0;"△ "#,##0', "△ 65"],
    [5159, '#,##0;"△ "#,##0', "5,159"],
    [12, "0.0", "12.0"],
    [43, '#,##0.0;"△"#,##0.0', "43.0"],
    [0.53, "#,##0.00", "0.53"],
    [62.6, '#,##0.00;"△"#,##0.00', "62.60"],
    [-0.09, '#,##0.00;"△"#,##0.00', "△0.09"],
    // Excel: one section puts "-" before negatives; 12.35 under 0.0 shows 12.4 (half away from zero).
    [-1234.5, "#,##0", "-1,235"],
    [12.35, "0.0", "12.4"],
    [-12.35, "0.0", "-12.4"],
    // Percent multiplies by 100; trailing commas divide by 1,000 (Excel number format codes).
    [0.113, "0.0%", "11.3%"],
    [1234567, "#,##0,", "1,235"],
    // Optional decimals, literal units and signs, the zero section, colour tags, parentheses.
    [1234.5, "0.0#", "1234.5"],
    [1234.567, "0.0#", "1234.57"],
    [0.5, "#.00", ".50"],
    [1234, '#,##0"円"', "1,234円"],
    [1234, "\\¥#,##0", "¥1,234"],
    [0, '#,##0;"△"#,##0;"-"', "-"],
    [-3, "0;(0)", "(3)"],
    [-7, '[Blue]#,##0;[Red]"▲"#,##0', "▲7"],
    [2.5, "0.0_);(0.0)", "2.5 "],
  ])("shows %d under %s as %s", (value, format, shown) => {
    expect(formatCellValue(value, format)).toBe(shown);
  });

  it.each<[number, string | undefined]>([
    // Formats it does not draw show the raw value rather than a guess.
    [1234.5, "General"],
    [45000.25, "yyyy/m/d"],
    [5.5, "[>100]0"],
    [123.45, "0.00E+00"],
    [0.75, "# ?/?"],
    [1234, "000-0000"],
    [1234, "[$-411]ggge年"],
    [98.6, undefined],
  ])("shows %d under %s as the raw value", (value, format) => {
    expect(formatCellValue(value, format)).toBe(String(value));
  });

  it("shows text and logical values as Excel does, whatever the format", () => {
    expect(formatCellValue("市税", "#,##0")).toBe("市税");
    expect(formatCellValue("", "0.0")).toBe("");
    expect(formatCellValue(true, "General")).toBe("TRUE");
    expect(formatCellValue(false, undefined)).toBe("FALSE");
  });
});
