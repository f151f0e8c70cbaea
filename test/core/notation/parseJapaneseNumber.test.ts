import { parseJapaneseNumber, toYen } from "../../../src/core/notation";
import { formatMessage } from "../../../src/core/messages";
import { notationMessages } from "../../../src/core/messages/notation";
import { summarise } from "./summarise";

type Case = [text: string, expected: string];

describe("parseJapaneseNumber", () => {
  // domain.md §2 "Negative markers" and "Normalise first (NFKC)".
  const signsAndSeparators: Case[] = [
    ["1,234", "number 1234 - none eq"],
    ["12.3", "number 12.3 - none eq"],
    ["0.53", "number 0.53 - none eq"], // himi-peer-staffing.tsv 財政力指数
    ["△ 65", "number -65 - none eq"], // himi-fiscal-outlook.tsv 収支差引額, △ with a space
    ["△65", "number -65 - none eq"],
    ["▲3", "number -3 - none eq"],
    ["−5", "number -5 - none eq"], // U+2212 MINUS SIGN
    ["－５", "number -5 - none eq"], // 全角 hyphen-minus and digit
    ["-5", "number -5 - none eq"],
    ["- 5", "number -5 - none eq"],
    ["△0.09", "number -0.09 - none eq"], // himi-peer-staffing.tsv 比較 row
    ["１，２３４．５", "number 1234.5 - none eq"], // 全角 digits, ，and ．
    ["　1,234　", "number 1234 - none eq"], // 全角 blanks trimmed
    ["1,234,567", "number 1234567 - none eq"],
    [".5", "number 0.5 - none eq"],
    ["+3", "number 3 - none eq plus"],
    ["△0", "number 0 - none eq"],
  ];
  // domain.md §2 "Multipliers" and "Money units".
  const moneyAndMultipliers: Case[] = [
    ["4億円", "number 4 億円 money eq"], // = 400,000,000 円 (checked with toYen below)
    ["1億2,000万円", "number 120000000 円 money eq"],
    ["3.5億円", "number 3.5 億円 money eq"],
    ["1万2,345円", "number 12345 円 money eq"],
    ["1,234千円", "number 1234 千円 money eq"],
    ["5百万円", "number 5 百万円 money eq"],
    ["2千万円", "number 2 千万円 money eq"],
    ["3万円", "number 3 万円 money eq"],
    ["800円", "number 800 円 money eq"],
    ["1兆2,345億円", "number 1234500000000 円 money eq"],
    ["3十万円", "number 300000 円 money eq"], // 十万円 is not a money unit: the multiplier folds into the value
    ["+3億円", "number 3 億円 money eq plus"], // change word, domain.md §2
    ["2億文字", "number 200000000 文字 count eq"], // a count of characters, not yen
    ["1.5万人", "number 15000 人 count eq"],
    ["4億", "number 400000000 - none eq"],
    ["1億5000", "number 100005000 - none eq"],
    ["1万2億円", "invalid notation.badMultiplierOrder"],
  ];
  // domain.md §2 "Count units keep their unit" and "ポイント / pt".
  const countUnits: Case[] = [
    ["12件", "number 12 件 count eq"],
    ["530人", "number 530 人 count eq"],
    ["24,700時間", "number 24700 時間 count eq"],
    ["100H", "number 100 時間 count eq"],
    ["100h", "number 100 時間 count eq"],
    ["3回", "number 3 回 count eq"],
    ["5台", "number 5 台 count eq"],
    ["6施設", "number 6 施設 count eq"],
    ["10事業", "number 10 事業 count eq"],
    ["2校", "number 2 校 count eq"],
    ["5か所", "number 5 か所 count eq"],
    ["3ヶ所", "number 3 か所 count eq"],
    ["3箇所", "number 3 か所 count eq"],
    ["50kW", "number 50 kW count eq"],
    ["30kWh", "number 30 kWh count eq"],
    ["５㎾", "number 5 kW count eq"], // NFKC folds the ㎾ ligature
    ["5t", "number 5 t count eq"],
    ["2.0km", "number 2 km count eq"], // tomakomai-kpi-register.tsv unit km
    ["10日", "number 10 日 count eq"], // tomakomai-kpi-register.tsv unit 日
    ["8市", "number 8 市 count eq"],
    ["65 件", "number 65 件 count eq"],
    ["12.3%", "number 12.3 % percent eq"],
    ["12.3％", "number 12.3 % percent eq"],
    ["3.5ポイント", "number 3.5 ポイント point eq"],
    ["2pt", "number 2 ポイント point eq"],
  ];
  // domain.md §2 "Qualifiers become comparisons", himi/tomakomai KPI registers.
  const qualifiers: Case[] = [
    ["99.0%以上", "number 99 % percent ge"], // himi-kpi-register.tsv No 1
    ["24,700時間以下", "number 24700 時間 count le"],
    ["13%以内", "number 13 % percent le"],
    ["20人未満", "number 20 人 count lt"],
    ["10人超", "number 10 人 count gt"],
    ["約4億円", "number 4 億円 money approx"],
    ["4億円程度", "number 4 億円 money approx"],
    ["概ね50%", "number 50 % percent approx"],
    ["おおむね50%", "number 50 % percent approx"],
    ["12件以上", "number 12 件 count ge"],
    ["約50%以上", "invalid notation.conflictingQualifiers"],
    ["80%台", "number 80 % percent ge upper 90)"], // [80, 90)
    ["5%台", "number 5 % percent ge upper 6)"],
    ["1.5%台", "number 1.5 % percent ge upper 1.6)"],
    ["100万円台", "number 100 万円 money ge upper 200)"],
    ["△10%台", "invalid notation.negativeBand"],
    ["10〜20件", "number 10 件 count ge upper 20]"],
    ["10～20", "number 10 - none ge upper 20]"], // 全角 tilde
    ["10~20%", "number 10 % percent ge upper 20]"],
    ["1〜2億円", "number 1 億円 money ge upper 2]"],
    ["4億〜5億円", "number 4 億円 money ge upper 5]"],
    ["1億5,000万〜2億円", "number 150000000 円 money ge upper 2 億円]"],
    ["△5〜5", "number -5 - none ge upper 5]"],
    ["10件〜", "number 10 件 count ge"],
    ["〜20件", "number 20 件 count le"],
    ["20〜10", "invalid notation.intervalReversed"],
    ["10件〜20人", "invalid notation.malformedInterval"],
    ["10以上〜20", "invalid notation.malformedInterval"],
    ["R7〜R11", "text"], // a fiscal-year range is the calendar module's business
    ["令和4年度～令和8年度", "text"],
  ];
  // domain.md §2 "Change words".
  const changes: Case[] = [
    ["△50件/年", "number -50 件 count eq perYear"],
    ["+3億円/年", "number 3 億円 money eq perYear plus"],
    ["+5%/年", "number 5 % percent eq perYear plus !notation.percentPerYearAmbiguous"],
    ["5%/年度", "number 5 % percent eq perYear !notation.percentPerYearAmbiguous"],
    ["+0.5ポイント/年", "number 0.5 ポイント point eq perYear plus"], // points are unambiguous
  ];
  // domain.md §2: dash-only means none (never 0), blank is not zero, parentheses are never guessed.
  const emptyNoneAndUnreadable: Case[] = [
    ["", "blank"],
    ["   ", "blank"],
    ["　", "blank"],
    ["－", "none"],
    ["―", "none"],
    ["‐", "none"],
    ["ー", "none"],
    ["-", "none"],
    ["—", "none"],
    ["−", "none"],
    ["――", "none"],
    ["なし", "none"],
    ["…", "none"],
    ["(123)", "invalid notation.ambiguousParentheses"],
    ["（123）", "invalid notation.ambiguousParentheses"],
    ["(△1,234)", "invalid notation.ambiguousParentheses"],
    ["(123)千円", "invalid notation.ambiguousParentheses"],
    ["11.3(12.0)", "invalid notation.ambiguousParentheses"],
    ["1,23,4", "invalid notation.badThousands"],
    ["1,2345", "invalid notation.badThousands"],
    ["1234,567", "invalid notation.badThousands"],
    ["12,", "invalid notation.badThousands"],
    ["1..2", "invalid notation.malformedNumber"],
    ["1.2.3", "invalid notation.malformedNumber"],
    ["1.", "invalid notation.malformedNumber"],
    ["12a3", "invalid notation.unexpectedText"],
    ["12 abc", "invalid notation.unexpectedText"],
    ["1-2", "invalid notation.unexpectedText"],
    ["1 234", "invalid notation.unexpectedText"],
  ];
  // Labels stay text, including labels that start with a digit; notes are set aside with a warning.
  const labelsAndNotes: Case[] = [
    ["市税", "text"],
    ["歳入合計(A)", "text"],
    ["I-2", "text"], // himi-peer-staffing.tsv 産業構造分類
    ["平均(8市)", "text"],
    ["(1) 将来負担を見据えた適正な行財政運営の推進", "text"],
    ["(単位:百万円)", "text"],
    ["令和2年度", "text"],
    ["2年度", "text"],
    ["4月1日現在", "text"],
    ["1 経営的な視点による持続可能な行財政運営", "text"],
    ["1万人当たり職員数", "text"],
    ["△は負数", "text"],
    ["約束", "text"],
    ["12件（毎年度）", "number 12 件 count eq !notation.annotationIgnored"],
    ["1,234※1", "number 1234 - none eq !notation.footnoteIgnored"],
  ];

  it.each([
    ...signsAndSeparators,
    ...moneyAndMultipliers,
    ...countUnits,
    ...qualifiers,
    ...changes,
    ...emptyNoneAndUnreadable,
    ...labelsAndNotes,
  ])("reads %j as %s", (text, expected) => {
    expect(summarise(parseJapaneseNumber(text))).toBe(expected);
  });

  // Excel's error values (Microsoft's list), typed or cached from a formula: each named, none text.
  it.each([
    ["#NULL!", "notation.excelErrorNull"],
    ["#DIV/0!", "notation.excelErrorDiv0"],
    ["#VALUE!", "notation.excelErrorValue"],
    ["#REF!", "notation.excelErrorRef"],
    ["#NAME?", "notation.excelErrorName"],
    ["#NUM!", "notation.excelErrorNum"],
    ["#N/A", "notation.excelErrorNA"],
    ["#SPILL!", "notation.excelErrorSpill"],
    ["#CALC!", "notation.excelErrorCalc"],
    ["#GETTING_DATA", "notation.excelErrorGettingData"],
    ["#FIELD!", "notation.excelErrorField"],
    ["#BLOCKED!", "notation.excelErrorBlocked"],
    ["#CONNECT!", "notation.excelErrorConnect"],
    ["#BUSY!", "notation.excelErrorBusy"],
    ["#UNKNOWN!", "notation.excelErrorUnknown"],
    [" #n/a ", "notation.excelErrorNA"],
    ["＃ＤＩＶ／０！", "notation.excelErrorDiv0"],
  ])("reads the Excel error %j as invalid (%s), naming it", (text, code) => {
    const cell = parseJapaneseNumber(text, { tableUnit: "百万円" });
    expect(summarise(cell)).toBe(`invalid ${code}`);
    const issue = cell.kind === "invalid" ? cell.issue : { code: "none" };
    expect(formatMessage(issue, "ja")).toContain(text.trim().normalize("NFKC").toUpperCase());
    expect(formatMessage(issue, "en")).toMatch(/^Excel error #/);
  });

  it.each<Case>([
    ["#1 市税", "text"], // a numbered label, not an error value
    ["△", "invalid notation.signOnly"],
    ["▲ ", "invalid notation.signOnly"],
    ["+", "invalid notation.signOnly"],
    ["△△5", "invalid notation.doubleSign"],
    ["△-5", "invalid notation.doubleSign"],
    ["-△5", "invalid notation.doubleSign"],
    ["▲ △ 5", "invalid notation.doubleSign"],
    ["△は負数", "text"],
    ["[123]", "invalid notation.bracketedFigure"],
    ["［△12］", "invalid notation.bracketedFigure"],
    ["【5】", "invalid notation.bracketedFigure"],
    ["<12>", "invalid notation.bracketedFigure"],
    ["【歳入】", "text"],
    ["[1] 総務費", "text"],
    ["\u200b123", "invalid notation.invisibleCharacters"],
    ["12\u200b3", "invalid notation.invisibleCharacters"],
    ["1,234\ufeff", "invalid notation.invisibleCharacters"],
    ["\u0007△5", "invalid notation.invisibleCharacters"],
    ["\u00ad1.5%", "invalid notation.invisibleCharacters"],
    ["市税\u200b", "text"], // a label with a stray character is still a label
    ["\u200b", "blank"], // shows as an empty cell and is read as one
  ])("reports number-like text %j that is not a number as %s", (text, expected) => {
    expect(summarise(parseJapaneseNumber(text))).toBe(expected);
  });

  it("names the invisible characters by code point", () => {
    for (let i = 0; i < 2; i++)
      expect(parseJapaneseNumber("\u200b123")).toMatchObject({
        issue: { code: "notation.invisibleCharacters", params: { codes: "U+200B" } },
      });
    expect(parseJapaneseNumber("\u200b1\u200b2\u2060")).toMatchObject({
      kind: "invalid",
      issue: { code: "notation.invisibleCharacters", params: { codes: "U+200B U+2060" } },
    });
  });

  // domain.md §2: a table-level unit applies to every bare number; a unit in a cell overrides it.
  it.each<Case>([
    ["△ 65", "number -65 百万円 money eq"],
    ["1,234", "number 1234 百万円 money eq"],
    ["4億円", "number 4 億円 money eq"],
    ["800円", "number 800 円 money eq"],
    ["12件", "number 12 件 count eq"],
    ["12.3%", "number 12.3 % percent eq"],
    ["10〜20", "number 10 百万円 money ge upper 20]"],
    ["4億", "number 400000000 - none eq"],
    ["－", "none"],
    ["", "blank"],
  ])("reads %j in a 百万円 table as %s", (text, expected) => {
    expect(summarise(parseJapaneseNumber(text, { tableUnit: "百万円" }))).toBe(expected);
  });

  it("reads money figures whose value in 円 matches domain.md §2", () => {
    const yen = (text: string): string | undefined => {
      const cell = parseJapaneseNumber(text);
      return cell.kind === "number" ? toYen(cell.quantity)?.toFixed() : undefined;
    };
    expect(yen("4億円")).toBe("400000000");
    expect(yen("1億2,000万円")).toBe("120000000");
    expect(yen("3.5億円")).toBe("350000000");
    expect(yen("2億文字")).toBeUndefined();
  });

  it("echoes the text as written, not as normalised", () => {
    expect(parseJapaneseNumber(" （123） ")).toMatchObject({
      kind: "invalid",
      text: "（123）",
      issue: { params: { text: "（123）" } },
    });
    expect(parseJapaneseNumber("－")).toEqual({ kind: "none", text: "－" });
    expect(parseJapaneseNumber("市税")).toEqual({ kind: "text", text: "市税" });
  });

  it("reports every issue with a catalogue message in Japanese and English", () => {
    const codes = new Set<string>();
    const all = [
      ...emptyNoneAndUnreadable,
      ...qualifiers,
      ...changes,
      ...labelsAndNotes,
      ...moneyAndMultipliers,
    ];
    for (const [text] of all) {
      const cell = parseJapaneseNumber(text);
      if (cell.kind === "invalid") codes.add(cell.issue.code);
      if (cell.kind === "number") for (const w of cell.warnings) codes.add(w.code);
      const issues =
        cell.kind === "invalid" ? [cell.issue] : cell.kind === "number" ? cell.warnings : [];
      for (const issue of issues) {
        expect(formatMessage(issue, "ja")).not.toMatch(/\{\w+\}/);
        expect(formatMessage(issue, "en")).not.toMatch(/\{\w+\}/);
      }
    }
    expect(codes.size).toBeGreaterThanOrEqual(10);
    for (const code of codes) expect(notationMessages[code]).toBeDefined();
    expect(
      formatMessage({ code: "notation.ambiguousParentheses", params: { text: "(123)" } }, "ja")
    ).toContain("括弧付きの数値は前年度値か負数か判断できません。");
  });
});
