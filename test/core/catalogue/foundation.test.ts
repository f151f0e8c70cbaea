import {
  FISCALYEAR_FUNCTION,
  VALUE_FUNCTION,
  WAREKI_FUNCTION,
} from "../../../src/core/catalogue/foundation";
import {
  dateOfSerial,
  yearMonthOfSerial,
} from "../../../src/core/catalogue/foundation/fiscalYearFunction";
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

describe("dateOfSerial", () => {
  // 45748 = 2025-04-01 (the FISCALYEAR example); 10000 = 1927-05-18.
  it.each([
    [45748, 2025, 4, 1],
    [10000, 1927, 5, 18],
  ])("reads serial %p as %p-%p-%p", (serial, year, month, day) => {
    expect(dateOfSerial(serial)).toEqual({ year, month, day });
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
    // 明治元年 = 1868 and 大正元年 = 1912 (the era in force at the end of the year names it).
    [1868, null, "明治元年度"],
    [1868, "short", "M1"],
    [1911, null, "明治44年度"],
    [1912, null, "大正元年度"],
    [1925, "short", "T14"],
    [1926, null, "昭和元年度"],
    [1900, "western", "1900年度"],
    [9999, null, "令和7981年度"],
    [9999, "western", "9999年度"],
  ])("writes WAREKI(%p, %p) as %p", (year, style, expected) => {
    expect(run(WAREKI_FUNCTION, year, style)).toEqual({ ok: true, value: expected });
  });

  it.each<[ExcelArg, ExcelArg, string]>([
    [
      1867,
      null,
      "引数1（年度）の 1867 は和暦で書ける年度の範囲外です（1868年度＝明治元年度 から 9999年度まで）",
    ],
    [
      -5,
      "western",
      "引数1（年度）の -5 は和暦で書ける年度の範囲外です（1868年度＝明治元年度 から 9999年度まで）",
    ],
    [
      1e300,
      null,
      "引数1（年度）の 1e+300 は和暦で書ける年度の範囲外です（1868年度＝明治元年度 から 9999年度まで）",
    ],
    [
      2958466,
      null,
      "引数1（年度）の 2958466 は和暦で書ける年度の範囲外です（1868年度＝明治元年度 から 9999年度まで）",
    ],
    [2025.5, null, "引数1（年度）には整数を指定してください: 2025.5"],
    [2025, "medium", "引数2（形式）の「medium」は使えません（long, short, western のいずれか）"],
    ["abc", null, '引数1（年度）が数値として読めません: "abc"'],
  ])("refuses WAREKI(%p, %p)", (year, style, expected) => {
    expect(message(run(WAREKI_FUNCTION, year, style))).toBe(expected);
  });

  it.each<[ExcelArg, string, string]>([
    [45748, "2025年4月1日", "2025-04-01"],
    ["45748", "2025年4月1日", "2025-04-01"],
    // The first whole number past 9999 is already a date serial; 2958465 is Excel's last date.
    [10000, "1927年5月18日", "1927-05-18"],
    [2958465, "9999年12月31日", "9999-12-31"],
  ])(
    "answers the date serial WAREKI(%p) with its date and a hint to FISCALYEAR",
    (serial, ja, en) => {
      const out = run(WAREKI_FUNCTION, serial);
      expect(out).toMatchObject({ ok: false, error: "value" });
      expect(message(out, "ja")).toBe(
        `引数1（年度）の ${String(serial)} は年度ではなく日付のシリアル値（${ja}）とみなしました（10000〜2958465 の整数は日付として扱います）。WAREKI には年度（例: 2025）を指定してください。日付の年度は FISCALYEAR で求められます（例: =ZAISEI.WAREKI(ZAISEI.FISCALYEAR(A1))）`
      );
      expect(message(out, "en")).toBe(
        `Argument 1 (fiscalYear): ${String(serial)} is taken as a date serial (${en}), not a fiscal year (whole numbers from 10000 to 2958465 are dates). WAREKI wants a fiscal year (e.g. 2025); get the fiscal year of a date with FISCALYEAR, e.g. =ZAISEI.WAREKI(ZAISEI.FISCALYEAR(A1))`
      );
    }
  );

  it("states the range in English without Japanese", () => {
    expect(message(run(WAREKI_FUNCTION, 1867), "en")).toBe(
      "Argument 1 (fiscalYear): 1867 is outside the fiscal years WAREKI writes (1868, the first year of Meiji, to 9999)"
    );
  });
});
