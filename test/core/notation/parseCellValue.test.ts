import { parseCellValue } from "../../../src/core/notation";
import { summarise } from "./summarise";

describe("parseCellValue", () => {
  // Excel gives numbers, strings and booleans; empty cells are "" (src/core/grid.ts).
  it.each<[value: string | number | boolean, format: string | undefined, expected: string]>([
    [1234, undefined, "number 1234 - none eq"],
    [0.1, "General", "number 0.1 - none eq"], // shortest decimal form, not the binary expansion
    // =0.1+0.2 stores 0.30000000000000004; Excel keeps and shows 15 significant digits: 0.3
    // (the same rule as custom-function arguments, src/core/notation/excelNumber.ts).
    [0.30000000000000004, undefined, "number 0.3 - none eq"],
    [3.3000000000000003, "General", "number 3.3 - none eq"], // =1.1*3
    [0.07600000000000001, "0.0%", "number 7.6 % percent eq"], // =0.07+0.006 under a percent format
    [-65, '#,##0;"△"#,##0', "number -65 - none eq"],
    [0.123, "0.0%", "number 12.3 % percent eq"], // percent format: the value is a fraction
    [0.076, "0%", "number 7.6 % percent eq"],
    [1, "0.00\\%", "number 1 % percent eq"], // an escaped % is a printed sign: 1 shows as 1.00%, not 100.00%
    [1234, '#,##0"千円"', "number 1234 千円 money eq"],
    [12, '0"件"', "number 12 件 count eq"],
    [12, "@", "number 12 - none eq"], // numbers formatted as text stay numbers
    [1e21, undefined, "number 1000000000000000000000 - none eq"],
    [Number.NaN, undefined, "invalid notation.notFinite"],
    [Number.POSITIVE_INFINITY, undefined, "invalid notation.notFinite"],
    ["", undefined, "blank"],
    ["△ 65", "@", "number -65 - none eq"],
    ["－", undefined, "none"],
    ["市税", undefined, "text"],
    [true, undefined, "invalid notation.booleanValue"], // TRUE/FALSE is never a figure
    [false, undefined, "invalid notation.booleanValue"],
    // Excel date serials under date formats are dates, not amounts (45000 is 2023-03-15).
    [45000, "yyyy/m/d", "invalid notation.dateValue"],
    [45000, "m/d/yyyy", "invalid notation.dateValue"],
    [45000, '[$-ja-JP]ggge"年"m"月"d"日"', "invalid notation.dateValue"],
    [45000, "[$-411]ge.m.d", "invalid notation.dateValue"],
    [45000, 'yyyy"年"m"月"d"日"', "invalid notation.dateValue"],
    [0.5, "h:mm", "invalid notation.dateValue"],
    [45000, "General", "number 45000 - none eq"],
    [1.5e3, "0.0E+00", "number 1500 - none eq"], // E+ is an exponent, not the era code e
  ])("reads %p with format %p as %s", (value, format, expected) => {
    expect(summarise(parseCellValue(value, format))).toBe(expected);
  });

  it.each<[value: string | number, format: string | undefined, expected: string]>([
    [1234, undefined, "number 1234 百万円 money eq"],
    ["△ 65", undefined, "number -65 百万円 money eq"],
    [0.5, "0.0%", "number 50 % percent eq"],
    [12, '0"件"', "number 12 件 count eq"],
    [3, '0"億円"', "number 3 億円 money eq"],
  ])("gives bare figures the table unit: %p with format %p is %s", (value, format, expected) => {
    expect(summarise(parseCellValue(value, format, { tableUnit: "百万円" }))).toBe(expected);
  });

  it("reports booleans under their Excel text instead of reading them as text", () => {
    expect(parseCellValue(true)).toEqual({
      kind: "invalid",
      text: "TRUE",
      issue: { code: "notation.booleanValue", params: { text: "TRUE" } },
    });
  });

  it("reports a date serial with the date it stands for and its format", () => {
    expect(parseCellValue(45000, "yyyy/m/d", { tableUnit: "千円" })).toEqual({
      kind: "invalid",
      text: "2023-03-15",
      issue: {
        code: "notation.dateValue",
        params: { text: "2023-03-15", serial: "45000", format: "yyyy/m/d" },
      },
    });
  });
});
