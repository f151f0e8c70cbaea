import type { CellValue, Grid } from "../../../src/core/grid";
import { parseCellValue } from "../../../src/core/notation";
import {
  displayFigure,
  displayFigures,
  recognizeTable,
  type RecognizedCell,
  type TableRecognition,
} from "../../../src/core/table";

function grid(values: CellValue[][], numberFormats?: string[][]): Grid {
  return { sheet: "s", top: 0, left: 0, values, numberFormats };
}

const cellAt = (t: TableRecognition, address: string): RecognizedCell => {
  const cell = t.rows.flatMap((r) => r.cells).find((c) => c.address === address);
  if (!cell) throw new Error(`no cell ${address}`);
  return cell;
};
const inUnit = (c: RecognizedCell) => [c.value?.toFixed() ?? null, c.unit];

describe("recognizeTable — each cell's figure in its row's unit", () => {
  // domain.md §2: 1億2,000万円 is 120,000,000 円 = 120 百万円; a caption unit names the rows' scale.
  const t = recognizeTable(
    grid([
      ["単位:百万円"],
      ["区分", "令和4年度", "令和5年度"],
      ["市税", "5,159", "1億2,000万円"],
      ["市債発行額", "3.5億円", "1,234千円"],
      ["基金繰入", "4億", "12件"],
      ["実質公債費比率", "12.3", "0.5"],
    ])
  );

  it("converts a cell that states another money unit exactly, in decimal", () => {
    expect(inUnit(cellAt(t, "B3"))).toEqual(["5159", "百万円"]);
    expect(inUnit(cellAt(t, "C3"))).toEqual(["120", "百万円"]);
    expect(inUnit(cellAt(t, "B4"))).toEqual(["350", "百万円"]);
    expect(inUnit(cellAt(t, "C4"))).toEqual(["1.234", "百万円"]);
    // The cell as written is kept beside it.
    const p = cellAt(t, "C3").parsed;
    expect(p.kind === "number" && [p.quantity.value.toFixed(), p.quantity.unit]).toEqual([
      "120000000",
      "円",
    ]);
  });

  it("keeps a unit of another kind as it is and reports the mismatch", () => {
    expect(inUnit(cellAt(t, "C5"))).toEqual(["12", "件"]);
    expect(t.issues).toContainEqual({
      address: "C5",
      severity: "warning",
      issue: {
        code: "table.unitMismatch",
        params: { text: "12件", cellUnit: "件", rowUnit: "百万円" },
      },
    });
  });

  it("reports a figure with a multiplier and no unit instead of scaling it", () => {
    expect(inUnit(cellAt(t, "B5"))).toEqual([null, null]);
    expect(t.issues).toContainEqual({
      address: "B5",
      severity: "warning",
      issue: { code: "table.unitMissing", params: { text: "4億", rowUnit: "百万円" } },
    });
  });

  it("keeps a ratio row in % (the caption's 百万円 is the money rows' unit)", () => {
    expect(inUnit(cellAt(t, "B6"))).toEqual(["12.3", "%"]);
  });

  it("shows every figure in the row's unit, as the pane and the CLI print it", () => {
    expect(displayFigures(t)).toEqual([
      ["5,159", "120"],
      ["350", "1.234"], // 1,234 千円 = 1.234 百万円, its decimals moved by three places
      ["4億", "12件"], // neither is put on the 百万円 scale
      ["12.3", "0.5"], // the CLI prints the row's % in its unit column
    ]);
  });

  it("converts a unit written into the number format and reads percent formats", () => {
    const f = recognizeTable(
      grid(
        [
          ["(単位:千円)", "令和5年度", "令和6年度"],
          ["市税", 50, 1234],
          ["徴収率", 0.125, 0.9],
        ],
        [[], ["", '#,##0"百万円"', "#,##0"], ["", "0.0%", "0.0%"]]
      )
    );
    expect(inUnit(cellAt(f, "B2"))).toEqual(["50000", "千円"]);
    expect(inUnit(cellAt(f, "C2"))).toEqual(["1234", "千円"]);
    expect(inUnit(cellAt(f, "B3"))).toEqual(["12.5", "%"]);
    expect(displayFigures(f)).toEqual([
      ["50,000", "1,234"],
      ["12.5", "90.0"], // 徴収率 is a % row: the CLI prints the % once, in the row's unit column
    ]);
    expect(f.issues).toEqual([]);
  });

  it("reports a percentage in a money row as a mismatch, not as 千円", () => {
    const f = recognizeTable(
      grid(
        [
          ["(単位:千円)", "令和5年度"],
          ["市税", 0.125],
        ],
        [[], ["", "0.0%"]]
      )
    );
    expect(inUnit(cellAt(f, "B2"))).toEqual(["12.5", "%"]);
    expect(f.issues.map((i) => i.issue.code)).toEqual(["table.unitMismatch"]);
    expect(displayFigures(f)).toEqual([["12.5%"]]);
  });

  it("moves the decimals with the conversion and converts both ends of a range or band", () => {
    const f = recognizeTable(
      grid([
        ["単位:百万円"],
        ["区分", "目標"],
        ["事業費", "1.5億円"],
        ["補助金", "5,000万〜1億円"],
        ["基金", "100万円台"],
      ])
    );
    expect(cellAt(f, "B3").valueDecimals).toBe(0); // printed 1.5 (億円) → 150 (百万円)
    const range = cellAt(f, "B4");
    expect([range.value?.toFixed(), range.upperValue?.toFixed(), range.unit]).toEqual([
      "50",
      "100",
      "百万円",
    ]);
    expect(displayFigures(f)).toEqual([["150"], ["50〜100"], ["1百万円台"]]);
  });
});

describe("displayFigure", () => {
  it.each([
    ["80%台", [], "80%台"],
    ["80%台", ["%"], "80%台"], // a band keeps its unit: 「80台」 alone is unclear
    ["100万円台", [], "100万円台"],
    ["1.5%台", [], "1.5%台"],
    ["10〜20件", [], "10〜20件"],
    ["10〜20件", ["件"], "10〜20"],
    ["1〜2億円", [], "1〜2億円"],
    ["10件〜", [], "10件以上"],
    ["〜20件", [], "20件以下"],
    ["99.0%以上", [], "99%以上"],
    ["約5億円", [], "約5億円"],
  ] as const)("shows %j as %j (implied units %j)", (text, implied, shown) => {
    expect(displayFigure(parseCellValue(text), implied)).toBe(shown);
  });
});
