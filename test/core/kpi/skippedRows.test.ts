import type { CellValue } from "../../../src/core/grid";
import { recognizeKpiRegister } from "../../../src/core/kpi/recognizeKpiRegister";
import type { KpiRegister } from "../../../src/core/kpi/types";
import { formatMessage } from "../../../src/core/messages";
import { gridOf } from "./kpiGrids";

const HEAD: CellValue[] = [
  "No",
  "指標",
  "単位",
  "方向",
  "目標の種類",
  "目標年度",
  "目標値",
  "R7計画",
  "R7実績",
];

function read(rows: CellValue[][], formats?: string[][]): KpiRegister {
  const grid = gridOf([HEAD, ...rows]);
  if (formats) grid.numberFormats = formats;
  const result = recognizeKpiRegister(grid);
  if (!result.ok) throw new Error(formatMessage(result.issue));
  return result.register;
}

describe("recognizeKpiRegister skipped rows", () => {
  it.each([
    [
      "an unknown direction",
      [1, "件数", "件", "横ばい", "", "", 10, "", ""],
      "kpiRegister.unknownDirection",
      "D2",
    ],
    [
      "an unknown target type",
      [1, "件数", "件", "増加", "適宜", "", 10, "", ""],
      "kpiRegister.unknownTargetType",
      "E2",
    ],
    [
      "an actual in 件 where 円 belongs",
      [1, "収入額", "円", "増加", "", "", 100, 50, "3件"],
      "kpiRegister.unitMismatch",
      "I2",
    ],
    [
      "a target in % in a 件 row",
      [1, "件数", "件", "増加", "", "", "50%", "", ""],
      "kpiRegister.unitMismatch",
      "G2",
    ],
    [
      "text where a number belongs",
      [1, "件数", "件", "増加", "", "", 10, "調整中", ""],
      "kpiRegister.textInNumber",
      "H2",
    ],
    [
      "an Excel error value",
      [1, "件数", "件", "増加", "", "", 10, "#DIV/0!", ""],
      "kpiRegister.errorValue",
      "H2",
    ],
    [
      "an unreadable number",
      [1, "件数", "件", "増加", "", "", "1,2,3", "", ""],
      "kpiRegister.unreadableNumber",
      "G2",
    ],
    [
      "an unreadable goal year",
      [1, "件数", "件", "増加", "", "いつか", 10, "", ""],
      "kpiRegister.badYear",
      "F2",
    ],
    [
      "a blank direction the target does not give",
      [1, "件数", "件", "", "", "", 10, "", ""],
      "kpiRegister.noDirection",
      "D2",
    ],
  ] as [string, CellValue[], string, string][])(
    "skips a row with %s, naming the cell",
    (_name, row, code, cell) => {
      const reg = read([row]);
      expect(reg.items).toEqual([]);
      expect(reg.skipped).toHaveLength(1);
      expect([
        reg.skipped[0]!.row,
        reg.skipped[0]!.no,
        reg.skipped[0]!.cell,
        reg.skipped[0]!.reason.code,
      ]).toEqual([2, "1", cell, code]);
      // The reason is a catalogue message in both languages.
      expect(formatMessage(reg.skipped[0]!.reason, "ja")).not.toMatch(/\{\w+\}/);
      expect(formatMessage(reg.skipped[0]!.reason, "en")).not.toMatch(/\{\w+\}/);
    }
  );

  it("skips a row whose 下限 is above its 上限", () => {
    const grid = gridOf([
      ["No", "指標", "単位", "方向", "下限", "上限"],
      [1, "比率", "%", "範囲", 90, 80],
    ]);
    const result = recognizeKpiRegister(grid);
    expect(result.ok && result.register.skipped.map((s) => [s.cell, s.reason.code])).toEqual([
      ["E2", "kpiRegister.boundsReversed"],
    ]);
  });

  it("skips a date in a money column as a date, not as its serial number", () => {
    const formats = [
      HEAD.map(() => "General"),
      HEAD.map((_h, c) => (c === 8 ? "yyyy/m/d" : "General")),
    ];
    const reg = read([[1, "収入額", "円", "増加", "", "", 100, 90, 45000]], formats);
    expect(reg.skipped.map((s) => [s.cell, s.reason])).toEqual([
      ["I2", { code: "kpiRegister.dateInNumber", params: { cell: "I2", text: "2023-03-15" } }],
    ]);
  });

  it("keeps reading the other rows after a skipped one", () => {
    const reg = read([
      [1, "件数", "件", "横ばい", "", "", 10, "", ""],
      [2, "件数", "件", "増加", "", "", 10, 5, 4],
    ]);
    expect(reg.items.map((i) => i.no)).toEqual(["2"]);
    expect(reg.skipped.map((s) => s.no)).toEqual(["1"]);
  });
});
