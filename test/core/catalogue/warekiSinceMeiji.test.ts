import {
  formatWarekiSinceMeiji,
  WAREKI_YEARS,
} from "../../../src/core/catalogue/foundation/warekiSinceMeiji";

/** The era and year Intl's Japanese calendar gives 31 December of a year (the naming convention). */
function intlEraYear(year: number): string {
  const parts = new Intl.DateTimeFormat("ja-JP-u-ca-japanese", {
    era: "long",
    year: "numeric",
    timeZone: "UTC",
  }).formatToParts(new Date(Date.UTC(year, 11, 31)));
  const era = parts.find((p) => p.type === "era")?.value ?? "";
  const y = parts.find((p) => p.type === "year")?.value ?? "";
  return `${era}${y === "1" ? "元" : y}年度`;
}

describe("formatWarekiSinceMeiji", () => {
  it("names every year from 明治元年 (1868) to 1925 as Intl's Japanese calendar does", () => {
    for (let y = WAREKI_YEARS.first; y < 1926; y++)
      expect([y, formatWarekiSinceMeiji(y, "long")]).toEqual([y, intlEraYear(y)]);
  });

  it.each([
    [1868, "short", "M1"],
    [1912, "short", "T1"],
    [1926, "short", "S1"],
    [2019, "long", "令和元年度"],
    [1868, "western", "1868年度"],
  ] as const)("writes %p in the %s style as %p", (year, style, expected) => {
    expect(formatWarekiSinceMeiji(year, style)).toBe(expected);
  });

  it.each([1867, 10000, 2025.5, Number.NaN])("gives null for %p, outside 1868–9999", (year) => {
    expect(formatWarekiSinceMeiji(year, "long")).toBeNull();
    expect(formatWarekiSinceMeiji(year, "western")).toBeNull();
  });
});
