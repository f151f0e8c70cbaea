import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";

/**
 * Workbooks a user (or an attacker) could hand the CLI, built into a folder on demand so that no
 * binary fixture sits in the repository: `npx tsx scripts/build-hostile-workbooks.ts <dir>`
 * writes them all for a look in Excel; tests call the builders they need into a temp folder.
 */

const YEARS = ["令和2年度", "令和3年度", "令和4年度", "令和5年度"];
const MONEY_FORMAT = '#,##0;"△ "#,##0';

/** Characters a cell may hold that must never reach a terminal raw. */
export const CONTROL_SAMPLES = {
  bell: "\u0007",
  escape: "\u001b",
  delete: "\u007f",
  c1: "\u009b",
  bidiOverride: "\u202e",
  zeroWidth: "\u200b",
} as const;

/** A plain 財政見通し-shaped sheet: caption with the unit, a year header, then item rows. */
function financeSheet(
  ws: ExcelJS.Worksheet,
  rows: (string | number | Date | ExcelJS.CellErrorValue)[][],
  years = YEARS
): void {
  ws.addRow(["中長期財政見通し", "", "単位:千円"]);
  ws.addRow(["区分", ...years]);
  for (const row of rows) {
    const added = ws.addRow(row);
    added.eachCell((cell, col) => {
      if (col > 1 && !(cell.value instanceof Date)) cell.numFmt = MONEY_FORMAT;
    });
  }
}

async function save(wb: ExcelJS.Workbook, file: string): Promise<string> {
  await wb.xlsx.writeFile(file);
  return file;
}

/**
 * OOXML writes characters XML cannot hold as `_xHHHH_` (ECMA-376 Part 1, 22.9.2.19 ST_Xstring),
 * which is how Excel saves a cell holding ESC or BEL; exceljs drops such characters instead, so
 * the placeholder `⟦HHHH⟧` is replaced in the saved XML.
 */
async function escapeControlPlaceholders(file: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  for (const name of Object.keys(zip.files)) {
    if (!name.endsWith(".xml")) continue;
    const xml = await zip.file(name)!.async("string");
    zip.file(
      name,
      xml.replace(/⟦([0-9A-F]{4})⟧/g, (_m, hex: string) => `_x${hex}_`)
    );
  }
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** Every data cell 「－」 (none, not zero) under the header. */
export async function dashesWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  financeSheet(wb.addWorksheet("見通し"), [
    ["市税", "－", "－", "－", "－"],
    ["地方交付税", "-", "‐", "―", "－"],
  ]);
  return save(wb, join(dir, "dashes.xlsx"));
}

/** Cached Excel errors in figure cells (#DIV/0!, #N/A, #REF!, #VALUE!). */
export async function excelErrorsWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const err = (error: ExcelJS.ErrorValue): ExcelJS.CellErrorValue => ({ error });
  financeSheet(wb.addWorksheet("見通し"), [
    ["市税", 5159, err("#DIV/0!" as ExcelJS.ErrorValue), 5200, err("#N/A" as ExcelJS.ErrorValue)],
    [
      "地方交付税",
      err("#REF!" as ExcelJS.ErrorValue),
      4100,
      err("#VALUE!" as ExcelJS.ErrorValue),
      4000,
    ],
  ]);
  return save(wb, join(dir, "excel-errors.xlsx"));
}

/** Dates typed into money columns (a pasted 2024/4/1 where 4,100 belongs). */
export async function datesInMoneyWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  financeSheet(wb.addWorksheet("見通し"), [
    ["市税", 5159, new Date(Date.UTC(2024, 3, 1)), 5200, 5300],
    ["地方交付税", new Date(Date.UTC(2025, 2, 31)), 4100, 4050, 4000],
  ]);
  return save(wb, join(dir, "dates-in-money.xlsx"));
}

/** A two-row header whose first row is merged across the years. */
export async function mergedHeadersWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("見通し");
  ws.addRow(["中長期財政見通し", "", "", "単位:百万円"]);
  ws.addRow(["区分", "決算", "", "見込み", ""]);
  ws.addRow(["", ...YEARS]);
  ws.mergeCells("B2:C2");
  ws.mergeCells("D2:E2");
  ws.mergeCells("A2:A3");
  ws.addRow(["市税", 5159, 5200, 5250, 5300]);
  ws.addRow(["地方交付税", 4100, 4050, 4000, 3950]);
  return save(wb, join(dir, "merged-headers.xlsx"));
}

/** Years newest first (令和5年度 … 令和2年度). */
export async function newestFirstWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  financeSheet(
    wb.addWorksheet("見通し"),
    [
      ["市税", 5300, 5250, 5200, 5159],
      ["地方交付税", 3950, 4000, 4050, 4100],
    ],
    [...YEARS].reverse()
  );
  return save(wb, join(dir, "newest-first.xlsx"));
}

/**
 * Control characters in labels, figures and the sheet name: BEL, ESC (a terminal escape
 * sequence that would clear the screen), DEL, a C1 CSI, a right-to-left override, a zero-width space.
 */
export async function controlCharactersWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("見通し\u200b");
  financeSheet(ws, [
    ["市税⟦0007⟧", 5159, 5200, 5250, 5300],
    ["交付税⟦001B⟧[2J", 4100, 4050, 4000, 3950],
    [`地方債${CONTROL_SAMPLES.c1}31m${CONTROL_SAMPLES.bidiOverride}abc`, 100, 200, 300, 400],
    [`繰入金${CONTROL_SAMPLES.zeroWidth}⟦007F⟧`, "12⟦001B⟧3", 1, 2, 3],
  ]);
  const file = await save(wb, join(dir, "control-characters.xlsx"));
  await escapeControlPlaceholders(file);
  return file;
}

/** One label of 5,000 characters among short ones. */
export async function longCellWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  financeSheet(wb.addWorksheet("見通し"), [
    ["市税", 5159, 5200, 5250, 5300],
    [`長い見出し${"あ".repeat(5000)}`, 4100, 4050, 4000, 3950],
    ["地方債", 100, 200, 300, 400],
  ]);
  return save(wb, join(dir, "long-cell.xlsx"));
}

/** Sheets in the order veryHidden, hidden, visible: only the last may be the default. */
export async function hiddenSheetsWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const secret = wb.addWorksheet("設定", { state: "veryHidden" });
  secret.addRow(["内部", 1]);
  const hidden = wb.addWorksheet("作業", { state: "hidden" });
  hidden.addRow(["作業用", 2]);
  financeSheet(wb.addWorksheet("Outlook"), [["市税", 5159, 5200, 5250, 5300]]);
  return save(wb, join(dir, "hidden-sheets.xlsx"));
}

/** Only hidden sheets (a workbook whose sheets were all hidden by a macro). */
export async function onlyHiddenSheetsWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("設定", { state: "veryHidden" }).addRow(["内部", 1]);
  financeSheet(wb.addWorksheet("見通し", { state: "hidden" }), [["市税", 5159, 5200, 5250, 5300]]);
  return save(wb, join(dir, "only-hidden-sheets.xlsx"));
}

/** Only a very hidden sheet: nothing may be chosen without --sheet. */
export async function onlyVeryHiddenWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  financeSheet(wb.addWorksheet("設定", { state: "veryHidden" }), [["市税", 1, 2, 3, 4]]);
  return save(wb, join(dir, "only-very-hidden.xlsx"));
}

/** `count` sheets named 表1 … 表N (the missing-sheet message must not list them all). */
export async function manySheetsWorkbook(dir: string, count = 30): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (let i = 1; i <= count; i++) wb.addWorksheet(`表${i}`).addRow(["市税", i]);
  return save(wb, join(dir, "many-sheets.xlsx"));
}

/** A valid workbook package whose workbook part lists no sheet (Excel never saves one; other tools do). */
export async function noWorksheetsWorkbook(dir: string): Promise<string> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
  );
  zip.file(
    "xl/workbook.xml",
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets/></workbook>'
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
  );
  const file = join(dir, "no-worksheets.xlsx");
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
  return file;
}

/** A zip archive that is not a workbook (what a renamed .zip or .docx looks like). */
export async function notWorkbookZip(dir: string): Promise<string> {
  const zip = new JSZip();
  zip.file("readme.txt", "not a workbook");
  zip.file("word/document.xml", "<document/>");
  const file = join(dir, "not-a-workbook.xlsx");
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
  return file;
}

/**
 * What Excel writes for ファイル → 情報 → ブックの保護 → パスワードを使用して暗号化: not a zip but an OLE
 * compound file (signature D0 CF 11 E0 A1 B1 1A E1, [MS-CFB]) holding the streams
 * "EncryptionInfo" and "EncryptedPackage" ([MS-OFFCRYPTO] 2.3.4). Only the parts a reader
 * looks at are real: the header and two directory entries, names in UTF-16LE.
 */
export function fakeEncryptedWorkbook(dir: string): string {
  const bytes = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  bytes.writeUInt16LE(0x003e, 0x18); // minor version
  bytes.writeUInt16LE(0x0003, 0x1a); // major version 3 (512-byte sectors)
  bytes.writeUInt16LE(0xfffe, 0x1c); // little-endian byte order mark
  bytes.writeUInt16LE(9, 0x1e); // sector shift: 2^9 = 512
  const entry = (offset: number, name: string): void => {
    bytes.write(name, offset, "utf16le");
    bytes.writeUInt16LE((name.length + 1) * 2, offset + 0x40);
    bytes.writeUInt8(2, offset + 0x42); // stream object
  };
  entry(1024, "Root Entry");
  entry(1024 + 128, "EncryptionInfo");
  entry(1024 + 256, "EncryptedPackage");
  const file = join(dir, "encrypted.xlsx");
  writeFileSync(file, bytes);
  return file;
}

/** An .xls of Excel 97–2003: an OLE compound file without encryption streams. */
export function legacyXlsWorkbook(dir: string): string {
  const bytes = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  bytes.write("Root Entry", 1024, "utf16le");
  bytes.write("Workbook", 1024 + 128, "utf16le");
  const file = join(dir, "legacy.xlsx");
  writeFileSync(file, bytes);
  return file;
}

/**
 * A long sheet streamed to disk (exceljs's streaming writer, so building it costs little memory):
 * caption, year header, then `rows` item rows of `cols - 1` figures each. With `unreadable`,
 * every figure is text that cannot be read safely (「1,2,3」: misplaced thousands separators).
 *
 * @example await largeWorkbook(dir, "130k.xlsx", { rows: 130_000, cols: 4 })
 */
export async function largeWorkbook(
  dir: string,
  name: string,
  options: { rows: number; cols: number; unreadable?: boolean }
): Promise<string> {
  const file = join(dir, name);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: false,
    useStyles: true,
  });
  const ws = wb.addWorksheet("data");
  ws.addRow(["大きな表", "", "単位:千円"]).commit();
  const years: string[] = [];
  for (let c = 1; c < options.cols; c++) years.push(`${2000 + c}年度`);
  ws.addRow(["区分", ...years]).commit();
  for (let r = 0; r < options.rows; r++) {
    const row: (string | number)[] = [`項目${r + 1}`];
    for (let c = 1; c < options.cols; c++)
      row.push(options.unreadable ? "1,2,3" : ((r * 31 + c * 7) % 100_000) - 1000);
    ws.addRow(row).commit();
  }
  ws.commit();
  await wb.commit();
  return file;
}

/** Builds every small hostile workbook (not the large ones) into `dir`; returns their paths by name. */
export async function buildHostileWorkbooks(dir: string): Promise<Record<string, string>> {
  return {
    dashes: await dashesWorkbook(dir),
    excelErrors: await excelErrorsWorkbook(dir),
    datesInMoney: await datesInMoneyWorkbook(dir),
    mergedHeaders: await mergedHeadersWorkbook(dir),
    newestFirst: await newestFirstWorkbook(dir),
    controlCharacters: await controlCharactersWorkbook(dir),
    longCell: await longCellWorkbook(dir),
    hiddenSheets: await hiddenSheetsWorkbook(dir),
    onlyHiddenSheets: await onlyHiddenSheetsWorkbook(dir),
    onlyVeryHidden: await onlyVeryHiddenWorkbook(dir),
    manySheets: await manySheetsWorkbook(dir),
    noWorksheets: await noWorksheetsWorkbook(dir),
    notWorkbook: await notWorkbookZip(dir),
    encrypted: fakeEncryptedWorkbook(dir),
    legacyXls: legacyXlsWorkbook(dir),
  };
}
