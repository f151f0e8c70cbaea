import { D } from "../../../src/core/decimal";
import { formatCompoundYen } from "../../../src/core/notation";

describe("formatCompoundYen", () => {
  // domain.md §2 examples (4億円, 1億2,000万円) and the himi KPI register (寄附金受入額 4億円).
  it.each<[string, string]>([
    ["120000000", "1億2,000万円"],
    ["400000000", "4億円"],
    ["-35000000", "△3,500万円"],
    ["12345", "1万2,345円"],
    ["100000001", "1億1円"],
    ["2600000000", "26億円"],
    ["1234500000000", "1兆2,345億円"],
    ["10000000000000000", "10,000兆円"],
    ["999", "999円"],
    ["0", "0円"],
    ["12345.5", "1万2,345.5円"], // exact: the fraction is kept
  ])("writes %s 円 as %j", (yen, expected) => {
    expect(formatCompoundYen(new D(yen))).toBe(expected);
  });

  it("uses the requested negative marker", () => {
    expect(formatCompoundYen(new D(-150000000), { negative: "▲" })).toBe("▲1億5,000万円");
  });
});
