import { describeOutcome } from "../../src/functions/describeOutcome";
import { evaluateCall } from "../../src/functions/evaluateCall";
import { computeFunction, runFunction, toExcelValue } from "../../src/functions/runner";
import {
  functionLanguage,
  languageOfDisplay,
  setFunctionLanguage,
} from "../../src/functions/language";
import { fail, ok } from "../../src/core/catalogue/outcome";
import { WAREKI_FUNCTION } from "../../src/core/catalogue/foundation";
import type { FunctionSpec } from "../../src/core/catalogue/types";

const issue = {
  code: "functions.argMissing",
  params: { argJa: "引数1（年度）", argEn: "Argument 1 (fiscalYear)" },
};

describe("describeOutcome", () => {
  // Which codes show a custom message: CustomFunctions.ErrorCode reference (learn.microsoft.com):
  // divisionByZero and invalidNumber "can't" take one; invalidValue and notAvailable can.
  it.each([
    ["value", "invalidValue", "#VALUE!", true],
    ["na", "notAvailable", "#N/A", true],
    ["num", "invalidNumber", "#NUM!", false],
    ["div0", "divisionByZero", "#DIV/0!", false],
    ["null", "nullReference", "#NULL!", false],
  ] as const)("maps %s to ErrorCode.%s (%s)", (error, code, text, showsMessage) => {
    expect(describeOutcome(fail(error, issue.code, issue.params), "ja")).toEqual({
      kind: "error",
      code,
      text,
      showsMessage,
      message: "引数1（年度）が指定されていません",
    });
  });

  it("writes the message in English when asked", () => {
    const r = describeOutcome(fail("value", issue.code, issue.params), "en");
    expect(r.kind === "error" && r.message).toBe("Argument 1 (fiscalYear) is missing");
  });

  it("returns matrices rectangular with no null cells", () => {
    const value = [[1, null], [2]] as unknown as (number | string)[][];
    expect(describeOutcome(ok(value), "ja")).toEqual({
      kind: "value",
      value: [
        [1, ""],
        [2, ""],
      ],
    });
  });

  it("turns a non-finite number into #NUM!", () => {
    expect(describeOutcome(ok(Number.POSITIVE_INFINITY), "ja")).toMatchObject({
      kind: "error",
      text: "#NUM!",
    });
    expect(describeOutcome(ok([[1, Number.NaN]]), "ja")).toMatchObject({
      kind: "error",
      text: "#NUM!",
    });
  });
});

describe("evaluateCall", () => {
  const throwing: FunctionSpec = {
    ...WAREKI_FUNCTION,
    id: "BROKEN",
    evaluate: () => {
      throw new TypeError("boom");
    },
  };

  it("turns an exception in an implementation into #VALUE! that names the function", () => {
    const outcome = evaluateCall(throwing, [2025]);
    expect(outcome).toEqual(
      fail("value", "functions.internalError", { name: "BROKEN", detail: "TypeError: boom" })
    );
  });

  it("pads omitted arguments with null as Excel sends them and refuses extra ones", () => {
    const seen: unknown[][] = [];
    const spy: FunctionSpec = { ...WAREKI_FUNCTION, evaluate: (args) => (seen.push(args), ok(1)) };
    evaluateCall(spy, [2025, undefined]);
    expect(seen).toEqual([[2025, null]]);
    expect(evaluateCall(spy, [1, 2, 3])).toEqual(
      fail("value", "functions.tooManyArgs", { name: "WAREKI", max: 2, actual: 3 })
    );
  });
});

describe("computeFunction", () => {
  it("runs the catalogue entry and reports an unknown id as #VALUE!", () => {
    expect(computeFunction("WAREKI", [2019], "ja")).toEqual({ kind: "value", value: "令和元年度" });
    expect(computeFunction("NOPE", [], "en")).toMatchObject({
      kind: "error",
      text: "#VALUE!",
      message: expect.stringContaining("NOPE"),
    });
  });
});

describe("runFunction", () => {
  class FakeError {
    constructor(
      readonly code: string,
      readonly message?: string
    ) {}
  }
  const g = globalThis as { CustomFunctions?: unknown };

  beforeEach(() => {
    g.CustomFunctions = {
      Error: FakeError,
      ErrorCode: {
        invalidValue: "#VALUE!",
        notAvailable: "#N/A",
        invalidNumber: "#NUM!",
        divisionByZero: "#DIV/0!",
        nullReference: "#NULL!",
      },
    };
  });
  afterEach(() => {
    delete g.CustomFunctions;
    setFunctionLanguage(null);
  });

  it("returns plain values", () => {
    expect(runFunction("FISCALYEAR", ["令和7年度"])).toBe(2025);
  });

  it("returns a CustomFunctions.Error with the message on #VALUE!", () => {
    expect(runFunction("VALUE", ["abc"], "ja")).toEqual(
      new FakeError("#VALUE!", '引数1（文字列）が数値として読めません: "abc"')
    );
  });

  it("leaves the message out where Excel cannot show one", () => {
    expect(
      toExcelValue({
        kind: "error",
        code: "divisionByZero",
        text: "#DIV/0!",
        message: "x",
        showsMessage: false,
      })
    ).toEqual(new FakeError("#DIV/0!"));
  });

  it("uses the language set by the task pane", () => {
    setFunctionLanguage("en");
    expect(runFunction("VALUE", ["abc"])).toEqual(
      new FakeError("#VALUE!", 'Argument 1 (text) cannot be read as a number: "abc"')
    );
  });

  it("throws outside Excel, where no CustomFunctions runtime exists", () => {
    delete g.CustomFunctions;
    expect(() => runFunction("VALUE", ["abc"], "en")).toThrow(/#VALUE!/);
  });
});

describe("functionLanguage", () => {
  const g = globalThis as { Office?: unknown };
  afterEach(() => {
    delete g.Office;
    setFunctionLanguage(null);
  });

  it("follows Office's display language, Japanese by default", () => {
    expect(functionLanguage()).toBe("ja");
    g.Office = { context: { displayLanguage: "en-US" } };
    expect(functionLanguage()).toBe("en");
    setFunctionLanguage("ja");
    expect(functionLanguage()).toBe("ja");
  });

  it("survives an Office.context that throws before onReady", () => {
    g.Office = {
      get context(): never {
        throw new Error("not ready");
      },
    };
    expect(functionLanguage()).toBe("ja");
  });

  it.each([
    ["ja-JP", "ja"],
    ["JA", "ja"],
    ["en-US", "en"],
    ["", "ja"],
  ])("reads %p as %p", (display, lang) => {
    expect(languageOfDisplay(display)).toBe(lang);
  });
});
