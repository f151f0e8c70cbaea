import { findSheetName, sheetNameKey } from "../../../src/workbook/memory/sheetName";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";
import { MemorySheet } from "../../../src/workbook/memory/MemorySheet";

describe("findSheetName", () => {
  const names = ["中長期財政見通し", "KPI", "Outlook", "outlook"];

  it("finds a name case-insensitively, preferring the exact spelling", () => {
    expect(findSheetName(names, "kpi")).toBe("KPI");
    expect(findSheetName(names, "outlook")).toBe("outlook");
    expect(findSheetName(names, "OUTLOOK")).toBe("Outlook");
  });

  it("compares after NFC normalisation", () => {
    const decomposed = "ガス".normalize("NFD");
    expect(decomposed).not.toBe("ガス");
    expect(findSheetName(["ガス"], decomposed)).toBe("ガス");
    expect(sheetNameKey(decomposed)).toBe(sheetNameKey("ガス"));
  });

  it("finds nothing for another name", () => {
    expect(findSheetName(names, "歳入")).toBeUndefined();
  });
});

describe("MemoryWorkbook sheet lookup", () => {
  it("reads a sheet named in another case, as Excel's getItem does", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "Outlook", rows: [["市税", 1]] }]);
    const grid = await wb.readUsedRange("OUTLOOK");
    expect([grid?.sheet, grid?.values]).toEqual(["Outlook", [["市税", 1]]]);
  });
});

describe("MemoryWorkbook.fromMemorySheets", () => {
  it("hands a sheet's cells over with the first read when releaseOnRead is set", async () => {
    const sheet = new MemorySheet("表");
    sheet.setCell(0, 0, { value: 5159 });
    const wb = MemoryWorkbook.fromMemorySheets([sheet], { releaseOnRead: true });
    expect((await wb.readUsedRange("表"))?.values).toEqual([[5159]]);
    expect(await wb.readUsedRange("表")).toBeNull();
  });
});

describe("MemorySheet.clearMergedFollowers", () => {
  it("empties every cell of a merged area but its top-left one", () => {
    const sheet = new MemorySheet("表");
    for (let r = 0; r < 2; r++)
      for (let c = 0; c < 3; c++) sheet.setCell(r, c, { value: r * 3 + c + 1 });
    sheet.clearMergedFollowers({ top: 0, left: 0, rows: 2, cols: 2 });
    expect([0, 1].map((r) => [0, 1, 2].map((c) => sheet.getCell(r, c).value))).toEqual([
      [1, "", 3],
      ["", "", 6],
    ]);
  });
});
