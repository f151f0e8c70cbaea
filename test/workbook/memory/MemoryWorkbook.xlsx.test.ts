import * as ExcelJS from "exceljs";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";

const TRIANGLE = '#,##0;"△"#,##0';

/** A workbook written with exceljs the way a user's file looks. */
async function userFile(date1904 = false): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet("歳入");
  ws.getCell("A1").value = "科目";
  ws.getCell("B1").value = "金額（千円）";
  ws.getCell("A2").value = "地方税";
  ws.getCell("B2").value = 1234567;
  ws.getCell("A3").value = "繰越金";
  ws.getCell("B3").value = -1234;
  ws.getCell("B2").numFmt = TRIANGLE;
  ws.getCell("B3").numFmt = TRIANGLE;
  ws.getCell("A4").value = {
    richText: [{ text: "地方" }, { text: "交付税", font: { bold: true } }],
  };
  ws.getCell("B4").value = { formula: "B2+B3", result: 1233333, date1904 };
  ws.getCell("C2").value = true;
  ws.getCell("C3").value = new Date(Date.UTC(2024, 3, 1));
  ws.getCell("C3").numFmt = "yyyy/m/d";
  ws.getCell("C4").value = { error: "#DIV/0!" };
  ws.getCell("D1").value = "合計欄";
  ws.mergeCells("D1:E2");
  ws.getCell("F1").value = { text: "出典", hyperlink: "https://www.soumu.go.jp/" };
  ws.getColumn(1).width = 24;
  ws.addConditionalFormatting({
    ref: "B2:B3",
    rules: [{ type: "expression", priority: 1, formulae: ["B2<0"], style: {} }],
  });
  wb.addWorksheet("空");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

// Expected values: what Excel's Range.values gives for these cells (serial 45383 = 2024-04-01).
const EXPECTED_VALUES = [
  ["科目", "金額（千円）", "", "合計欄", "", "出典"],
  ["地方税", 1234567, true, "", "", ""],
  ["繰越金", -1234, 45383, "", "", ""],
  ["地方交付税", 1233333, "#DIV/0!", "", "", ""],
];

describe("MemoryWorkbook.fromXlsx", () => {
  it("reads values as Excel's Range.values gives them", async () => {
    const wb = await MemoryWorkbook.fromXlsx(await userFile());
    const grid = await wb.readRange({ sheet: "歳入", address: "A1:F4" });
    expect(grid.values).toEqual(EXPECTED_VALUES);
    expect(grid.numberFormats![1]![1]).toBe(TRIANGLE);
    expect(grid.numberFormats![2]![2]).toBe("yyyy/m/d");
    expect(grid.numberFormats![0]![0]).toBe("General");
    expect(await wb.listSheets()).toEqual(["歳入", "空"]);
    expect(await wb.readUsedRange("空")).toBeNull();
  });

  it("gives dates of a 1904 workbook as 1904 serials", async () => {
    const wb = await MemoryWorkbook.fromXlsx(await userFile(true));
    // The 1904 date system counts from 1904-01-01: 1,462 days after the 1900 system's day 0 (exceljs utils.dateToExcel).
    expect((await wb.readRange({ sheet: "歳入", address: "C3" })).values).toEqual([[43921]]);
  });

  it("keeps a formula beside its cached result", async () => {
    const wb = await MemoryWorkbook.fromXlsx(await userFile());
    const { previous } = await wb.writeFormula({ sheet: "歳入", address: "B4" }, "=ZAISEI.X(B2)", {
      overwrite: true,
    });
    expect(previous).toEqual({ value: 1233333, formula: "=B2+B3", numberFormat: "General" });
  });

  it('reads formulas: a cached result beside its formula, a never-calculated one as ""', async () => {
    const file = new ExcelJS.Workbook();
    const ws = file.addWorksheet("歳入");
    ws.getCell("A1").value = 10;
    ws.getCell("A2").value = 20;
    // A program that writes formulas without calculating them saves no result (no <v>).
    ws.getCell("B1").value = { formula: "A1*2", date1904: false };
    ws.getCell("B2").value = { sharedFormula: "B1", result: 40, date1904: false };
    ws.getCell("C1").value = { formula: "SUM(A1:A2)", result: 30, date1904: false };
    const wb = await MemoryWorkbook.fromXlsx(new Uint8Array(await file.xlsx.writeBuffer()));
    const grid = await wb.readRange({ sheet: "歳入", address: "A1:C2" }, { formulas: true });
    expect(grid.values).toEqual([
      [10, "", 30],
      [20, 40, ""],
    ]);
    expect(grid.formulas).toEqual([
      ["", "=A1*2", "=SUM(A1:A2)"],
      ["", "=A2*2", ""],
    ]);
  });

  it("rejects bytes that are not a workbook", async () => {
    await expect(
      MemoryWorkbook.fromXlsx(new TextEncoder().encode("歳入,1234"))
    ).rejects.toMatchObject({ code: "workbook.notXlsx" });
  });
});

describe("MemoryWorkbook.toXlsx", () => {
  it("survives write → read → write → read with values, formats and Japanese text", async () => {
    const once = await MemoryWorkbook.fromXlsx(await userFile());
    const twice = await MemoryWorkbook.fromXlsx(await once.toXlsx());
    const thrice = await MemoryWorkbook.fromXlsx(await twice.toXlsx());
    for (const wb of [twice, thrice]) {
      const grid = await wb.readRange({ sheet: "歳入", address: "A1:F4" });
      expect(grid.values).toEqual(EXPECTED_VALUES);
      expect(grid.numberFormats).toEqual(
        (await once.readRange({ sheet: "歳入", address: "A1:F4" })).numberFormats
      );
    }
  });

  it("keeps what it does not model: widths, merges, the user's conditional formats", async () => {
    const wb = await MemoryWorkbook.fromXlsx(await userFile());
    const out = new ExcelJS.Workbook();
    await out.xlsx.load((await wb.toXlsx()) as unknown as ArrayBuffer);
    const ws = out.getWorksheet("歳入")!;
    expect(ws.getColumn(1).width).toBe(24);
    expect(ws.getCell("E2").isMerged).toBe(true);
    // exceljs keeps conditional formats on the sheet model but leaves them out of its typings.
    const rules = (ws as unknown as { conditionalFormattings: { ref: string }[] })
      .conditionalFormattings;
    expect(rules.map((cf) => cf.ref)).toEqual(["B2:B3"]);
  });

  it("saves a written formula and, after restoreCell, the original value", async () => {
    const wb = await MemoryWorkbook.fromXlsx(await userFile());
    const { previous } = await wb.writeFormula(
      { sheet: "歳入", address: "C5" },
      "=ZAISEI.X(B2,B3)"
    );
    const withFormula = await MemoryWorkbook.fromXlsx(await wb.toXlsx());
    const { previous: saved } = await withFormula.writeFormula(
      { sheet: "歳入", address: "C5" },
      "=1",
      { overwrite: true }
    );
    expect(saved.formula).toBe("=ZAISEI.X(B2,B3)");
    await wb.restoreCell({ sheet: "歳入", address: "C5" }, previous);
    const restored = await MemoryWorkbook.fromXlsx(await wb.toXlsx());
    expect((await restored.readRange({ sheet: "歳入", address: "A1:F4" })).values).toEqual(
      EXPECTED_VALUES
    );
    expect(await restored.readUsedRange("歳入")).toMatchObject({ top: 0, left: 0 });
    expect((await restored.readUsedRange("歳入"))!.values).toHaveLength(4);
  });

  it("does not persist settings, marks or charts, and adds no sheet for them", async () => {
    const wb = await MemoryWorkbook.fromXlsx(await userFile());
    await wb.setSetting("lang", "ja");
    await wb.setMarks("check", [{ sheet: "歳入", address: "B2", severity: "error" }]);
    const back = await MemoryWorkbook.fromXlsx(await wb.toXlsx());
    expect(await back.getSetting("lang")).toBeUndefined();
    expect(back.getMarks()).toEqual([]);
    expect(await back.listSheets()).toEqual(["歳入", "空"]);
  });

  it("builds a file from sheets made in memory", async () => {
    const wb = MemoryWorkbook.fromSheets([
      { name: "決算", rows: [["歳入合計", -500]], numberFormats: [["General", TRIANGLE]] },
    ]);
    const back = await MemoryWorkbook.fromXlsx(await wb.toXlsx());
    expect(await back.readRange({ sheet: "決算", address: "A1:B1" })).toEqual({
      sheet: "決算",
      top: 0,
      left: 0,
      values: [["歳入合計", -500]],
      numberFormats: [["General", TRIANGLE]],
    });
  });
});

describe("MemoryWorkbook own sheets and protection in .xlsx", () => {
  it("knows a sheet protected in the file and refuses marks there", async () => {
    const file = new ExcelJS.Workbook();
    const ws = file.addWorksheet("保護");
    ws.getCell("A1").value = 1;
    await ws.protect("", {});
    file.addWorksheet("自由").getCell("A1").value = 2;
    const wb = await MemoryWorkbook.fromXlsx(new Uint8Array(await file.xlsx.writeBuffer()));
    await expect(
      wb.setMarks("check", [{ sheet: "保護", address: "A1", severity: "error" }])
    ).rejects.toMatchObject({ code: "workbook.sheetProtected", params: { sheet: "保護" } });
    await wb.setMarks("check", [{ sheet: "自由", address: "A1", severity: "error" }]);
    expect(await wb.listMarks()).toHaveLength(1);
  });

  it("saves a sheet made by addSheet with its cells, text formats and column widths", async () => {
    const wb = await MemoryWorkbook.fromXlsx(await userFile());
    const name = await wb.addSheet("検算結果");
    await wb.writeCells({ sheet: name, address: "A1" }, [["=SUM(A1)", 12]], {
      columnWidths: [48],
    });
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load((await wb.toXlsx()) as unknown as ArrayBuffer);
    const ws = saved.getWorksheet(name)!;
    expect(ws.getCell("A1").value).toBe("=SUM(A1)");
    expect(ws.getCell("A1").numFmt).toBe("@");
    expect(ws.getCell("B1").value).toBe(12);
    expect(ws.getColumn(1).width).toBeCloseTo(8.43, 1);
    const back = await MemoryWorkbook.fromXlsx(await wb.toXlsx());
    expect((await back.readRange({ sheet: name, address: "A1:B1" })).values).toEqual([
      ["=SUM(A1)", 12],
    ]);
  });

  it("saves an added sheet of a workbook made in memory", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "歳入", rows: [[1]] }]);
    const name = await wb.addSheet("作業");
    await wb.writeCells({ sheet: name, address: "B2" }, [["0123"]], { columnWidths: [96] });
    const back = await MemoryWorkbook.fromXlsx(await wb.toXlsx());
    expect(await back.listSheets()).toEqual(["歳入", "作業"]);
    expect((await back.readRange({ sheet: name, address: "B2" })).values).toEqual([["0123"]]);
  });
});
