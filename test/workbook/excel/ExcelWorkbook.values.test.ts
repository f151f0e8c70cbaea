import type { CellValue } from "../../../src/core/grid";
import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import { MAX_VALUE_CELLS, WorkbookError, type RangeRef } from "../../../src/workbook/port";
import { createFakeExcel, type FakeOptions } from "../../fakes/fake-excel";

const TRIANGLE = '#,##0;"△"#,##0';
const at = (address: string, sheet = "歳入"): RangeRef => ({ sheet, address });

function setup(options: FakeOptions = {}, readBudget?: { payloadBytes: number }) {
  const rows: CellValue[][] = [
    ["科目", "金額", "備考"],
    ["地方税", 1234, "=abc"],
  ];
  const fake = createFakeExcel(
    {
      sheets: [
        { name: "歳入", rows, numberFormats: [[], ["General", TRIANGLE, "@"]] },
        { name: "R7 決算", rows: [] },
      ],
    },
    options
  );
  return { fake, wb: new ExcelWorkbook(fake.run, readBudget ? { readBudget } : {}) };
}

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof WorkbookError) return e.code;
    throw e;
  }
}

describe("ExcelWorkbook.readCells", () => {
  it("reads 100 small ranges on two sheets in one sync", async () => {
    const { fake, wb } = setup();
    const refs = Array.from({ length: 100 }, (_, i) =>
      i % 2 ? at(`B${i + 1}:D${i + 1}`) : at(`A${i + 1}`, "R7 決算")
    );
    const grids = await wb.readCells(refs);
    expect(grids).toHaveLength(100);
    expect(grids[1]).toMatchObject({ top: 1, left: 1, values: [[1234, "=abc", ""]] });
    expect(fake.syncCount).toBe(1);
  });

  it("makes no sync for no references", async () => {
    const { fake, wb } = setup();
    expect(await wb.readCells([])).toEqual([]);
    expect(fake.syncCount).toBe(0);
  });

  it("names the missing sheet with one more sync, only when one is missing", async () => {
    const { fake, wb } = setup();
    await expect(wb.readCells([at("A1"), at("A1", "歳出")])).rejects.toMatchObject({
      code: "workbook.noSuchSheet",
      params: { sheet: "歳出" },
    });
    expect(fake.syncCount).toBe(2);
  });

  it("splits the read when a sync's response is too large for the web, and still reads all", async () => {
    const label = "財政健全化判断比率の算定に用いる数値";
    const rows = Array.from({ length: 4000 }, () => Array.from({ length: 12 }, () => label));
    const fake = createFakeExcel({ sheets: [{ name: "S", rows }] });
    // A budget that thinks everything fits in one sync: the 5 MB limit refuses it, halves follow.
    const wb = new ExcelWorkbook(fake.run, { readBudget: { payloadBytes: 1e9 } });
    const refs = Array.from({ length: 4 }, (_, i) =>
      at(`A${i * 1000 + 1}:L${i * 1000 + 1000}`, "S")
    );
    const grids = await wb.readCells(refs);
    expect(grids.map((g) => g.values.length)).toEqual([1000, 1000, 1000, 1000]);
    expect(fake.counters.payloadFailures).toBeGreaterThan(0);
    expect(fake.syncCount).toBeGreaterThan(2);
  });

  it("names a range that Excel answers null for as unreadable, after reading the others apart", async () => {
    const fake = createFakeExcel(
      { sheets: [{ name: "S", rows: [[1, 2, 3, 4, 5]] }] },
      { maxGetCells: 4 }
    );
    const wb = new ExcelWorkbook(fake.run);
    await expect(wb.readCells([at("A1:D1", "S"), at("A1:E1", "S")])).rejects.toMatchObject({
      code: "workbook.readFailed",
      params: { address: "A1:E1" },
    });
    // The first sync read both; the null one was retried alone, then named.
    expect(fake.syncCount).toBe(2);
  });

  it("refuses more than MAX_VALUE_CELLS cells before any sync", async () => {
    const { fake, wb } = setup();
    expect(await code(wb.readCells([at(`A1:A${MAX_VALUE_CELLS + 1}`)]))).toBe(
      "workbook.tooManyCells"
    );
    expect(fake.syncCount).toBe(0);
  });

  it("maps the user still editing a cell to cellEditMode", async () => {
    const { fake, wb } = setup();
    fake.failNextSync("InvalidOperationInCellEditMode");
    expect(await code(wb.readCells([at("A1")]))).toBe("workbook.cellEditMode");
  });
});

describe("ExcelWorkbook.writeValues", () => {
  it("writes blocks on two sheets in two syncs", async () => {
    const { fake, wb } = setup();
    await wb.writeValues([
      { ref: at("E1:F1"), values: [[12.7, "－"]] },
      { ref: at("B2", "R7 決算"), values: [["=cmd|' /C calc'!A0"]] },
    ]);
    expect(fake.syncCount).toBe(2);
    expect(fake.cell("R7 決算", "B2")).toEqual({
      value: "=cmd|' /C calc'!A0",
      formula: null,
      numberFormat: "General",
    });
  });

  it("refuses a non-empty cell after one sync, before any write", async () => {
    const { fake, wb } = setup();
    const before = fake.cell("歳入", "B2");
    await expect(
      wb.writeValues([
        { ref: at("E1"), values: [[1]] },
        { ref: at("B2"), values: [[2]] },
      ])
    ).rejects.toMatchObject({ code: "workbook.cellNotEmpty", params: { address: "B2" } });
    expect(fake.syncCount).toBe(1);
    expect(fake.cell("歳入", "E1").value).toBe("");
    expect(fake.cell("歳入", "B2")).toEqual(before);
  });

  it("keeps text as text through the Text format, then the cell's own format", async () => {
    const { fake, wb } = setup();
    const { previous } = await wb.writeValues([{ ref: at("B2"), values: [["2018-12-31"]] }], {
      overwrite: true,
    });
    expect(fake.cell("歳入", "B2")).toEqual({
      value: "2018-12-31",
      formula: null,
      numberFormat: TRIANGLE,
    });
    expect(previous).toEqual([[[{ value: 1234, formula: null, numberFormat: TRIANGLE }]]]);
    await wb.restoreCells([{ ref: at("B2"), previous: previous[0]! }]);
    expect(fake.cell("歳入", "B2")).toEqual({ value: 1234, formula: null, numberFormat: TRIANGLE });
  });

  it("writes more than a web request can carry in more syncs, every cell as text", async () => {
    const label = "財政健全化判断比率の算定に用いる数値のうち標準財政規模";
    const rows = Array.from({ length: 10_000 }, () => [label, label, label, label, `${label}=`]);
    const { fake, wb } = setup();
    await wb.writeValues([{ ref: at("A11:E10010", "R7 決算"), values: rows }]);
    expect(fake.counters.payloadFailures).toBe(0);
    expect(fake.syncCount).toBeGreaterThan(2);
    expect(fake.cell("R7 決算", "E10010")).toMatchObject({ value: `${label}=`, formula: null });
  });

  it("refuses a protected sheet after one sync", async () => {
    const { fake, wb } = setup();
    fake.protect("R7 決算");
    expect(
      await code(
        wb.writeValues([
          { ref: at("E1"), values: [[1]] },
          { ref: at("A1", "R7 決算"), values: [[1]] },
        ])
      )
    ).toBe("workbook.cellsProtected");
    expect(fake.syncCount).toBe(1);
    expect(fake.cell("歳入", "E1").value).toBe("");
  });
});

describe("ExcelWorkbook.restoreCells", () => {
  it("puts a formula, text in a Text cell and a number back in two syncs", async () => {
    const { fake, wb } = setup({ formulaResult: (f) => (f === "=B2*2" ? 2468 : "#NAME?") });
    await wb.restoreCells([
      {
        ref: at("A3:C3"),
        previous: [
          [
            { value: 2468, formula: "=B2*2", numberFormat: "@" },
            { value: "=abc", formula: null, numberFormat: "@" },
            { value: 5, formula: null, numberFormat: "@" },
          ],
        ],
      },
    ]);
    expect(fake.syncCount).toBe(2);
    expect([fake.cell("歳入", "A3"), fake.cell("歳入", "B3"), fake.cell("歳入", "C3")]).toEqual([
      { value: 2468, formula: "=B2*2", numberFormat: "@" },
      { value: "=abc", formula: null, numberFormat: "@" },
      { value: 5, formula: null, numberFormat: "@" },
    ]);
  });
});
