import * as ExcelJS from "exceljs";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";
import { HOSTILE_TEXTS } from "../portContract";

const TRIANGLE = '#,##0;"△"#,##0';

async function userFile(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("R7 決算");
  ws.getCell("A1").value = 1234;
  ws.getCell("A1").numFmt = TRIANGLE;
  ws.getCell("B1").value = "=abc";
  ws.getCell("B1").numFmt = "@";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("MemoryWorkbook.writeValues", () => {
  it("saves written text as text in the .xlsx, never as a formula, with the cells' formats", async () => {
    const wb = await MemoryWorkbook.fromXlsx(await userFile());
    const row = HOSTILE_TEXTS;
    await wb.writeValues([
      {
        ref: { sheet: "R7 決算", address: `A2:${String.fromCharCode(64 + row.length)}2` },
        values: [row],
      },
    ]);
    await wb.writeValues(
      [{ ref: { sheet: "R7 決算", address: "A1:B1" }, values: [["2018-12-31", 5]] }],
      {
        overwrite: true,
      }
    );
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load((await wb.toXlsx()) as unknown as ArrayBuffer);
    const ws = saved.getWorksheet("R7 決算")!;
    row.forEach((text, c) => {
      const cell = ws.getCell(2, c + 1);
      // " " is written as the text " " (exceljs keeps it); "" would be no cell at all.
      expect({ text, value: cell.value, formula: cell.formula }).toEqual({
        text,
        value: text,
        formula: undefined,
      });
    });
    expect([ws.getCell("A1").value, ws.getCell("A1").numFmt]).toEqual(["2018-12-31", TRIANGLE]);
    // A number into a Text cell: the cell became General so that it holds a number.
    expect(ws.getCell("B1").value).toBe(5);
    expect(ws.getCell("B1").numFmt ?? "General").toBe("General");
    const reopened = await MemoryWorkbook.fromXlsx(await wb.toXlsx());
    const [grid] = await reopened.readCells([
      { sheet: "R7 決算", address: `A2:${String.fromCharCode(64 + row.length)}2` },
    ]);
    expect(grid!.values).toEqual([row]);
    expect(grid!.formulas).toEqual([row.map(() => "")]);
  });

  it("tells its listeners after a write and a restore", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "S", rows: [] }]);
    const changes: number[] = [];
    wb.onChange(() => changes.push(1));
    const { previous } = await wb.writeValues([
      { ref: { sheet: "S", address: "A1" }, values: [[1]] },
    ]);
    await wb.restoreCells([{ ref: { sheet: "S", address: "A1" }, previous: previous[0]! }]);
    expect(changes).toHaveLength(2);
  });
});
