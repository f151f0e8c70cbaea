import fc from "fast-check";
import { describeOutcome } from "../../src/functions/describeOutcome";
import { evaluateFormula } from "../../src/functions/formula";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";
import { computeWithSources, equivalentFormula } from "../../src/workflows/written-values";
import { typedNumber } from "../../src/workflows/written-values-formula";
import type { ArgSource } from "../../src/workflows/written-values-types";

const cells = (sheet: string, address: string): ArgSource => ({
  kind: "cells",
  ref: { sheet, address },
});
const typed = (text: string): ArgSource => ({ kind: "typed", text });
const omitted: ArgSource = { kind: "omitted" };

describe("equivalentFormula", () => {
  it.each([
    // Sheet names as Excel writes them in a reference: quoted when not a plain name.
    [[cells("R7 決算", "B2:D2")], "=ZAISEI.DEFICIT_RATIO('R7 決算'!B2:D2)"],
    [[cells("歳入", "b2")], "=ZAISEI.DEFICIT_RATIO(歳入!B2)"],
    [[cells("Sheet1", "$B$2")], "=ZAISEI.DEFICIT_RATIO(Sheet1!B2)"],
    [[cells("R7決算", "B2")], "=ZAISEI.DEFICIT_RATIO('R7決算'!B2)"],
    [[cells("A1", "B2")], "=ZAISEI.DEFICIT_RATIO('A1'!B2)"],
    [[cells("C", "B2")], "=ZAISEI.DEFICIT_RATIO('C'!B2)"],
    [[cells("2024", "B2")], "=ZAISEI.DEFICIT_RATIO('2024'!B2)"],
    [[cells("O'Brien", "B2")], "=ZAISEI.DEFICIT_RATIO('O''Brien'!B2)"],
    [[cells("歳入（一般会計）", "B2")], "=ZAISEI.DEFICIT_RATIO('歳入（一般会計）'!B2)"],
    [[cells("TRUE", "B2")], "=ZAISEI.DEFICIT_RATIO('TRUE'!B2)"],
    // Typed: numbers as typed, text quoted with "" doubled.
    [[typed("12.5"), typed(" 3 ")], "=ZAISEI.DEFICIT_RATIO(12.5,3)"],
    [[typed("△1,234"), typed('say "hi"')], '=ZAISEI.DEFICIT_RATIO("△1,234","say ""hi""")'],
    [[typed("=cmd|' /C calc'!A0")], "=ZAISEI.DEFICIT_RATIO(\"=cmd|' /C calc'!A0\")"],
    [[typed("1e400")], '=ZAISEI.DEFICIT_RATIO("1e400")'],
    [[typed("")], '=ZAISEI.DEFICIT_RATIO("")'],
    // Omitted: trailing dropped, a middle one left empty.
    [[typed("1"), omitted, typed("3"), omitted, omitted], "=ZAISEI.DEFICIT_RATIO(1,,3)"],
    [[omitted], "=ZAISEI.DEFICIT_RATIO()"],
  ])("writes %j as %s", (args, formula) => {
    expect(equivalentFormula("DEFICIT_RATIO", args as ArgSource[])).toBe(formula);
  });

  it("names the function by its catalogue id, whatever its case or namespace", () => {
    expect(equivalentFormula("zaisei.wareki", [typed("2019")])).toBe("=ZAISEI.WAREKI(2019)");
  });

  // The formula an auditor reads computes what was written: same arguments, same outcome.
  it("gives, for typed arguments, a formula that the catalogue evaluates to the same result (property)", async () => {
    const port = MemoryWorkbook.fromSheets([{ name: "S", rows: [] }]);
    const text = fc.oneof(
      fc.constantFrom(
        "2019",
        "令和7年度",
        "△1,234",
        "1,234",
        "－",
        "",
        "=1+1",
        "1e400",
        "+5",
        ".5"
      ),
      fc.string({ maxLength: 8 }),
      fc.double({ noNaN: true }).map(String),
      fc.integer({ min: 1868, max: 2100 }).map(String)
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("WAREKI", "VALUE", "FISCALYEAR"),
        fc.array(text, { minLength: 1, maxLength: 2 }),
        async (id, texts) => {
          const args = texts.map(typed);
          const computed = await computeWithSources(port, id, args);
          const viaFormula = evaluateFormula(computed.formula, "en");
          const direct = describeOutcome(computed.outcome, "en");
          if (direct.kind === "value")
            expect(viaFormula).toEqual({ value: direct.value, error: null });
          else expect(viaFormula.error).toEqual({ code: direct.text, message: direct.message });
        }
      ),
      { numRuns: 200 }
    );
  });
});

describe("typedNumber", () => {
  it.each([
    ["12.5", 12.5],
    [" -3 ", -3],
    ["1e3", 1000],
    ["012", 12],
    ["-0", 0],
    ["1,234", null],
    ["△12", null],
    ["1e400", null],
    ["0x10", null],
    ["", null],
    ["Infinity", null],
  ])("reads %j as %j", (text, expected) => {
    expect(typedNumber(text)).toBe(expected);
  });
});
