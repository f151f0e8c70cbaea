import { kpiStatusOf, parseKpiDirection, parseKpiTargetType } from "../../../src/core/kpi/kpiWords";

describe("parseKpiDirection", () => {
  it.each([
    ["増加", "higher"],
    ["向上", "higher"],
    ["↑", "higher"],
    ["高いほど良い", "higher"],
    ["Higher", "higher"],
    ["以上", "higher"],
    ["減少", "lower"],
    ["削減", "lower"],
    ["↓", "lower"],
    ["低いほど良い", "lower"],
    ["以内", "lower"],
    ["達成", "milestone"],
    ["範囲", "range"],
    [" 範 囲 ", "range"],
  ])("reads %s as %s", (text, direction) => {
    expect(parseKpiDirection(text)).toBe(direction);
  });

  it("gives null for a word it does not know (never a guess)", () => {
    expect(parseKpiDirection("横ばい")).toBeNull();
    expect(parseKpiDirection("")).toBeNull();
  });
});

describe("parseKpiTargetType", () => {
  it.each([
    ["毎年度", "yearly"],
    ["累計", "cumulative"],
    ["最終", "final"],
    ["マイルストーン", "milestone"],
    ["Cumulative", "cumulative"],
  ])("reads %s as %s", (text, type) => {
    expect(parseKpiTargetType(text)).toBe(type);
  });

  it("gives null for unknown text", () => {
    expect(parseKpiTargetType("適宜")).toBeNull();
  });
});

describe("kpiStatusOf", () => {
  it("reads statuses in both languages and leaves free text alone", () => {
    expect(
      ["完了", "取組中", "未着手", "completed", "In progress", "not started", "検討中"].map(
        kpiStatusOf
      )
    ).toEqual([
      "completed",
      "inProgress",
      "notStarted",
      "completed",
      "inProgress",
      "notStarted",
      null,
    ]);
    expect(kpiStatusOf(null)).toBeNull();
  });
});
