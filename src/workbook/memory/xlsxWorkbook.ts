// exceljs's package.json has a "browser" field (dist/exceljs.min.js, a self-contained bundle), so
// webpack gives the task pane's browser host that build, and node gets lib/ with its zip streams;
// a namespace import works with both (CommonJS interop), and nothing here imports node built-ins.
import * as ExcelJS from "exceljs";
import { WorkbookError } from "../port";
import { MemorySheet } from "./MemorySheet";
import { cellFromXlsx, cellToXlsx } from "./xlsxCells";

export type XlsxWorkbook = ExcelJS.Workbook;

/**
 * Loads .xlsx bytes into memory sheets, keeping the exceljs workbook as the source to save back
 * (so styles, widths, conditional formats, validations and defined names the memory model does
 * not know about survive a round trip). Rejects with "workbook.notXlsx" for anything else.
 *
 * @example const { sheets, source } = await readXlsx(await fs.readFile("決算カード.xlsx"))
 */
export async function readXlsx(
  data: ArrayBuffer | Uint8Array
): Promise<{ sheets: MemorySheet[]; source: XlsxWorkbook }> {
  const source = new ExcelJS.Workbook();
  try {
    await source.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookError("workbook.notXlsx", {
      detail: e instanceof Error ? e.message : String(e),
    });
  }
  const date1904 = source.properties.date1904 === true;
  const sheets = source.worksheets.map((ws) => {
    const sheet = new MemorySheet(ws.name);
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        sheet.setCell(rowNumber - 1, colNumber - 1, cellFromXlsx(cell, date1904));
      });
    });
    return sheet;
  });
  return { sheets, source };
}

/**
 * An exceljs column width (characters of the default font's digit) for a width in points, for
 * Calibri 11 as Excel's default: a digit is 7 px wide plus 5 px padding, 96 px per 72 pt.
 *
 * @example pointsToCharacters(48) // ≈ 8.43, Excel's default column
 */
export function pointsToCharacters(points: number): number {
  return Math.max(0, Math.round((((points * 96) / 72 - 5) / 7) * 100) / 100);
}

/**
 * Builds a new exceljs workbook from memory sheets (for workbooks made with `fromSheets`).
 *
 * @example const wb = buildXlsx([sheet]); await wb.xlsx.writeBuffer()
 */
export function buildXlsx(sheets: MemorySheet[]): XlsxWorkbook {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const { row, col, cell } of sheet.cells()) cellToXlsx(ws.getCell(row + 1, col + 1), cell);
    for (const [col, points] of sheet.columnWidths)
      ws.getColumn(col + 1).width = pointsToCharacters(points);
  }
  return wb;
}

/**
 * Serialises an exceljs workbook to .xlsx bytes (a plain Uint8Array in node and in browsers).
 *
 * @example const bytes = await writeXlsx(wb)
 */
export async function writeXlsx(wb: XlsxWorkbook): Promise<Uint8Array> {
  const out = (await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer | Uint8Array;
  // A node Buffer is a Uint8Array subclass: copy it into a plain one; an ArrayBuffer is viewed.
  return out instanceof Uint8Array ? Uint8Array.from(out) : new Uint8Array(out);
}
