import { recognizeTable, type TableRecognition } from "../../../src/core/table";
import { asExcelNumbers, gridFromTsv, rowLabelsOf } from "./himiGrids";

function cell(t: TableRecognition, label: string, fiscalYear: number) {
  const row = t.rows.find((r) => r.label === label);
  return row?.cells.find((c) => c.fiscalYear === fiscalYear);
}

function valueOf(t: TableRecognition, label: string, fiscalYear: number): string | null {
  const p = cell(t, label, fiscalYear)?.parsed;
  return p?.kind === "number" ? p.quantity.value.toFixed() : null;
}

// Source of every expected value: data/himi-fiscal-outlook.tsv (氷見市 中長期財政見通し, 百万円).
describe.each([
  ["printed strings", () => gridFromTsv("himi-fiscal-outlook.tsv")],
  [
    'Excel numbers under #,##0;"△ "#,##0',
    () => asExcelNumbers(gridFromTsv("himi-fiscal-outlook.tsv")),
  ],
])("recognizeTable on the 氷見 fiscal outlook (%s)", (_name, build) => {
  const t = recognizeTable(build());

  it("finds the title and the unit 百万円 in the caption", () => {
    expect(t.title).toBe("氷見市 中長期財政見通し(令和3年度～令和12年度) 一般会計 一般財源ベース");
    expect(t.unit).toEqual({
      money: "百万円",
      others: [],
      source: "caption",
      address: "A2",
      text: "単位:百万円",
    });
  });

  it("finds the 11 fiscal years 2020–2030 across columns B–L", () => {
    expect(t.headerRows).toEqual([3]);
    expect(t.yearAxis?.orientation).toBe("columns");
    expect(t.yearAxis?.years.map((y) => y.fiscalYear)).toEqual([
      2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030,
    ]);
    expect(t.yearAxis?.years[0]).toEqual({
      fiscalYear: 2020,
      index: 1,
      address: "B4",
      label: "令和2年度",
    });
    expect(t.columns.map((c) => c.fiscalYear)).toEqual(t.yearAxis?.years.map((y) => y.fiscalYear));
    expect(t.labelColumns).toEqual([0]);
  });

  it("keeps every row label in order across both blocks", () => {
    const labels = rowLabelsOf("himi-fiscal-outlook.tsv", 1);
    expect(labels[0]).toBe("市税");
    expect(labels[labels.length - 1]).toBe("人口(国勢調査ベース)");
    expect(t.rows.map((r) => r.label)).toEqual(labels);
  });

  it("reads figures, △ negatives and blanks with no issues", () => {
    expect(t.issues).toEqual([]);
    expect(valueOf(t, "市税", 2020)).toBe("5159");
    expect(valueOf(t, "収支差引額(A-B)", 2020)).toBe("-65");
    expect(valueOf(t, "人口(国勢調査ベース)", 2030)).toBe("36511");
    expect(valueOf(t, "実質公債費比率", 2020)).toBe("11.3");
    expect(cell(t, "市税", 2020)).toMatchObject({ address: "B5", row: 4, col: 1 });
    const money = cell(t, "市税", 2020)?.parsed;
    expect(money?.kind === "number" && money.quantity.unit).toBe("百万円");
    // 減債基金への積立 is blank for 令和2年度 in the printed table: blank, not zero.
    expect(cell(t, "減債基金への積立", 2020)?.parsed).toEqual({ kind: "blank" });
  });
});

// Source: data/himi-peer-staffing.tsv (類似団体職員数の状況, two-line header).
describe.each([
  ["printed strings", () => gridFromTsv("himi-peer-staffing.tsv")],
  ["Excel numbers", () => asExcelNumbers(gridFromTsv("himi-peer-staffing.tsv"))],
])("recognizeTable on the 氷見 peer staffing table (%s)", (_name, build) => {
  const t = recognizeTable(build());

  it("reads the two header rows, the 県 and 市 label columns and no year axis", () => {
    expect(t.title).toBe("類似団体職員数の状況(令和2年4月1日現在)");
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.labelColumns).toEqual([0, 1]);
    // R2.4.1 and R2.1.1 are dates (the survey day), not fiscal years.
    expect(t.yearAxis).toBeNull();
    expect(t.unit.source).toBe("none");
    expect(t.issues).toEqual([]);
  });

  it("joins the carried upper header with the lower one and reads column units", () => {
    expect(t.columns.map((c) => [c.address, c.label, c.unit])).toEqual([
      ["C2", "産業構造分類", null],
      ["D2", "住基人口(R2.1.1)(人)", "人"],
      ["E2", "65歳以上人口割合(%)", "%"],
      ["F2", "財政力指数", null],
      ["G3", "一般行政部門(R2.4.1) / 職員数(人)", "人"],
      ["H3", "一般行政部門(R2.4.1) / 人口1万人当たり職員数(人)", "人"],
      ["I3", "普通会計(R2.4.1) (一般行政部門に教育・消防を加えた数) / 職員数(人)", "人"],
      [
        "J3",
        "普通会計(R2.4.1) (一般行政部門に教育・消防を加えた数) / 人口1万人当たり職員数(人)",
        "人",
      ],
    ]);
  });

  it("labels rows with 県 and 市 as printed", () => {
    expect(t.rows.map((r) => r.label)).toEqual([
      "福岡県 大川市",
      "岡山県 笠岡市",
      "長野県 岡谷市",
      "宮城県 白石市",
      "新潟県 小千谷市",
      "岩手県 釜石市",
      "福岡県 直方市",
      "岡山県 玉野市",
      "平均(8市)",
      "富山県 氷見市",
      "比較(氷見市 - 平均)",
    ]);
  });

  it("reads the difference row's △ figures and keeps the column unit", () => {
    const diff = t.rows[10]!.cells;
    const figure = (address: string) => {
      const p = diff.find((c) => c.address === address)?.parsed;
      return p?.kind === "number" ? [p.quantity.value.toFixed(), p.quantity.unit] : p;
    };
    expect(figure("F14")).toEqual(["-0.09", null]);
    expect(figure("G14")).toEqual(["-26", "人"]);
    expect(diff.find((c) => c.address === "C14")?.parsed).toEqual({ kind: "blank" });
    expect(t.rows[0]!.cells[0]!.parsed).toEqual({ kind: "text", text: "I-2" });
  });
});

describe("recognizeTable with a grid placed away from A1", () => {
  it("answers absolute sheet rows, columns and addresses", () => {
    const t = recognizeTable({ ...gridFromTsv("himi-fiscal-outlook.tsv"), top: 9, left: 2 });
    expect(t.unit.address).toBe("C11");
    expect(t.headerRows).toEqual([12]);
    expect(t.labelColumns).toEqual([2]);
    expect(t.yearAxis?.years[0]).toMatchObject({ index: 3, address: "D13" });
    expect(t.rows[0]).toMatchObject({ row: 13, address: "C14", label: "市税" });
    expect(t.rows[0]!.cells[0]).toMatchObject({ row: 13, col: 3, address: "D14", raw: "5,159" });
  });
});
