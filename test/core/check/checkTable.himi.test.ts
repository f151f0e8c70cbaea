import { checkTable, type CheckResult, type Finding } from "../../../src/core/check";
import { formatMessage } from "../../../src/core/messages";
import { recognizeTable } from "../../../src/core/table";
import { asExcelNumbers, gridFromTsv } from "../table/himiGrids";
import { fiscalOutlookWith, newestFirst, transposed } from "./himiTables";

const serious = (r: CheckResult) => r.findings.filter((f) => f.severity !== "note");
const summary = (f: Finding) => ({
  severity: f.severity,
  kind: f.kind,
  printed: f.printed?.toFixed(),
  expected: f.expected?.toFixed(),
  difference: f.difference?.toFixed(),
  years: f.fiscalYears,
});

/*
 * Source: data/himi-fiscal-outlook.tsv (氷見市 中長期財政見通し, 百万円), every identity recomputed
 * by hand for all 11 years:
 * - 歳入合計(A) = 市税 + 普通交付税 + 特別交付税 + 譲与税、交付金 + その他収入: exact every year
 *   (R2: 5,159 + 5,937 + 1,112 + 1,401 + 75 = 13,684).
 * - 歳出合計(B) = 人件費 + … + 物件費等: exact (R2: 3,426 + 1,084 + 2,354 + 728 + 3,142 + 3,015 = 13,749).
 * - 収支差引額(A-B): exact (R2: 13,684 − 13,749 = △65).
 * - 決算収支合計 = 収支差引額 + 繰越金 + all 積立/繰入 + 繰上償還: exact
 *   (R2: △65 + 793 − 397 + 389 − 6 + 284 − 16 = 982).
 * - 前年度からの繰越金(t) = 決算収支合計(t−1): exact (R3 982, R4 611, … R12 190).
 * - 財政調整基金残高 and 減債基金残高 move by −(積立 + 繰入) as printed: exact
 *   (R3: 2,990 − (△491 + 530) = 2,951; 1,213 − (△393 + 200) = 1,406).
 * - 特定目的基金残高 does not: R3 2,427 − 430 = 1,997 but 2,297 is printed (300 more);
 *   R4 2,297 − 1,405 = 892 but 1,292 (400 more); R5–R12 each year 400 more than 残高(t−1) − 430
 *   (R5 1,292 − 430 = 862 vs 1,262 … R12 1,082 − 430 = 652 vs 1,052). A yearly inflow the table
 *   does not show (e.g. a transfer straight into the fund): 要確認, not 誤り.
 * Nothing else is inconsistent; the table adds exactly, so the rounding method is not decided.
 */
describe("checkTable on the 氷見 fiscal outlook as printed", () => {
  const result = checkTable(recognizeTable(gridFromTsv("himi-fiscal-outlook.tsv")));

  it("infers the identities of domain.md §4", () => {
    expect(result.rules.map((r) => r.text)).toEqual([
      "歳入合計(A) = 市税 + 普通交付税 (臨時財政対策債含む) + 特別交付税 + 譲与税、交付金 + その他収入",
      "歳出合計(B) = 人件費 + 扶助費 + 公債費 + 投資的経費 + 繰出金 + 物件費、維持管理費、補助費等",
      "決算収支合計 = 収支差引額(A-B) + 前年度からの繰越金 + 財政調整基金への積立 + 財政調整基金からの繰入 + 減債基金への積立 + 減債基金からの繰入 + 特定目的基金への積立 + 特定目的基金からの繰入 + 公債費繰上債還分",
      "収支差引額(A-B) = 歳入合計(A) - 歳出合計(B)",
      "前年度からの繰越金[t] = 決算収支合計[t-1]",
      "財政調整基金残高[t] = 財政調整基金残高[t-1] - 財政調整基金への積立 - 財政調整基金からの繰入",
      "減債基金残高[t] = 減債基金残高[t-1] - 減債基金への積立 - 減債基金からの繰入",
      "特定目的基金残高[t] = 特定目的基金残高[t-1] - 特定目的基金への積立 - 特定目的基金からの繰入",
    ]);
    expect(result.rules.every((r) => r.source === "inferred" && r.enabled)).toBe(true);
  });

  it("reports only the 特定目的基金残高 the printed flows do not explain: 300 in R3, 400 a year after", () => {
    expect(result.findings.map((f) => [f.address, summary(f)])).toEqual([
      [
        "C31",
        {
          severity: "confirm",
          kind: "fundRollForward",
          printed: "2297",
          expected: "1997",
          difference: "300",
          years: [2021],
        },
      ],
      [
        "D31",
        {
          severity: "confirm",
          kind: "fundRollForward",
          printed: "1292",
          expected: "892",
          difference: "400",
          years: [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030],
        },
      ],
    ]);
    expect(result.findings[1]!.cells).toEqual(expect.arrayContaining(["D31", "C31", "D25", "L31"]));
    expect(formatMessage(result.findings[1]!.message, "en")).toContain(
      "the table prints 1,292百万円 (difference 400百万円, 2022–2030)"
    );
  });

  it("adds exactly, so rounding is assumed half-up and allows ±½ per figure", () => {
    expect(result.rounding).toMatchObject({ method: "half-up", basis: "assumed", compared: 84 });
    const t = result.findings[0]!.tolerance!;
    // Three figures of 0 places: the target ±½ and two terms ±½ each.
    expect([t.lo.toFixed(), t.hi.toFixed()]).toEqual(["-1.5", "1.5"]);
  });

  it('reads the same from Excel numbers under #,##0;"△ "#,##0', () => {
    const excel = checkTable(
      recognizeTable(asExcelNumbers(gridFromTsv("himi-fiscal-outlook.tsv")))
    );
    expect(excel.findings.map(summary)).toEqual(result.findings.map(summary));
  });
});

describe("checkTable on the 氷見 fiscal outlook with planted errors", () => {
  const planted = (changes: Record<string, string>) =>
    checkTable(recognizeTable(fiscalOutlookWith(changes)));
  const errors = (r: CheckResult) => r.findings.filter((f) => f.severity === "error");

  it("finds a changed total at its cell, with the sum and the difference it breaks", () => {
    // 歳入合計(A) 令和4年度 13,564 → 13,574.
    const r = planted({ D10: "13,574" });
    expect(errors(r).map((f) => [f.address, summary(f), f.rules.map((x) => x.id)])).toEqual([
      [
        "D10",
        {
          severity: "error",
          kind: "sum",
          printed: "13574",
          expected: "13564",
          difference: "10",
          years: [2022],
        },
        ["sum:A10", "difference:A18"],
      ],
    ]);
    expect(formatMessage(errors(r)[0]!.message)).toContain(
      "D10 の 13,574百万円 1か所で 2 件の検算が合いません。D10 が 13,564百万円 なら全て合います（差 10百万円）"
    );
  });

  it("finds a broken carry-forward at the 繰越金 cell, which also breaks its year's total", () => {
    // 前年度からの繰越金 令和6年度 486 → 496.
    const r = planted({ F19: "496" });
    expect(
      errors(r).map((f) => [f.address, f.expected?.toFixed(), f.rules.map((x) => x.id)])
    ).toEqual([["F19", "486", ["carryForward:A19", "sum:A27"]]]);
  });

  it("finds a fund balance off in one year at its cell, not as two broken roll-forwards", () => {
    // 財政調整基金残高 令和5年度 3,026 → 3,036: R5 and R6 roll-forwards both break.
    const r = planted({ E29: "3,036" });
    expect(
      serious(r)
        .filter((f) => f.address !== "C31" && f.address !== "D31")
        .map((f) => [f.address, summary(f)])
    ).toEqual([
      [
        "E29",
        {
          severity: "error",
          kind: "fundRollForward",
          printed: "3036",
          expected: "3026",
          difference: "10",
          years: [2023, 2024],
        },
      ],
    ]);
  });

  it("leaves the unchanged table clean of errors", () => {
    expect(errors(planted({}))).toEqual([]);
  });
});

describe("checkTable on the 氷見 fiscal outlook laid out differently", () => {
  const asPrinted = checkTable(recognizeTable(gridFromTsv("himi-fiscal-outlook.tsv")));

  it("finds the same with years down the rows", () => {
    const t = recognizeTable(transposed(gridFromTsv("himi-fiscal-outlook.tsv")));
    expect(t.yearAxis?.orientation).toBe("rows");
    const r = checkTable(t);
    expect(r.rules.map((x) => x.text)).toEqual(asPrinted.rules.map((x) => x.text));
    expect(r.findings.map(summary)).toEqual(asPrinted.findings.map(summary));
    // The blank line before the header became column A, so 特定目的基金残高 is column AC;
    // 令和3年度 is row 5.
    expect(r.findings.map((f) => f.address)).toEqual(["AC5", "AC6"]);
  });

  it("finds the same with the newest year first, the previous year found by year", () => {
    const r = checkTable(recognizeTable(newestFirst(gridFromTsv("himi-fiscal-outlook.tsv"))));
    expect(r.findings.map(summary)).toEqual(asPrinted.findings.map(summary));
    // 令和3年度 is column K when 令和12年度 comes first.
    expect(r.findings[0]!.address).toBe("K31");
  });

  it("finds a planted total in the newest-first layout at its cell", () => {
    const grid = newestFirst(fiscalOutlookWith({ D10: "13,574" }));
    const errors = checkTable(recognizeTable(grid)).findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.address, f.fiscalYears])).toEqual([["J10", [2022]]]);
  });
});

/*
 * Source: data/himi-peer-staffing.tsv (類似団体職員数の状況, 8 cities + 平均(8市) + 氷見市 + 比較).
 * - 住基人口: mean 43,579.375 → 43,579 printed; 65歳以上人口割合 33.375 → 33.4; 財政力指数
 *   0.55875 → 0.56: all the mean, half-up.
 * - 一般行政部門 職員数: mean (195 + 300 + 354 + 248 + 261 + 324 + 270 + 324) / 8 = 284.5, printed
 *   290; 普通会計 職員数: 2,963 / 8 = 370.375, printed 385. No way of averaging gives these (median
 *   285 and 364; with 氷見市 282.2 and 374.2), every member row is consistent with its own
 *   per-capita figure, and the per-capita averages below are computed from those same members:
 *   the two averages are wrong as printed (誤り). 比較 (264 − 290 = △26, 374 − 385 = △11) is
 *   consistent with the printed averages.
 * - 人口1万人当たり職員数 平均: Σ職員 / Σ人口 × 10,000 = 2,276 / 348,635 × 10,000 = 65.283 → 65.28,
 *   and 2,963 / 348,635 × 10,000 = 84.989 → 84.99 (ratio of means; the mean of the ratios would
 *   be 67.55 and 86.30): the table's method, not an error.
 * - Each row's 人口1万人当たり職員数 = 職員数 / 住基人口 × 10,000 to 2 places (大川市 195 / 33,940 ×
 *   10,000 = 57.454 → 57.45).
 */
describe("checkTable on the 氷見 peer staffing table", () => {
  const result = checkTable(recognizeTable(gridFromTsv("himi-peer-staffing.tsv")));

  it("reports the two 職員数 averages that are not the mean of the 8 cities, and nothing else", () => {
    expect(serious(result).map((f) => [f.address, summary(f)])).toEqual([
      [
        "G12",
        {
          severity: "error",
          kind: "average",
          printed: "290",
          expected: "284.5",
          difference: "5.5",
          years: [],
        },
      ],
      [
        "I12",
        {
          severity: "error",
          kind: "average",
          printed: "385",
          expected: "370.375",
          difference: "14.625",
          years: [],
        },
      ],
    ]);
  });

  it("reads the per-capita averages as a ratio of means, the table's own method", () => {
    const h = result.rules.find((r) => r.id === "average:A12@H3")!;
    expect(h.text).toMatch(
      /^平均\(8市\)\[一般行政部門\(R2\.4\.1\) \/ 人口1万人当たり職員数\(人\)\] = sum\(/
    );
    expect(h.text).toMatch(/\) × 10000$/);
    expect(result.rules.find((r) => r.id === "average:A12@G3")!.text).toMatch(/= mean\(/);
  });

  it("checks each row's per-capita figure, but not in the average and difference rows", () => {
    const ratio = result.rules.find((r) => r.id === "ratio:H3")!;
    expect(ratio.text).toBe(
      "一般行政部門(R2.4.1) / 人口1万人当たり職員数(人) = 一般行政部門(R2.4.1) / 職員数(人) / 住基人口(R2.1.1)(人) × 10000"
    );
    expect(ratio.skip).toEqual([8, 10]);
    expect(result.rules.map((r) => r.id)).toContain("difference:A14");
  });

  it("shows no 端数 note where the computed figure rounds to the printed one", () => {
    expect(result.findings.filter((f) => f.severity === "note")).toEqual([]);
  });
});
