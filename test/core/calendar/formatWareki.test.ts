import fc from "fast-check";
import {
  WarekiRangeError,
  eraOfYear,
  fiscalYearOfDate,
  formatWareki,
  parseFiscalYear,
  warekiOf,
} from "../../../src/core/calendar";
import { eraOfYearByTable } from "../../../src/core/calendar/eraOfYear";

describe("formatWareki", () => {
  it.each([
    // 令和元年度, never 令和1年度 (domain.md §1)
    [2019, "long", "令和元年度"],
    [2025, "long", "令和7年度"],
    [2018, "long", "平成30年度"],
    [1989, "long", "平成元年度"],
    [1988, "long", "昭和63年度"],
    [1926, "long", "昭和元年度"],
    [2025, "short", "R7"],
    [2019, "short", "R1"],
    [2013, "short", "H25"],
    [1985, "short", "S60"],
    [2025, "western", "2025年度"],
    [1900, "western", "1900年度"],
  ] as const)("writes FY%i in %s style as %s", (fy, style, expected) => {
    expect(formatWareki(fy, style)).toBe(expected);
  });

  it("defaults to the long style", () => {
    expect(formatWareki(2020)).toBe("令和2年度");
  });

  it("throws a WarekiRangeError carrying calendar.beforeShowa before 1926", () => {
    expect(() => formatWareki(1925)).toThrow(WarekiRangeError);
    expect(warekiOf(1925)).toEqual({
      ok: false,
      issue: { code: "calendar.beforeShowa", params: { year: 1925 } },
    });
    expect(() => formatWareki(2020.5)).toThrow(RangeError);
  });

  it("round-trips through parseFiscalYear for every FY 1926–2100 in long and short style", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1926, max: 2100 }),
        fc.constantFrom("long" as const, "short" as const),
        (fy, style) => {
          const parsed = parseFiscalYear(formatWareki(fy, style));
          return parsed.ok && parsed.fiscalYear === fy;
        }
      ),
      { numRuns: 1000 }
    );
  });
});

describe("eraOfYear", () => {
  it("agrees with the era table for every year 1926–2100", () => {
    for (let y = 1926; y <= 2100; y++) expect(eraOfYear(y)).toEqual(eraOfYearByTable(y));
  });

  it("returns null before 昭和", () => {
    expect(eraOfYear(1925)).toBeNull();
  });
});

describe("fiscalYearOfDate", () => {
  it.each([
    // 会計年度 4/1–3/31 (地方自治法 208条)
    [2021, 3, 2020],
    [2021, 4, 2021],
    [2020, 12, 2020],
    [2020, 1, 2019],
  ])("puts %i/%i in FY%i", (y, m, fy) => {
    expect(fiscalYearOfDate(y, m)).toBe(fy);
  });

  it("throws on a month outside 1–12", () => {
    expect(() => fiscalYearOfDate(2020, 13)).toThrow(RangeError);
  });
});
