import { unitFromLabel, unitKindOf } from "../../../src/core/table/labelUnit";

describe("unitFromLabel", () => {
  // Labels from data/himi-fiscal-outlook.tsv, data/himi-peer-staffing.tsv and the KPI registers;
  // units from domain.md §2–§4 (ratios are %, 財政力指数 is a plain quotient, 人口 counts people).
  it.each([
    ["実質公債費比率", "%", "percent"],
    ["将来負担比率", "%", "percent"],
    ["実質公債費比率（3ヵ年平均）", "%", "percent"],
    ["65歳以上人口割合", "%", "percent"],
    ["1 現年度収納率", "%", "percent"],
    ["高齢化率(%)", "%", "percent"],
    ["歳出構成比（％）", "%", "percent"],
    ["有効求人倍率", "倍", "count"],
    ["人口(国勢調査ベース)", "人", "count"],
    ["住民基本台帳人口", "人", "count"],
    ["職員数", "人", "count"],
    ["人口1万人当たり職員数", "人", "count"],
    ["テレワークを行った実人数", "人", "count"],
    ["住基人口(R2.1.1)(人)", "人", "count"],
    ["支援会議開催件数", "件", "count"],
    ["事務手続の電子化件数(件)", "件", "count"],
    ["研修の実施回数", "回", "count"],
    ["年次休暇取得日数", "日", "count"],
    ["市税(千円)", "千円", "money"],
    ["一般行政部門(R2.4.1) / 職員数(人)", "人", "count"],
  ])("reads %s as %s", (label, unit, unitKind) => {
    expect(unitFromLabel(label)).toEqual({ unit, unitKind });
  });

  it("reads an index (財政力指数) as unitless, not as the table's money", () => {
    expect(unitFromLabel("財政力指数")).toEqual({ unit: null, unitKind: "none" });
  });

  // Money rows of the 氷見 outlook keep the table unit (単位:百万円).
  it.each([
    "標準財政規模",
    "市債残高 (臨時財政対策債含む)",
    "市債発行額 (臨時財政対策債含む)",
    "財政調整基金残高",
    "財政調整基金への積立",
    "収支差引額(A-B)",
    "歳入合計(A)",
    "人件費",
    "市税",
    "決算収支合計",
    "令和2年度",
    "",
  ])("names no unit for %s (the table unit applies)", (label) => {
    expect(unitFromLabel(label)).toBeNull();
  });
});

describe("unitKindOf", () => {
  it.each([
    ["百万円", "money"],
    ["%", "percent"],
    ["ポイント", "point"],
    ["件", "count"],
  ])("classifies %s as %s", (unit, kind) => {
    expect(unitKindOf(unit)).toBe(kind);
  });
});
