import { parseFiscalYear } from "../../../src/core/calendar";
import { formatMessage } from "../../../src/core/messages";

// Expected values: domain.md §1 (令和 n = 2018 + n, 平成 n = 1988 + n, 昭和 n = 1925 + n, 元年 = 1).
describe("parseFiscalYear", () => {
  it.each([
    ["令和7年度", 2025, "R", 7],
    ["令和７年度", 2025, "R", 7],
    ["令和七年度", 2025, "R", 7],
    ["令和十年度", 2028, "R", 10],
    ["令和十二年度", 2030, "R", 12],
    ["令和二十年度", 2038, "R", 20],
    ["令和元年度", 2019, "R", 1],
    ["令和 7 年度", 2025, "R", 7],
    ["R7", 2025, "R", 7],
    ["R07", 2025, "R", 7],
    ["Ｒ７", 2025, "R", 7],
    ["r7", 2025, "R", 7],
    ["R7年度", 2025, "R", 7],
    ["R.7", 2025, "R", 7],
    ["令7", 2025, "R", 7],
    ["令和7年", 2025, "R", 7],
    ["㋿7年度", 2025, "R", 7],
    ["H25", 2013, "H", 25],
    ["H.25", 2013, "H", 25],
    ["Ｈ２５年度", 2013, "H", 25],
    ["平成25年度", 2013, "H", 25],
    ["平成元年度", 1989, "H", 1],
    ["平成31年度", 2019, "H", 31],
    ["平成32年度", 2020, "H", 32],
    ["昭和60年度", 1985, "S", 60],
    ["S63", 1988, "S", 63],
    ["昭和元年度", 1926, "S", 1],
  ])("reads %s as FY%i", (text, fiscalYear, era, eraYear) => {
    expect(parseFiscalYear(text)).toEqual({ ok: true, fiscalYear, era, eraYear });
  });

  it.each([
    ["2020年度", 2020],
    ["西暦2020年度", 2020],
    ["西暦 2020年度", 2020],
    ["2020", 2020],
    ["FY2020", 2020],
    ["fy 2020", 2020],
    ["２０２０年度", 2020],
  ])("reads the western form %s as FY%i with no era", (text, fiscalYear) => {
    expect(parseFiscalYear(text)).toEqual({ ok: true, fiscalYear, era: null, eraYear: null });
  });

  it("treats 平成31年度 and 令和元年度 as the same FY2019", () => {
    const h = parseFiscalYear("平成31年度");
    const r = parseFiscalYear("令和元年度");
    expect(h.ok && r.ok && h.fiscalYear === r.fiscalYear).toBe(true);
  });

  it("reads a bare 7年度 only when the era is given", () => {
    expect(parseFiscalYear("7年度", { era: "R" })).toEqual({
      ok: true,
      fiscalYear: 2025,
      era: "R",
      eraYear: 7,
    });
    expect(parseFiscalYear("25年度", { era: "H" })).toEqual({
      ok: true,
      fiscalYear: 2013,
      era: "H",
      eraYear: 25,
    });
    expect(parseFiscalYear("元年度", { era: "R" })).toEqual({
      ok: true,
      fiscalYear: 2019,
      era: "R",
      eraYear: 1,
    });
    expect(parseFiscalYear("7年度")).toEqual({
      ok: false,
      issue: { code: "calendar.eraMissing", params: { text: "7年度" } },
    });
    expect(parseFiscalYear("7年度", { era: null })).toMatchObject({
      ok: false,
      issue: { code: "calendar.eraMissing" },
    });
  });

  it("rejects dates by default and reads their FY when asked", () => {
    expect(parseFiscalYear("R2.4.1")).toEqual({
      ok: false,
      issue: { code: "calendar.dateNotFiscalYear", params: { text: "R2.4.1" } },
    });
    expect(parseFiscalYear("令和2年4月1日")).toMatchObject({
      ok: false,
      issue: { code: "calendar.dateNotFiscalYear" },
    });
    // 令和3年1月1日 falls in FY2020 (January–March belong to the previous FY, 地方自治法 208条).
    expect(parseFiscalYear("R2.4.1", { dates: "fiscal" })).toEqual({
      ok: true,
      fiscalYear: 2020,
      era: "R",
      eraYear: 2,
    });
    expect(parseFiscalYear("令和3年1月1日", { dates: "fiscal" })).toEqual({
      ok: true,
      fiscalYear: 2020,
      era: "R",
      eraYear: 2,
    });
    expect(parseFiscalYear("2019/4/1", { dates: "fiscal" })).toEqual({
      ok: true,
      fiscalYear: 2019,
      era: "R",
      eraYear: 1,
    });
  });

  it.each([
    ["", "calendar.notFiscalYear"],
    ["市税", "calendar.notFiscalYear"],
    ["5,159", "calendar.notFiscalYear"],
    ["一般行政部門(R2.4.1)", "calendar.notFiscalYear"],
    ["R0", "calendar.eraYearOutOfRange"],
    ["令和100年度", "calendar.eraYearOutOfRange"],
    ["1800年度", "calendar.yearOutOfRange"],
    ["R2.13.1", "calendar.notFiscalYear"],
  ])("rejects %j with %s", (text, code) => {
    expect(parseFiscalYear(text)).toMatchObject({ ok: false, issue: { code, params: { text } } });
  });
});

describe("calendar issues", () => {
  it("render in Japanese and English from the message catalogue", () => {
    const texts = ["市税", "R0", "1800年度", "7年度", "R2.4.1"];
    for (const text of texts) {
      const r = parseFiscalYear(text);
      if (r.ok) throw new Error(`expected an issue for ${text}`);
      expect(formatMessage(r.issue, "ja")).toContain(text);
      expect(formatMessage(r.issue, "en")).toContain(text);
    }
  });
});
