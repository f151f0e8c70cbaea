import { parseFiscalYearRange } from "../../../src/core/calendar";

describe("parseFiscalYearRange", () => {
  it.each([
    // The 苫小牧 plan runs R7–R11, the 氷見 plan R4–R8 (domain.md, seeds); ends are inclusive.
    ["R7〜R11", 2025, 2029],
    ["R4–R8", 2022, 2026],
    ["R4-R8", 2022, 2026],
    ["令和4年度～令和8年度", 2022, 2026],
    ["令和3年度~令和12年度", 2021, 2030],
    ["R4～8", 2022, 2026],
    ["令和4年度〜8年度", 2022, 2026],
    ["2020〜2024", 2020, 2024],
    ["平成30年度～令和2年度", 2018, 2020],
  ])("reads %s as %i–%i", (text, from, to) => {
    expect(parseFiscalYearRange(text)).toEqual({ ok: true, from, to });
  });

  it("reports a reversed range", () => {
    expect(parseFiscalYearRange("R8〜R4")).toEqual({
      ok: false,
      issue: { code: "calendar.rangeReversed", params: { text: "R8〜R4" } },
    });
  });

  it("reports text that is not a range, and passes on an end's issue", () => {
    expect(parseFiscalYearRange("R7")).toMatchObject({
      ok: false,
      issue: { code: "calendar.notFiscalYearRange" },
    });
    expect(parseFiscalYearRange("R4〜")).toMatchObject({
      ok: false,
      issue: { code: "calendar.notFiscalYearRange" },
    });
    expect(parseFiscalYearRange("R4〜市税")).toMatchObject({
      ok: false,
      issue: { code: "calendar.notFiscalYear" },
    });
  });

  it("uses the era option for bare ends", () => {
    expect(parseFiscalYearRange("4年度〜8年度", { era: "R" })).toEqual({
      ok: true,
      from: 2022,
      to: 2026,
    });
  });
});
