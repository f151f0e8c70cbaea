import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import JSZip from "jszip";
import { XlsxPackage, XlsxFormatError } from "../../../src/cli/xlsx/xlsx-package";
import { readXlsx } from "../../../src/workbook/memory/xlsxWorkbook";
import type { MemorySheet } from "../../../src/workbook/memory/MemorySheet";
import { buildHostileWorkbooks } from "../hostile-workbooks";

const repoRoot = resolve(__dirname, "..", "..", "..");
const samples = join(repoRoot, "assets", "samples");
const dir = mkdtempSync(join(tmpdir(), "zaisei-xlsx-"));
let hostile: Record<string, string>;
beforeAll(async () => {
  hostile = await buildHostileWorkbooks(dir);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cells = (sheet: MemorySheet) => Array.from(sheet.cells());

async function loadAll(bytes: Buffer): Promise<MemorySheet[]> {
  const pkg = await XlsxPackage.open(bytes);
  const out: MemorySheet[] = [];
  for (const info of pkg.sheets) out.push(await pkg.loadSheet(info));
  return out;
}

/** A minimal workbook package around one worksheet's XML (and optional shared strings). */
async function packageWith(sheetXml: string, sharedStrings?: string): Promise<Buffer> {
  const zip = new JSZip();
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  zip.file(
    "_rels/.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  zip.file(
    "xl/workbook.xml",
    `<workbook ${ns} xmlns:r="${rel}"><sheets><sheet name="表" sheetId="1" r:id="rId1"/></sheets></workbook>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="sheets/data.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="/xl/strings.xml"/></Relationships>`
  );
  zip.file("xl/sheets/data.xml", `<worksheet ${ns}><sheetData>${sheetXml}</sheetData></worksheet>`);
  if (sharedStrings) zip.file("xl/strings.xml", `<sst ${ns}>${sharedStrings}</sst>`);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("XlsxPackage", () => {
  it("reads every sample and hostile workbook exactly as the exceljs loader does", async () => {
    const files = [
      ...readdirSync(samples).map((f) => join(samples, f)),
      ...Object.values(hostile).filter(
        (f) => !/encrypted|legacy|no-worksheets|not-a-workbook/.test(f)
      ),
    ];
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const bytes = readFileSync(file);
      const mine = await loadAll(bytes);
      const theirs = (await readXlsx(bytes)).sheets;
      expect({ file, sheets: mine.map((s) => [s.name, cells(s)]) }).toEqual({
        file,
        sheets: theirs.map((s) => [s.name, cells(s)]),
      });
    }
  }, 60_000);

  it("gives each sheet's state: visible, hidden, veryHidden", async () => {
    const pkg = await XlsxPackage.open(readFileSync(hostile.hiddenSheets!));
    expect(pkg.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["設定", "veryHidden"],
      ["作業", "hidden"],
      ["Outlook", "visible"],
    ]);
  });

  it("follows relationships to parts stored anywhere, and leaves out phonetic guides", async () => {
    const bytes = await packageWith(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>5159</v></c></row>',
      '<si><t>市税</t><rPh sb="0" eb="2"><t>シゼイ</t></rPh><phoneticPr fontId="1"/></si>'
    );
    const [sheet] = await loadAll(bytes);
    expect(cells(sheet!).map((c) => c.cell.value)).toEqual(["市税", 5159]);
  });

  it("shifts a shared formula to each cell that shares it", async () => {
    const bytes = await packageWith(
      '<row r="3"><c r="B3"><f t="shared" ref="B3:D3" si="0">SUM(B1:B2)</f><v>3</v></c><c r="C3"><f t="shared" si="0"/><v>7</v></c><c r="D3"><f t="shared" si="0"/><v>11</v></c></row>'
    );
    const [sheet] = await loadAll(bytes);
    expect(cells(sheet!).map((c) => [c.cell.formula, c.cell.value])).toEqual([
      ["=SUM(B1:B2)", 3],
      ["=SUM(C1:C2)", 7],
      ["=SUM(D1:D2)", 11],
    ]);
  });

  it("decodes _xHHHH_ escapes, entities, inline strings, booleans and errors", async () => {
    const bytes = await packageWith(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>A_x001B_B &amp; &#x3042;</t></is></c><c r="B1" t="b"><v>1</v></c><c r="C1" t="e"><v>#N/A</v></c><c r="D1" t="str"><v>x</v></c></row>'
    );
    const [sheet] = await loadAll(bytes);
    expect(cells(sheet!).map((c) => c.cell.value)).toEqual(["A\u001bB & あ", true, "#N/A", "x"]);
  });

  it("keeps only the cells inside the box it is given, and stops past maxCells", async () => {
    const bytes = await packageWith(
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c><c r="B2"><v>4</v></c></row>'
    );
    const pkg = await XlsxPackage.open(bytes);
    const part = await pkg.loadSheet(pkg.sheets[0]!, {
      box: { top: 1, left: 1, rows: 1, cols: 1 },
    });
    expect(cells(part).map((c) => c.cell.value)).toEqual([4]);
    await expect(pkg.loadSheet(pkg.sheets[0]!, { maxCells: 3 })).rejects.toEqual(
      new XlsxFormatError("tooManyCells", "3")
    );
  });

  it("refuses a document type declaration (entity expansion) as malformed", async () => {
    const zip = await JSZip.loadAsync(await packageWith('<row r="1"><c r="A1"><v>1</v></c></row>'));
    zip.file(
      "xl/sheets/data.xml",
      '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">]><worksheet><sheetData/></worksheet>'
    );
    const pkg = await XlsxPackage.open(await zip.generateAsync({ type: "nodebuffer" }));
    await expect(pkg.loadSheet(pkg.sheets[0]!)).rejects.toMatchObject({ reason: "malformed" });
  });

  it("refuses a cell outside Excel's grid", async () => {
    const pkg = await XlsxPackage.open(
      await packageWith('<row r="1"><c r="XFE1"><v>1</v></c></row>')
    );
    await expect(pkg.loadSheet(pkg.sheets[0]!)).rejects.toMatchObject({ reason: "malformed" });
  });

  it("tells a zip that is not a workbook from a workbook without worksheets", async () => {
    await expect(XlsxPackage.open(readFileSync(hostile.notWorkbook!))).rejects.toMatchObject({
      reason: "notWorkbook",
    });
    await expect(XlsxPackage.open(readFileSync(hostile.noWorksheets!))).rejects.toMatchObject({
      reason: "noWorksheets",
    });
  });
});

describe("XlsxPackage cell limits", () => {
  it("refuses a cell longer than Excel's 32,767 characters", async () => {
    const long = "あ".repeat(32_768);
    const pkg = await XlsxPackage.open(
      await packageWith(`<row r="1"><c r="A1" t="inlineStr"><is><t>${long}</t></is></c></row>`)
    );
    await expect(pkg.loadSheet(pkg.sheets[0]!)).rejects.toMatchObject({ reason: "malformed" });
  });
});
