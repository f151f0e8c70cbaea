import {
  isMarkFormula,
  markFormula,
  markGroupOf,
  MARK_TAG,
} from "../../../src/workbook/excel/markTag";

describe("markFormula", () => {
  it.each([
    ["check", "error", 0, '=ISTEXT("ZaiseiToolkit.mark.check.error.0")'],
    ["check", "confirm", 2, '=ISTEXT("ZaiseiToolkit.mark.check.confirm.2")'],
    ["kpi", "note", 0, '=ISTEXT("ZaiseiToolkit.mark.kpi.note.0")'],
  ] as const)(
    "writes an always-TRUE English formula naming the add-in, %s, %s, rule %s",
    (group, severity, index, f) => {
      expect(markFormula(group, severity, index)).toBe(f);
      expect(isMarkFormula(f)).toBe(true);
      expect(markGroupOf(f)).toBe(group);
    }
  );
});

describe("markGroupOf", () => {
  it.each([
    ['=ISTEXT("ZaiseiToolkit.mark.kpi.error.3")', "kpi"],
    ['=ISTEXT("ZaiseiToolkit.mark.check.note.0")', "check"],
    // An earlier version's tag had no group: only the check laid marks then.
    ['=ISTEXT("ZaiseiToolkit.mark.error")', "check"],
    ["=A1<0", undefined],
    [null, undefined],
  ])("gives %j the group %s", (formula, group) => {
    expect(markGroupOf(formula)).toBe(group);
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
