import { columnUnit, findUnitStatement, readHeaderYear } from "../../../src/core/table";

describe("readHeaderYear", () => {
  it.each([
    // 令和 n = 2018 + n (domain.md §1)
    ["令和2年度", null, 2020],
    ["R3", null, 2021],
    ["2021年度", null, 2021],
    ["令和2年度(決算)", null, 2020],
    ["R5実績", null, 2023],
    ["R7計画", null, 2025],
    ["2022年度 見込", null, 2022],
    ["7年度", "R", 2025],
    [2024, null, 2024],
  ] as const)("reads %j as FY%i", (value, era, fiscalYear) => {
    expect(readHeaderYear(value, era)).toMatchObject({ ok: true, fiscalYear });
  });

  it.each([
    "R2.4.1",
    "一般行政部門(R2.4.1)",
    "令和2年4月1日",
    "平均(8市)",
    "65歳以上人口割合(%)",
    "市税",
    "5,159",
    "",
  ])("returns null for %j, which is not a year", (value) => {
    expect(readHeaderYear(value, "R")).toBeNull();
  });

  it("returns null for numbers outside 1900–2199 and non-integers", () => {
    expect(readHeaderYear(5159, null)).toBeNull();
    expect(readHeaderYear(2020.5, null)).toBeNull();
  });

  it("returns the calendar issue for a bare year with no era", () => {
    expect(readHeaderYear("7年度", null)).toEqual({
      ok: false,
      issue: { code: "calendar.eraMissing", params: { text: "7年度" } },
    });
  });
});

describe("columnUnit", () => {
  it.each([
    ["職員数(人)", "人"],
    ["住基人口(R2.1.1)(人)", "人"],
    ["65歳以上人口割合(%)", "%"],
    ["徴収率（％）", "%"],
    ["金額(単位:千円)", "千円"],
    ["決算額 / 千円", "千円"],
    ["一般行政部門(R2.4.1)", null],
    ["財政力指数", null],
  ])("reads the unit of %s", (label, unit) => {
    expect(columnUnit(label)).toBe(unit);
  });
});

describe("findUnitStatement", () => {
  it("finds the statement inside a longer caption", () => {
    expect(findUnitStatement("単位:百万円 / △は負数 / 令和2年度は確定値")).toEqual({
      text: "単位:百万円",
      money: "百万円",
      others: [],
      wholeCell: false,
    });
  });

  it("reads a bracketed statement with several units as the whole cell", () => {
    expect(findUnitStatement("(単位：千円・%)")).toEqual({
      text: "(単位：千円・%)",
      money: "千円",
      others: ["%"],
      wholeCell: true,
    });
  });

  it("returns null when no unit is stated", () => {
    expect(findUnitStatement("氷見市 中長期財政見通し")).toBeNull();
    expect(findUnitStatement("単位あたりコスト")).toBeNull();
  });
});
