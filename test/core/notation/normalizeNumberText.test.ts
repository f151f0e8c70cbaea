import { normalizeNumberText } from "../../../src/core/notation";

describe("normalizeNumberText", () => {
  // domain.md §2 "Normalise first (NFKC)"; △ ▲ kept; 、 is not a thousands separator.
  it.each<[string, string]>([
    ["１，２３４．５", "1,234.5"],
    ["１２％", "12%"],
    ["＋５", "+5"],
    ["－５", "-5"],
    ["△ 65", "△65"],
    ["▲　65", "▲65"], // 全角 blank between marker and digits
    ["-  5", "-5"],
    ["＋ 5", "+5"],
    ["  1,234  ", "1,234"],
    ["1、2", "1、2"],
    ["△は負数", "△は負数"],
    ["（単位：千円）", "(単位:千円)"],
    ["市税 収入", "市税 収入"],
    ["12 件", "12 件"],
  ])("normalises %j to %j", (text, expected) => {
    expect(normalizeNumberText(text)).toBe(expected);
  });
});
