import {
  argChoice,
  argNumber,
  argNumbers,
  argOptionalNumber,
  argOptionalText,
  argSeries,
  argText,
  excelNumber,
  NOT_COMPUTED,
  notComputed,
  okDecimal,
  type ArgResult,
} from "../../../src/core/catalogue/coerce";
import type { Decimal } from "../../../src/core/decimal";
import { D } from "../../../src/core/decimal";
import { formatOutcomeMessage as formatMessage } from "../../../src/core/catalogue/formatOutcomeMessage";
import { excelMatrix, excelValue } from "../../../src/core/catalogue/outcome";
import type { ExcelArg, FunctionSpec } from "../../../src/core/catalogue/types";
import { TEST_SPEC } from "./testSpec";

/** Index of TEST_SPEC parameters: demand 0, revenue 1 (千円), series 2 (matrix 千円), rate 3 (%), label 4, plain 5. */
const args = (at: number, value: ExcelArg): ExcelArg[] => {
  const out: ExcelArg[] = [null, null, null, null, null, null];
  out[at] = value;
  return out;
};

function num(r: ArgResult<Decimal>): string {
  if (!r.ok) throw new Error(`failed: ${formatMessage(r.issue, "en")}`);
  return r.value.toFixed();
}

function failure(
  r: ArgResult<unknown>,
  lang: "ja" | "en" = "ja"
): { error: string; message: string } {
  if (r.ok) throw new Error(`expected a failure, got ${String(r.value)}`);
  return { error: r.error, message: formatMessage(r.issue, lang) };
}

describe("argNumber", () => {
  // Expected values: domain.md §2 (notation), converted to the parameter's unit 千円.
  it.each([
    [1234, "1234"],
    [0.1 + 0.2, "0.3"], // Excel keeps 15 significant digits
    [-0, "0"],
    ["1,234", "1234"],
    ["△ 65", "-65"],
    ["▲65", "-65"],
    ["１，２３４", "1234"],
    ["4億円", "400000"], // 400,000,000 円 = 400,000 千円
    ["1億2,000万円", "120000"],
    ["3,000千円", "3000"],
    ["2百万円", "2000"],
  ])("reads %p as %s 千円", (value, expected) => {
    expect(num(argNumber(args(1, value), 1, TEST_SPEC))).toBe(expected);
  });

  it("names the argument by position and Japanese name when text is not a number", () => {
    expect(failure(argNumber(args(1, "abc"), 1, TEST_SPEC))).toEqual({
      error: "value",
      message: '引数2（基準財政収入額）が数値として読めません: "abc"',
    });
    expect(failure(argNumber(args(1, "abc"), 1, TEST_SPEC), "en").message).toBe(
      'Argument 2 (standard fiscal revenue) cannot be read as a number: "abc"'
    );
  });

  it.each([
    [null, "value", "引数1（基準財政需要額）が指定されていません"],
    ["", "value", "引数1（基準財政需要額）が空欄です（空欄は0とみなしません）"],
    ["－", "na", "引数1（基準財政需要額）が「－」（該当なし・算出せず）です"],
    [true, "value", "引数1（基準財政需要額）に真偽値 TRUE は使えません（数値を指定してください）"],
    ["#DIV/0!", "div0", "引数1（基準財政需要額）がエラー値 #DIV/0! です"],
    ["#N/A", "na", "引数1（基準財政需要額）がエラー値 #N/A です"],
    [Number.NaN, "num", "引数1（基準財政需要額）が有限の数値ではありません: NaN"],
    [
      "約4億円",
      "value",
      "引数1（基準財政需要額）の「約4億円」は範囲や概数で、計算に使える確定値ではありません",
    ],
    ["12件", "value", "引数1（基準財政需要額）の「12件」は単位が件で、千円として使えません"],
  ])("refuses %p (blank is not zero, dash is not zero)", (value, error, message) => {
    expect(failure(argNumber(args(0, value), 0, TEST_SPEC))).toEqual({ error, message });
  });

  it("reports why an ambiguous figure cannot be read", () => {
    const f = failure(argNumber(args(0, "(123)"), 0, TEST_SPEC));
    expect(f.error).toBe("value");
    expect(f.message).toMatch(/^引数1（基準財政需要額）が数値として読めません: "\(123\)"（.+）$/);
  });

  it("treats a blank as zero only when the function says so", () => {
    expect(num(argNumber(args(0, ""), 0, TEST_SPEC, { blank: "zero" }))).toBe("0");
    expect(argNumber(args(0, "－"), 0, TEST_SPEC, { blank: "zero" }).ok).toBe(false);
  });

  it("accepts a CustomFunctions.Error object and keeps its kind", () => {
    const error = { code: "#NUM!", message: "x" } as unknown as ExcelArg;
    expect(failure(argNumber(args(0, error), 0, TEST_SPEC)).error).toBe("num");
  });

  it("takes a 1 × 1 range as a scalar and refuses a larger one", () => {
    expect(num(argNumber(args(0, [[5]]), 0, TEST_SPEC))).toBe("5");
    expect(failure(argNumber(args(0, [[1, 2]]), 0, TEST_SPEC)).message).toBe(
      "引数1（基準財政需要額）には1つのセルを指定してください（1行×2列の範囲が指定されました）"
    );
  });

  it("keeps percentages for a % parameter and refuses them for a plain one", () => {
    expect(num(argNumber(args(3, "12.5%"), 3, TEST_SPEC))).toBe("12.5");
    expect(failure(argNumber(args(5, "12.5%"), 5, TEST_SPEC)).message).toBe(
      "引数6（係数）の「12.5%」は単位が%で、単位のない数値として使えません"
    );
    // Money without a target unit is read in 円: the exact amount, not a guess.
    expect(num(argNumber(args(5, "4億円"), 5, TEST_SPEC))).toBe("400000000");
  });

  it("converts to the unit the caller asks for", () => {
    expect(num(argNumber(args(0, "4億円"), 0, TEST_SPEC, { unit: "百万円" }))).toBe("400");
  });
});

describe("argOptionalNumber", () => {
  it.each([[null], [""], ["－"]])("gives null for %p", (value) => {
    const r = argOptionalNumber(args(3, value), 3, TEST_SPEC);
    expect(r).toEqual({ ok: true, value: null });
  });

  it("reads a given value like argNumber and reports bad text", () => {
    expect(num(argOptionalNumber(args(3, "△1.5"), 3, TEST_SPEC) as ArgResult<Decimal>)).toBe(
      "-1.5"
    );
    expect(failure(argOptionalNumber(args(3, "x"), 3, TEST_SPEC)).message).toBe(
      '引数4（比率）が数値として読めません: "x"'
    );
  });
});

describe("argNumbers", () => {
  const range = [
    [1, "", "△2"],
    ["－", 0, "1,000"],
  ];

  it("fails on the first blank cell by default, naming the cell", () => {
    expect(failure(argNumbers(args(2, range), 2, TEST_SPEC)).message).toBe(
      "引数3（3か年の値）の2番目のセルが空欄です（空欄は0とみなしません）"
    );
  });

  it("skips blank and dash cells with blank: none", () => {
    const r = argNumbers(args(2, range), 2, TEST_SPEC, { blank: "none" });
    expect(r.ok && r.value.map((d) => d.toFixed())).toEqual(["1", "-2", "0", "1000"]);
  });

  it("counts blank text as zero with blank: zero but still refuses a dash", () => {
    const r = argNumbers(args(2, [[1, "", 3]]), 2, TEST_SPEC, { blank: "zero" });
    expect(r.ok && r.value.map((d) => d.toFixed())).toEqual(["1", "0", "3"]);
    expect(failure(argNumbers(args(2, range), 2, TEST_SPEC, { blank: "zero" })).message).toBe(
      "引数3（3か年の値）の4番目のセルが「－」（該当なし・算出せず）です"
    );
  });

  it("propagates an error value inside the range with its kind", () => {
    const f = failure(argNumbers(args(2, [[1, "#N/A"]]), 2, TEST_SPEC, { blank: "none" }));
    expect(f).toEqual({
      error: "na",
      message: "引数3（3か年の値）の2番目のセルがエラー値 #N/A です",
    });
  });

  it("reads a scalar as a one-cell range and reports a missing argument", () => {
    const r = argNumbers(args(2, "4億円"), 2, TEST_SPEC);
    expect(r.ok && r.value.map((d) => d.toFixed())).toEqual(["400000"]);
    expect(failure(argNumbers(args(2, null), 2, TEST_SPEC)).message).toBe(
      "引数3（3か年の値）が指定されていません"
    );
  });
});

describe("argSeries", () => {
  it("reads exactly n cells from a row or a column", () => {
    for (const range of [[[1, 2, 3]], [[1], [2], [3]]]) {
      const r = argSeries(args(2, range), 2, TEST_SPEC, 3);
      expect(r.ok && r.value.map((d) => d?.toFixed())).toEqual(["1", "2", "3"]);
    }
  });

  it("refuses the wrong count or a block", () => {
    expect(failure(argSeries(args(2, [[1, 2]]), 2, TEST_SPEC, 3)).message).toBe(
      "引数3（3か年の値）には3個のセル（1行または1列）を指定してください（2個・1行×2列）"
    );
    expect(
      argSeries(
        args(2, [
          [1, 2, 3],
          [4, 5, 6],
        ]),
        2,
        TEST_SPEC,
        6
      ).ok
    ).toBe(false);
  });

  it("keeps positions: blank and dash cells become null with blank: none", () => {
    const r = argSeries(args(2, [["", "－", 3]]), 2, TEST_SPEC, 3, { blank: "none" });
    expect(r.ok && r.value.map((d) => d?.toFixed() ?? null)).toEqual([null, null, "3"]);
  });
});

describe("argText and argOptionalText", () => {
  it("passes text, turns numbers into text and refuses booleans", () => {
    expect(argText(args(4, "令和7年度"), 4, TEST_SPEC)).toEqual({ ok: true, value: "令和7年度" });
    expect(argText(args(4, 7), 4, TEST_SPEC)).toEqual({ ok: true, value: "7" });
    expect(failure(argText(args(4, false), 4, TEST_SPEC)).message).toBe(
      "引数5（区分）には文字列を指定してください: FALSE"
    );
    expect(failure(argText(args(4, null), 4, TEST_SPEC)).message).toBe(
      "引数5（区分）が指定されていません"
    );
  });

  it("gives null for an omitted or empty optional text", () => {
    expect(argOptionalText(args(4, null), 4, TEST_SPEC)).toEqual({ ok: true, value: null });
    expect(argOptionalText(args(4, ""), 4, TEST_SPEC)).toEqual({ ok: true, value: null });
  });
});

describe("argChoice", () => {
  it("matches case-insensitively and lists the choices when nothing matches", () => {
    expect(argChoice(args(4, " SHORT "), 4, TEST_SPEC, ["long", "short"])).toEqual({
      ok: true,
      value: "short",
    });
    expect(failure(argChoice(args(4, "x"), 4, TEST_SPEC, ["long", "short"])).message).toBe(
      "引数5（区分）の「x」は使えません（long, short のいずれか）"
    );
  });
});

describe("okDecimal, notComputed and excelNumber", () => {
  it("rounds at the edge with the spec's digits and mode", () => {
    // domain.md §3: published 実質公債費比率 H26 12.7 from the exact mean 12.7588 (truncation).
    const spec = (precision: FunctionSpec["precision"]) => ({ id: "X", precision });
    expect(okDecimal(new D("12.7588"), spec({ digits: 1, rounding: "down" }))).toEqual({
      ok: true,
      value: 12.7,
    });
    expect(okDecimal(new D("12.75"), spec({ digits: 1, rounding: "half-up" }))).toEqual({
      ok: true,
      value: 12.8,
    });
    expect(okDecimal(new D("-0"), spec(undefined))).toEqual({ ok: true, value: 0 });
  });

  it("marks 'not computed' with a string that is never 0", () => {
    expect(notComputed()).toEqual({ ok: true, value: NOT_COMPUTED });
    expect(NOT_COMPUTED).toBe("－");
  });

  it("reads doubles at Excel's 15 significant digits", () => {
    expect(excelNumber(7.6).times(100).toFixed()).toBe("760");
    expect(excelNumber(1 / 3).toFixed()).toBe("0.333333333333333");
  });
});

describe("excelValue", () => {
  it.each([
    // The decimal string converts to the nearest double: 12.7 stays 12.7, never 12.699999….
    ["12.7", 12.7],
    ["-1.2", -1.2],
    // A negative value truncated to zero must not reach a cell as -0.
    ["-0", 0],
    ["0.30000000000000000000000000001", 0.3],
  ])("converts %s to %p", (text, expected) => {
    const converted = excelValue(new D(text), { id: "X" });
    expect(converted.ok && Object.is(converted.value, expected)).toBe(true);
  });

  it.each([
    // Excel shows its largest number as 1.79769313486232E+308 (15 digits); that decimal, just
    // above the double maximum, is the maximum, so a result read back from a cell round-trips.
    ["1.79769313486232e308", Number.MAX_VALUE],
    ["-1.79769313486232e308", -Number.MAX_VALUE],
    ["1.7976931348623157e308", Number.MAX_VALUE],
    // Below the smallest double Excel holds 0, and so does the add-in.
    ["1e-400", 0],
  ])("keeps %s within Excel's range as %p", (text, expected) => {
    expect(excelValue(new D(text), { id: "X" })).toEqual({ ok: true, value: expected });
  });

  it.each(["1.79769313486233e308", "-3.5953862697246314e308", "1e400"])(
    "refuses %s, beyond Excel's largest number, as #NUM! naming the function",
    (text) => {
      const out = excelValue(new D(text), { id: "FUND_BALANCE" });
      expect(out).toMatchObject({
        ok: false,
        error: "num",
        issue: { code: "functions.resultTooLarge" },
      });
      expect(!out.ok && out.issue.params?.["name"]).toBe("ZAISEI.FUND_BALANCE");
    }
  );
});

describe("excelMatrix", () => {
  it("converts Decimal cells, keeps text cells, and names the cell that overflows", () => {
    const spec = { id: "KPI_STATUS" };
    expect(excelMatrix([["達成", new D("0.2")]], spec)).toEqual({
      ok: true,
      value: [["達成", 0.2]],
    });
    const out = excelMatrix([[new D(1)], [new D("4e308")]], spec);
    expect(out).toEqual({
      ok: false,
      error: "num",
      issue: {
        code: "functions.resultTooLargeAt",
        params: { name: "ZAISEI.KPI_STATUS", value: "4E+308", row: 2, column: 1 },
      },
    });
    expect(!out.ok && formatMessage(out.issue, "en")).toBe(
      "The result of ZAISEI.KPI_STATUS in row 2, column 1 (4E+308) is beyond the largest number Excel can hold (±1.7976931348623157E+308). Check the size and unit of the inputs."
    );
    expect(!out.ok && formatMessage(out.issue, "ja")).toBe(
      "ZAISEI.KPI_STATUS の結果の2行1列目（4E+308）は、Excel で扱える数値の上限（±1.7976931348623157E+308）を超えています。入力の大きさと単位を確認してください。"
    );
  });
});
