import { evaluateFormula, formatFunctionValue } from "../../src/functions/formula";
import { parseFormula } from "../../src/functions/parseFormula";

describe("parseFormula", () => {
  it.each<[string, unknown[]]>([
    ['=ZAISEI.VALUE("△ 65")', ["△ 65"]],
    ["=zaisei.f(1, -2.5, .5, 1e3, +4)", [1, -2.5, 0.5, 1000, 4]],
    ['=F("say ""hi""", "")', ['say "hi"', ""]],
    [
      "=F({1,2,3;4,5,6})",
      [
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
      ],
    ],
    ['=F({"a";"b"})', [[["a"], ["b"]]]],
    ["=F(1,,3)", [1, null, 3]],
    ["=F(1,)", [1, null]],
    ["=F()", []],
    ["=F(TRUE, false)", [true, false]],
    ["  F ( 1 , 2 )  ", [1, 2]],
  ])("reads %s", (text, args) => {
    const r = parseFormula(text);
    expect(r.ok && r.call.args).toEqual(args);
  });

  it.each([
    ['=F("abc', 8], // one past the end: the closing quote is missing
    ["=F(1 2)", 6],
    ["=F({1,2;3})", 4], // the array constant that starts there
    ["=F(1))", 6],
    ["=F(abc)", 4],
    ["=(1)", 2],
  ])("reports %s as a syntax error at character %p", (text, position) => {
    const r = parseFormula(text);
    expect(r.ok ? null : r.error.position).toBe(position);
  });
});

describe("parseFormula errors", () => {
  it.each([
    // Each syntax failure is a catalogue issue (src/core/messages/functions.ts), so both languages come from one place.
    ["=F(1", "functions.formula.expectedAtEnd", { expected: ")" }],
    ["=F(1 2)", "functions.formula.expected", { expected: ")", found: "2" }],
    ["=(1)", "functions.formula.nameExpected", undefined],
    ['=F("abc', "functions.formula.unterminatedString", undefined],
    ["=F(abc)", "functions.formula.unreadableValue", { text: "abc)" }],
    ["=F({1,2;3})", "functions.formula.raggedArray", undefined],
    ["=F(1))", "functions.formula.trailingText", undefined],
  ])("reports %s as %s", (text, code, params) => {
    const r = parseFormula(text);
    expect(r.ok ? null : r.error.issue).toEqual(params === undefined ? { code } : { code, params });
  });

  it("says in English where the formula ends too early, without Japanese words", () => {
    expect(evaluateFormula("=ZAISEI.WAREKI(1", "en").error?.message).toBe(
      'Cannot read the formula (at character 17): expected ")" but the formula ends'
    );
    expect(evaluateFormula("=ZAISEI.WAREKI(1", "ja").error?.message).toBe(
      "数式を読めません（17文字目）: 「)」が必要ですが、式が終わっています"
    );
  });
});

describe("evaluateFormula", () => {
  it("evaluates a call the way the custom function does", () => {
    expect(evaluateFormula('=ZAISEI.VALUE("1億2,000万円")', "ja")).toEqual({
      value: 120000000,
      error: null,
    });
    expect(evaluateFormula("=zaisei.wareki(2019)", "ja")).toEqual({
      value: "令和元年度",
      error: null,
    });
  });

  it("accepts the Japanese name and a call without the namespace", () => {
    expect(evaluateFormula('=ZAISEI.和暦年度(2025, "short")', "ja").value).toBe("R7");
    expect(evaluateFormula('FISCALYEAR("R7")', "ja").value).toBe(2025);
  });

  it("returns #NAME? for an unknown function and #VALUE! with the position for bad syntax", () => {
    expect(evaluateFormula("=ZAISEI.NOPE(1)", "en")).toEqual({
      value: null,
      error: {
        code: "#NAME?",
        message:
          "There is no function ZAISEI.NOPE (check the function name in the ZAISEI namespace)",
      },
    });
    expect(evaluateFormula('=ZAISEI.VALUE("x', "ja").error).toEqual({
      code: "#VALUE!",
      message: '数式を読めません（17文字目）: 文字列の終わりの「"」がありません',
    });
  });

  it("passes omitted optional arguments as null and reports function errors with the message", () => {
    expect(evaluateFormula('=ZAISEI.VALUE("4億円",)', "ja").value).toBe(400000000);
    expect(evaluateFormula('=ZAISEI.VALUE("4億円", "ドル")', "en").error).toEqual({
      code: "#VALUE!",
      message:
        'Argument 2 (unit): unknown unit "ドル" (one of 円, 千円, 万円, 百万円, 千万円, 億円)',
    });
    expect(evaluateFormula("=ZAISEI.WAREKI(1, 2, 3)", "ja").error?.code).toBe("#VALUE!");
  });

  it("hands an array constant to a scalar parameter as a 1 × 1 range", () => {
    expect(evaluateFormula("=ZAISEI.WAREKI({2025})", "ja").value).toBe("令和7年度");
    expect(evaluateFormula("=ZAISEI.WAREKI({2025,2026})", "ja").error?.code).toBe("#VALUE!");
  });
});

describe("formatFunctionValue", () => {
  it("prints values as the catalogue examples write them", () => {
    expect(formatFunctionValue(12.7)).toBe("12.7");
    expect(formatFunctionValue(true)).toBe("TRUE");
    expect(formatFunctionValue("－")).toBe("－");
    expect(
      formatFunctionValue([
        [1, 'a"b'],
        [false, 2],
      ])
    ).toBe('{1,"a""b";FALSE,2}');
  });
});
