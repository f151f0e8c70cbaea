import { findEraInText, readEraYearNumber } from "../../../src/core/calendar";

describe("findEraInText", () => {
  it.each([
    ["氷見市 中長期財政見通し(令和3年度～令和12年度)", "R"],
    ["第5次行政改革大綱 平成28年度～平成32年度", "H"],
    ["職員数の推移 (H25〜H30)", "H"],
    ["R7 予算", "R"],
    ["類似団体職員数の状況", null],
    ["KPIS2", null],
  ])("finds the era of %s", (text, era) => {
    expect(findEraInText(text)).toBe(era);
  });
});

describe("readEraYearNumber", () => {
  it.each([
    ["元", 1],
    ["七", 7],
    ["十", 10],
    ["十五", 15],
    ["二十", 20],
    ["三十一", 31],
    ["二〇", 20],
    ["07", 7],
  ])("reads %s as %i", (text, n) => {
    expect(readEraYearNumber(text)).toBe(n);
  });

  it.each(["", "十十", "百", "二十二十", "x"])("returns null for %j", (text) => {
    expect(readEraYearNumber(text)).toBeNull();
  });
});
