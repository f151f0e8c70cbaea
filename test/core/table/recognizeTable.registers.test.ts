import { recognizeTable } from "../../../src/core/table";
import { asExcelNumbers, gridFromTsv } from "./himiGrids";

// Sources: data/himi-kpi-register.tsv and data/tomakomai-kpi-register.tsv (data/kpi-registers-README.md:
// `No` is the item number, one row per indicator, 指標 the indicator; Tomakomai items 50–53 have
// no 指標, only 項目名).
describe.each([
  ["printed strings", (f: string) => gridFromTsv(f)],
  ["Excel numbers", (f: string) => asExcelNumbers(gridFromTsv(f))],
])("recognizeTable on the KPI registers (%s)", (_name, build) => {
  const himi = recognizeTable(build("himi-kpi-register.tsv"));
  const tomakomai = recognizeTable(build("tomakomai-kpi-register.tsv"));

  it("labels every 氷見 row with its No and 指標", () => {
    expect(himi.labelColumns).toEqual([0, 5]); // No, 指標
    expect(himi.rows).toHaveLength(36);
    expect(himi.rows.every((r) => r.label !== "")).toBe(true);
    expect(himi.rows.slice(0, 2).map((r) => r.label)).toEqual(["1 現年度収納率", "2 寄附金受入額"]);
    // One item, several indicators: the number repeats.
    expect(himi.rows.filter((r) => r.label.startsWith("6 ")).map((r) => r.label)).toEqual([
      "6 経常収支比率",
      "6 実質公債費比率（3ヵ年平均）",
      "6 将来負担比率",
      "6 財政調整基金残高",
    ]);
    expect(himi.columns.map((c) => c.label)).not.toContain("No");
  });

  it("labels every 苫小牧 row with its No and 指標, else its 項目名, and still finds R7–R11", () => {
    expect(tomakomai.labelColumns).toEqual([0, 7]); // No, 指標
    expect(tomakomai.rows).toHaveLength(98);
    expect(tomakomai.rows.every((r) => r.label !== "")).toBe(true);
    expect(tomakomai.rows[0]!.label).toBe("1 返礼品拡大の補助制度等導入");
    expect(tomakomai.rows.find((r) => r.label.startsWith("50 "))?.label).toBe(
      "50 出張所及び証明取扱所の効果的・効率的な運営"
    );
    expect(tomakomai.yearAxis?.years.map((y) => [y.label, y.fiscalYear])).toEqual([
      ["R7計画", 2025],
      ["R8計画", 2026],
      ["R9計画", 2027],
      ["R10計画", 2028],
      ["R11計画", 2029],
    ]);
  });

  it("reads the register's figures in the indicator's unit (現年度収納率 99.0 %)", () => {
    const first = himi.rows[0]!;
    expect(first.unit).toBe("%");
    const target = first.cells.find((c) => c.address === "K2");
    expect(target?.parsed.kind === "number" && target.parsed.quantity.unit).toBe("%");
    expect(target?.decimals).toBe(1); // printed 99.0
  });
});

describe("recognizeTable item-number columns", () => {
  const grid = (values: (string | number)[][]) => ({ sheet: "s", top: 0, left: 0, values });

  it("keeps a numbered finance table's number with its label", () => {
    const t = recognizeTable(
      grid([
        ["", "区分", "R2", "R3"],
        [1, "市税", "5,159", "4,737"],
        [2, "特別交付税", "1,112", "1,000"],
      ])
    );
    expect(t.rows.map((r) => r.label)).toEqual(["1 市税", "2 特別交付税"]);
    expect(t.columns.map((c) => c.label)).toEqual(["R2", "R3"]);
  });

  it.each([
    ["decreasing numbers", [3, 1]],
    ["large numbers", [1200, 1300]],
    ["decimals", [1.5, 2.5]],
  ])("reads a first column of %s as data, not as item numbers", (_name, numbers) => {
    const t = recognizeTable(
      grid([
        ["値", "名称"],
        [numbers[0]!, "市税"],
        [numbers[1]!, "特別交付税"],
      ])
    );
    expect(t.labelColumns).toEqual([]);
    expect(t.columns.map((c) => c.label)).toEqual(["値", "名称"]);
  });

  it("reads a numeric first column with no text beside it as data", () => {
    const t = recognizeTable(
      grid([
        ["No", "金額"],
        [1, 100],
        [2, 200],
      ])
    );
    expect(t.labelColumns).toEqual([]);
  });
});
