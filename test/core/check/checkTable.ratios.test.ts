import { checkTable, type CheckResult } from "../../../src/core/check";
import type { CellValue, Grid } from "../../../src/core/grid";
import { formatMessage } from "../../../src/core/messages";
import { recognizeTable } from "../../../src/core/table";

const grid = (values: CellValue[][]): Grid => ({ sheet: "t", top: 0, left: 0, values });
const flagged = (r: CheckResult) =>
  r.findings
    .filter((f) => f.severity !== "note")
    .map((f) => [f.severity, f.kind, f.address, f.expected?.toDecimalPlaces(2).toFixed()]);

/*
 * A 歳入決算 table with letter headers (made up; every figure recomputed):
 * 対予算 = C / A × 100: 4,950,000 / 5,000,000 = 99.0; 3,050,000 / 3,000,000 = 101.67 → 101.7;
 * 収入率 = C / B × 100: 97.06 → 97.1, 100.0, 8,000,000 / 8,150,000 = 98.16 → 98.2;
 * 構成比 = C / C(合計) × 100: 61.875 → 61.9, 38.125 → 38.1, 100.0.
 */
const settlement = (changes: Record<number, Record<number, string>> = {}) => {
  const values: CellValue[][] = [
    ["歳入決算の状況"],
    ["単位:千円"],
    ["科目", "予算現額 A", "調定額 B", "収入済額 C", "対予算 (C/A)×100", "収入率 C/B", "構成比"],
    ["市税", "5,000,000", "5,100,000", "4,950,000", "99.0", "97.1", "61.9"],
    ["地方交付税", "3,000,000", "3,050,000", "3,050,000", "101.7", "100.0", "38.1"],
    ["合計", "8,000,000", "8,150,000", "8,000,000", "100.0", "98.2", "100.0"],
  ];
  for (const [r, cols] of Object.entries(changes))
    for (const [c, v] of Object.entries(cols)) values[Number(r)]![Number(c)] = v;
  return checkTable(recognizeTable(grid(values)));
};

describe("checkTable on ratio and share columns", () => {
  it("reads the ratios its letter headers spell and the 構成比 against the column's 合計", () => {
    const r = settlement();
    expect(r.rules.map((x) => x.text)).toEqual([
      "合計 = 市税 + 地方交付税",
      "対予算 (C/A)×100 = 収入済額 C / 予算現額 A × 100",
      "収入率 C/B = 収入済額 C / 調定額 B × 100",
      "構成比 = 収入済額 C / 収入済額 C[合計] × 100",
    ]);
    expect(r.findings).toEqual([]);
  });

  it("does not add up rate and share columns in the 合計 row", () => {
    const sum = settlement().rules.find((x) => x.kind === "sum")!;
    expect(sum.skip).toEqual([3, 4, 5]);
  });

  it("finds a wrong ratio and a wrong share at their cells", () => {
    // 対予算 of 市税 printed 98.0 (99.0 computed); 構成比 of 地方交付税 printed 36.1 (38.125).
    const r = settlement({ 3: { 4: "98.0" }, 4: { 6: "36.1" } });
    expect(flagged(r)).toEqual([
      ["error", "ratio", "E4", "99"],
      ["error", "share", "G5", "38.13"],
    ]);
  });
});

describe("checkTable on year-on-year columns and lines", () => {
  it("checks 増減額 and 増減率 beside two year columns", () => {
    // 5,100 − 5,000 = 100, 100 / 5,000 = 2.0%; 3,000 − 3,100 = △100, △3.23% → △3.2.
    const values: CellValue[][] = [
      ["比較"],
      ["単位:千円"],
      ["科目", "令和5年度", "令和4年度", "増減額", "増減率"],
      ["市税", "5,100", "5,000", "100", "2.0"],
      ["地方交付税", "3,000", "3,100", "△ 100", "△ 3.0"],
      ["合計", "8,100", "8,100", "0", "0.0"],
    ];
    const r = checkTable(recognizeTable(grid(values)));
    expect(r.rules.filter((x) => x.kind === "yearOnYear").map((x) => x.text)).toEqual([
      "増減額 = 令和5年度 - 令和4年度",
      "増減率 = (令和5年度 - 令和4年度) / 令和4年度 × 100",
    ]);
    expect(flagged(r)).toEqual([["error", "yearOnYear", "E5", "-3.23"]]);
  });

  it("checks a 対前年度増減率 line in its first year against its own 増減額", () => {
    // 令和2年度 has no previous year in the table; its rate is 増減額 / (value − 増減額):
    // 100 / (1,100 − 100) = 10.0%. Later years: 1,210 − 1,100 = 110, 110 / 1,100 = 10.0%.
    const values: CellValue[][] = [
      ["推移"],
      ["単位:百万円"],
      ["", "令和2年度", "令和3年度", "令和4年度"],
      ["市税", "1,100", "1,210", "1,331"],
      ["対前年度増減額", "100", "110", "121"],
      ["対前年度増減率", "10.0", "10.0", "11.0"],
    ];
    const r = checkTable(recognizeTable(grid(values)));
    expect(r.rules.map((x) => x.text)).toEqual([
      "対前年度増減額[t] = 市税 - 市税[t-1]",
      "対前年度増減率 = 対前年度増減額 / (市税 - 対前年度増減額) × 100",
    ]);
    // 令和4年度: 121 / 1,210 = 10.0%, printed 11.0.
    expect(flagged(r)).toEqual([["error", "yearOnYear", "D6", "10"]]);
  });
});

describe("checkTable messages", () => {
  it("show amounts as the table prints them, with △ and the table's unit, in ja and en", () => {
    // △1,234 + △2,000 = △3,234, printed △3,334: 100 千円 too negative.
    const r = checkTable(
      recognizeTable(
        grid([
          ["収支"],
          ["単位:千円"],
          ["区分", "令和4年度", "令和5年度"],
          ["a", "△ 1,234", "1"],
          ["b", "△ 2,000", "1"],
          ["合計", "△ 3,334", "2"],
        ])
      )
    );
    const error = r.findings.find((f) => f.severity === "error")!;
    expect(formatMessage(error.message)).toBe(
      "B6 の合計 △3,334千円 は内訳の和 △3,234千円 と △100千円 違います（端数で説明できる差は △1.5千円〜1.5千円）。合計 = a + b"
    );
    expect(formatMessage(error.message, "en")).toBe(
      "The total △3,334千円 in B6 differs from the sum of its parts △3,234千円 by △100千円 (rounding explains △1.5千円 to 1.5千円). 合計 = a + b"
    );
  });
});
