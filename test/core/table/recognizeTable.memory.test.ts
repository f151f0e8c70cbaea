import type { CellValue, Grid } from "../../../src/core/grid";
import { recognizeTable, type RecognizedCell } from "../../../src/core/table";

// What a large table shares between its cells instead of holding once per cell (the five-million-
// cell goal of `zaisei inspect`). The bytes themselves are measured by bench/table-memory.ts,
// which needs `node --expose-gc`; these tests pin the sharing that the budget relies on.

function grid(values: CellValue[][], numberFormats?: string[][]): Grid {
  return { sheet: "Sheet1", top: 0, left: 0, values, ...(numberFormats ? { numberFormats } : {}) };
}

const table: CellValue[][] = [
  ["歳入の推移"],
  ["", "単位:千円"],
  ["区分", "令和4年度", "令和5年度", "令和6年度"],
  ["市税", 1200, "", 1200],
  ["地方交付税", 1200, "", 800],
  ["国庫支出金", "1,200", "", 800],
  ["繰入金", -0, 0, ""],
];

const cells = (values: CellValue[][], formats?: string[][]): RecognizedCell[][] =>
  recognizeTable(grid(values, formats)).rows.map((r) => r.cells);

describe("recognizeTable — cells share what they have in common", () => {
  it("reads every blank cell as one frozen blank", () => {
    const c = cells(table);
    const blanks = c.flat().filter((x) => x.parsed.kind === "blank");
    expect(blanks.map((x) => x.address)).toEqual(["C4", "C5", "C6", "D7"]);
    for (const b of blanks) expect(b.parsed).toBe(blanks[0]!.parsed);
    expect(Object.isFrozen(blanks[0]!.parsed)).toBe(true);
  });

  it("gives figures without warnings one frozen empty warnings array", () => {
    const figures = cells(table)
      .flat()
      .map((x) => x.parsed)
      .filter((p) => p.kind === "number");
    expect(figures).toHaveLength(8);
    for (const p of figures) {
      expect(p.warnings).toEqual([]);
      expect(p.warnings).toBe(figures[0]!.warnings);
    }
    expect(Object.isFrozen(figures[0]!.warnings)).toBe(true);
  });

  it("keeps the cell's Decimal as its value when nothing is converted", () => {
    const [first] = cells(table);
    const cell = first![0]!;
    expect(cell.parsed.kind === "number" && cell.value === cell.parsed.quantity.value).toBe(true);
    expect(cell.value?.toString()).toBe("1200");
  });

  it("shares one frozen reading between equal Excel numbers of a column, and only those", () => {
    const c = cells(table);
    const [a, b, text] = [c[0]![0]!, c[1]![0]!, c[2]![0]!];
    // 1200 and 1200 in 令和4年度: one reading; 「1,200」 printed as text is read on its own.
    expect(b.parsed).toBe(a.parsed);
    expect(Object.isFrozen(a.parsed)).toBe(true);
    expect(a.parsed.kind === "number" && Object.isFrozen(a.parsed.quantity)).toBe(true);
    expect(text.parsed).not.toBe(a.parsed);
    expect(text.parsed).toEqual(a.parsed);
    // The same number in another column (令和6年度) is that column's own reading.
    expect(c[0]![2]!.parsed).not.toBe(a.parsed);
    // Each cell is still its own: address and value per cell.
    expect([a.address, b.address]).toEqual(["B4", "B5"]);
  });

  it("never shares between 0 and −0, nor across number formats", () => {
    const c = cells(table);
    expect(c[3]![0]!.parsed).not.toBe(c[3]![1]!.parsed);
    const formats = [[], [], [], ["", "0.0"], ["", "0.0"], ["", "0.0"], ["", "0.0"]];
    const values: CellValue[][] = [...table.slice(0, 3), ["a", 5], ["b", 5], ["c", 5]];
    formats[5] = ["", "0.00"];
    const f = cells(values, formats);
    expect(f[1]![0]!.parsed).toBe(f[0]![0]!.parsed);
    expect(f[2]![0]!.parsed).not.toBe(f[0]![0]!.parsed);
    expect(f.map((r) => r[0]!.decimals)).toEqual([1, 1, 2]);
  });

  it("reads a shared figure in the unit of each row's label (a % row is not a 千円 row)", () => {
    const values: CellValue[][] = [
      ...table.slice(0, 3),
      ["市税", 12, 1, 2],
      ["実質公債費比率", 12, 1, 2],
    ];
    const c = cells(values);
    expect(c.map((r) => [r[0]!.value?.toString(), r[0]!.unit])).toEqual([
      ["12", "千円"],
      ["12", "%"],
    ]);
  });
});
