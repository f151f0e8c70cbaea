import { isMarkFormula, markFormula, MARK_TAG } from "../../../src/workbook/excel/markTag";

describe("markFormula", () => {
  it.each([
    ["error", '=ISTEXT("ZaiseiToolkit.mark.error")'],
    ["warning", '=ISTEXT("ZaiseiToolkit.mark.warning")'],
    ["note", '=ISTEXT("ZaiseiToolkit.mark.note")'],
  ] as const)("writes an always-TRUE English formula naming the add-in for %s", (severity, f) => {
    expect(markFormula(severity)).toBe(f);
    expect(isMarkFormula(markFormula(severity))).toBe(true);
  });
});

describe("isMarkFormula", () => {
  it.each([
    [`=ISTEXT("${MARK_TAG}")`, true],
    ['=istext("ZaiseiToolkit.mark.error")', true], // however Excel cases the function name
    ["=TRUE", false], // old versions' marks and the user's rules look the same: not ours
    ["=A1<0", false],
    ['=A1="ZaiseiToolkit.marker"', false],
    ["=ZaiseiToolkit.mark", false], // not inside a string literal
    ["", false],
    [null, false],
    [undefined, false],
  ])("recognises %j as the add-in's: %s", (formula, expected) => {
    expect(isMarkFormula(formula)).toBe(expected);
  });
});
