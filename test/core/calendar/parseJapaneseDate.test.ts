import { parseJapaneseDate } from "../../../src/core/calendar";

describe("parseJapaneseDate", () => {
  it.each([
    // 令和 n = 2018 + n, 平成 n = 1988 + n (domain.md §1)
    ["R2.4.1", { year: 2020, month: 4, day: 1 }],
    ["R2.1.1", { year: 2020, month: 1, day: 1 }],
    ["H31.3.31", { year: 2019, month: 3, day: 31 }],
    ["令和2年4月1日", { year: 2020, month: 4, day: 1 }],
    ["令和元年5月1日", { year: 2019, month: 5, day: 1 }],
    ["Ｒ２．４．１", { year: 2020, month: 4, day: 1 }],
    ["2020/4/1", { year: 2020, month: 4, day: 1 }],
    ["2020-04-01", { year: 2020, month: 4, day: 1 }],
    ["2020年4月1日", { year: 2020, month: 4, day: 1 }],
    ["2024/2/29", { year: 2024, month: 2, day: 29 }],
  ])("reads %s", (text, expected) => {
    expect(parseJapaneseDate(text)).toEqual(expected);
  });

  it.each(["R2", "令和2年度", "R2.4", "R2.2.30", "2023/2/29", "2100/2/29", "R2.0.1", "市税"])(
    "returns null for %s",
    (text) => {
      expect(parseJapaneseDate(text)).toBeNull();
    }
  );
});
