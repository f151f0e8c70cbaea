import { recognizeTable, type TableRecognition } from "../../../src/core/table";
import { asExcelNumbers, gridFromTsv } from "./himiGrids";

function row(t: TableRecognition, label: string) {
  const found = t.rows.find((r) => r.label === label);
  if (!found) throw new Error(`no row ${label}`);
  return found;
}

function quantity(t: TableRecognition, label: string, fiscalYear: number) {
  const p = row(t, label).cells.find((c) => c.fiscalYear === fiscalYear)?.parsed;
  return p?.kind === "number"
    ? [p.quantity.value.toFixed(), p.quantity.unit, p.quantity.unitKind]
    : p;
}

// Source: data/himi-fiscal-outlook.tsv (caption 単位:百万円). The caption unit is the unit of the
// money rows; the ratio rows are % and the population row counts people (domain.md §2, §4).
describe.each([
  ["printed strings", () => gridFromTsv("himi-fiscal-outlook.tsv")],
  ["Excel numbers", () => asExcelNumbers(gridFromTsv("himi-fiscal-outlook.tsv"))],
])("recognizeTable row units on the 氷見 fiscal outlook (%s)", (_name, build) => {
  const t = recognizeTable(build());

  it("reads the ratio rows in % and the population row in 人, not in 百万円", () => {
    expect(row(t, "実質公債費比率").unit).toBe("%");
    expect(row(t, "将来負担比率").unit).toBe("%");
    expect(row(t, "人口(国勢調査ベース)").unit).toBe("人");
    expect(quantity(t, "実質公債費比率", 2020)).toEqual(["11.3", "%", "percent"]);
    expect(quantity(t, "将来負担比率", 2020)).toEqual(["63.8", "%", "percent"]);
    expect(quantity(t, "人口(国勢調査ベース)", 2020)).toEqual(["43995", "人", "count"]);
  });

  it.each([
    ["市税", 2020, "5159"],
    ["標準財政規模", 2020, "12363"],
    ["市債残高 (臨時財政対策債含む)", 2020, "23883"],
    ["市債発行額 (臨時財政対策債含む)", 2020, "3201"],
    ["財政調整基金残高", 2020, "2990"],
    ["収支差引額(A-B)", 2020, "-65"],
  ])("keeps the money row %s in 百万円", (label, fy, value) => {
    expect(row(t, label).unit).toBe("百万円");
    expect(quantity(t, label, fy)).toEqual([value, "百万円", "money"]);
  });

  it("gives every row but the three a 百万円 unit", () => {
    const others = t.rows.filter((r) => r.unit !== "百万円").map((r) => r.label);
    expect(others).toEqual(["実質公債費比率", "将来負担比率", "人口(国勢調査ベース)"]);
  });

  it("keeps the decimals each figure shows (12.0, 43.0) and none for whole money", () => {
    const decimals = (label: string, fy: number) =>
      row(t, label).cells.find((c) => c.fiscalYear === fy)?.decimals;
    expect(decimals("実質公債費比率", 2020)).toBe(1); // printed 11.3
    expect(decimals("実質公債費比率", 2021)).toBe(1); // printed 12.0
    expect(decimals("将来負担比率", 2026)).toBe(1); // printed 43.0 (令和8年度)
    expect(decimals("市税", 2020)).toBe(0); // printed 5,159
    expect(decimals("減債基金への積立", 2020)).toBeNull(); // blank
  });
});

// Source: data/himi-peer-staffing.tsv. Its columns carry their units in the header; its rows
// are 団体, which name no unit.
describe.each([
  ["printed strings", () => gridFromTsv("himi-peer-staffing.tsv")],
  ["Excel numbers", () => asExcelNumbers(gridFromTsv("himi-peer-staffing.tsv"))],
])("recognizeTable column units on the 氷見 staffing table (%s)", (_name, build) => {
  const t = recognizeTable(build());

  it("keeps the header units of the columns and gives the rows none", () => {
    expect(t.columns.map((c) => c.unit)).toEqual([null, "人", "%", null, "人", "人", "人", "人"]);
    expect(t.rows.map((r) => r.unit)).toEqual(t.rows.map(() => null));
    const first = t.rows[0]!.cells;
    const unitAt = (address: string) => {
      const p = first.find((c) => c.address === address)?.parsed;
      return p?.kind === "number" ? [p.quantity.value.toFixed(), p.quantity.unit] : p;
    };
    expect(unitAt("D4")).toEqual(["33940", "人"]);
    expect(unitAt("E4")).toEqual(["33", "%"]); // printed 33.0
    expect(unitAt("F4")).toEqual(["0.53", null]); // 財政力指数: unitless
  });

  it("keeps the decimals each figure shows (33.0, 0.53, 62.60)", () => {
    const decimalsAt = (r: number, address: string) =>
      t.rows[r]!.cells.find((c) => c.address === address)?.decimals;
    expect(decimalsAt(0, "E4")).toBe(1); // 33.0
    expect(decimalsAt(0, "F4")).toBe(2); // 0.53
    expect(decimalsAt(1, "H5")).toBe(2); // 62.60
    expect(decimalsAt(0, "D4")).toBe(0); // 33,940
  });
});

describe("recognizeTable with a caption unit and labels that name their own", () => {
  it("reads a transposed table's ratio column in % and an index column unitless", () => {
    // A years-down table: the column headers are the quantities.
    const t = recognizeTable({
      sheet: "s",
      top: 0,
      left: 0,
      values: [
        ["単位:千円"],
        ["年度", "標準財政規模", "経常収支比率", "財政力指数"],
        ["R2", "12,363,000", "93.1", "0.45"],
        ["R3", "12,442,000", "90.4", "0.44"],
      ],
    });
    expect(t.yearAxis?.orientation).toBe("rows");
    expect(t.columns.map((c) => c.unit)).toEqual([null, "%", null]);
    const units = t.rows[0]!.cells.map((c) =>
      c.parsed.kind === "number" ? c.parsed.quantity.unit : null
    );
    expect(units).toEqual(["千円", "%", null]);
  });

  it("lets a column header unit win over the row label's", () => {
    const t = recognizeTable({
      sheet: "s",
      top: 0,
      left: 0,
      values: [
        ["区分", "件数(件)", "金額(千円)"],
        ["収納率", "12", "3,400"],
      ],
    });
    const units = t.rows[0]!.cells.map((c) =>
      c.parsed.kind === "number" ? c.parsed.quantity.unit : null
    );
    expect(units).toEqual(["件", "千円"]);
    expect(t.rows[0]!.unit).toBe("%");
  });
});
