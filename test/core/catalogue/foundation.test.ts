import {
  FISCALYEAR_FUNCTION,
  VALUE_FUNCTION,
  WAREKI_FUNCTION,
} from "../../../src/core/catalogue/foundation";
import { yearMonthOfSerial } from "../../../src/core/catalogue/foundation/fiscalYearFunction";
import { formatOutcomeMessage as formatMessage } from "../../../src/core/catalogue/formatOutcomeMessage";
import type { ExcelArg, FunctionOutcome, FunctionSpec } from "../../../src/core/catalogue/types";

function run(spec: FunctionSpec, ...args: ExcelArg[]): FunctionOutcome {
  const padded = spec.params.map((_, i) => args[i] ?? null);
  return spec.evaluate(padded);
}

function message(outcome: FunctionOutcome, lang: "ja" | "en" = "ja"): string {
  if (outcome.ok) throw new Error(`expected a failure, got ${JSON.stringify(outcome.value)}`);
  return formatMessage(outcome.issue, lang);
}

describe("VALUE_FUNCTION", () => {
  // Expected values: domain.md §2 (multipliers, △ negatives, money units).
  it.each<[ExcelArg, ExcelArg, number | string]>([
    ["1億2,000万円", null, 120000000],
    ["4億円", null, 400000000],
    ["3.5億円", null, 350000000],
    ["△ 65", null, -65],
    ["1,234", null, 1234],
    ["4億円", "百万円", 400],
    ["4億円", "千円", 400000],
    ["3,000千円", "百万円", 3],
    ["1,234千円", "百万円", 1.234],
    // A bare number is taken to be in the unit asked, as a table's 単位:千円 applies to its figures.
    ["1,234", "千円", 1234],
    [1234, "千円", 1234],
    ["12件", null, 12],
    ["12.5%", null, 12.5],
    ["－", null, "－"],
    ["なし", null, "－"],
    ["", null, ""],
  ])("reads VALUE(%p, %p) as %p", (text, unit, expected) => {
    expect(run(VALUE_FUNCTION, text, unit)).toEqual({ ok: true, value: expected });
  });

  it.each<[ExcelArg, ExcelArg, string, string]>([
    [
      "12件",
      "千円",
      "value",
      "引数1（文字列）の「12件」は金額ではない（単位: 件）ため、千円に換算できません",
    ],
    [
      "4億円",
      "ドル",
      "value",
      "引数2（単位）の「ドル」は使えません（円・千円・万円・百万円・千万円・億円 のいずれか）",
    ],
    ["abc", null, "value", '引数1（文字列）が数値として読めません: "abc"'],
    [
      "99.0%以上",
      null,
      "value",
      "引数1（文字列）の「99.0%以上」は範囲や概数で、計算に使える確定値ではありません",
    ],
    [null, null, "value", "引数1（文字列）が指定されていません"],
    [true, null, "value", "引数1（文字列）に真偽値 TRUE は使えません（数値を指定してください）"],
    ["#N/A", null, "na", "引数1（文字列）がエラー値 #N/A です"],
  ])("refuses VALUE(%p, %p)", (text, unit, error, expected) => {
    const outcome = run(VALUE_FUNCTION, text, unit);
    expect(outcome.ok ? null : outcome.error).toBe(error);
    expect(message(outcome)).toBe(expected);
  });

  it("says why parentheses are not read", () => {
    expect(message(run(VALUE_FUNCTION, "(123)"))).toMatch(/^引数1（文字列）について: /);
  });
});

describe("FISCALYEAR_FUNCTION", () => {
  // Expected values: domain.md §1 (令和 n = 2018 + n, 平成 n = 1988 + n; 平成32年度 = 2020).
  it.each<[ExcelArg, ExcelArg, number]>([
    ["令和7年度", null, 2025],
    ["令和元年度", null, 2019],
    ["平成31年度", null, 2019],
    ["平成32年度", null, 2020],
    ["R7", null, 2025],
    ["Ｒ７", null, 2025],
    ["H.25", null, 2013],
    ["2025年度", null, 2025],
    ["7年度", "令和", 2025],
    ["7年度", "R", 2025],
    ["令和3年2月1日", null, 2020], // January–March belong to the previous FY (地方自治法208条)
    [2025, null, 2025], // a year typed as a number
    [45748, null, 2025], // serial of 2025-04-01
    [45747, null, 2024], // serial of 2025-03-31
    [45748.75, null, 2025], // a date with a time
  ])("reads FISCALYEAR(%p, %p) as %p", (text, era, expected) => {
    expect(run(FISCALYEAR_FUNCTION, text, era)).toEqual({ ok: true, value: expected });
  });

  it.each<[ExcelArg, ExcelArg, string]>([
    [
      "7年度",
      null,
      "引数1（年度）について: 「7年度」は元号が書かれていません。表題などで元号（令和・平成）を指定してください。",
    ],
    [
      "7年度",
      "大正",
      "引数2（元号）の「大正」は使えません（令和, 平成, 昭和, R, H, S のいずれか）",
    ],
    [
      "abc",
      null,
      "引数1（年度）について: 「abc」は年度として読めません（例: 令和7年度、R7、2025年度）。",
    ],
    [null, null, "引数1（年度）が指定されていません"],
    [
      -5,
      null,
      "引数1（年度）のシリアル値 -5 は日付として扱えません（1900年以降、9999年12月31日まで）",
    ],
  ])("refuses FISCALYEAR(%p, %p) with a message naming the argument", (text, era, expected) => {
    expect(message(run(FISCALYEAR_FUNCTION, text, era))).toBe(expected);
  });
});

describe("yearMonthOfSerial", () => {
  // Excel serials: 45658 = 2025-01-01, 2958465 = 9999-12-31 (Excel's documented last date).
  it.each([
    [45658, 2025, 1],
    [2958465, 9999, 12],
  ])("reads serial %p as %p-%p", (serial, year, month) => {
    expect(yearMonthOfSerial(serial)).toEqual({ year, month });
  });
});

describe("WAREKI_FUNCTION", () => {
  // Expected values: domain.md §1 (元年, never 1年; FY2019 = 令和元年度).
  it.each<[ExcelArg, ExcelArg, string]>([
    [2025, null, "令和7年度"],
    [2019, null, "令和元年度"],
    [2018, null, "平成30年度"],
    [1989, null, "平成元年度"],
    [2025, "short", "R7"],
    [2025, "long", "令和7年度"],
    [2025, "western", "2025年度"],
    ["R7", null, "令和7年度"],
    ["平成32年度", null, "令和2年度"],
    ["2025", "short", "R7"],
  ])("writes WAREKI(%p, %p) as %p", (year, style, expected) => {
    expect(run(WAREKI_FUNCTION, year, style)).toEqual({ ok: true, value: expected });
  });

  it.each<[ExcelArg, ExcelArg, string]>([
    [1900, null, "引数1（年度）について: 1900年度は昭和より前のため、和暦で表せません。"],
    [2025.5, null, "引数1（年度）には整数を指定してください: 2025.5"],
    [2025, "medium", "引数2（形式）の「medium」は使えません（long, short, western のいずれか）"],
    ["abc", null, '引数1（年度）が数値として読めません: "abc"'],
  ])("refuses WAREKI(%p, %p)", (year, style, expected) => {
    expect(message(run(WAREKI_FUNCTION, year, style))).toBe(expected);
  });
});
