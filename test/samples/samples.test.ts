import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  buildSamples,
  printedNumber,
  readTsv,
  triangleFormat,
  writeField,
  writeSamples,
} from "../../scripts/build-samples";

const repoRoot = resolve(__dirname, "..", "..");
const STALE = "assets/samples is stale: run npm run samples";

/** What a reader of the workbook sees: per sheet, cell values and formats, merges, frozen panes. */
async function contents(workbook: ExcelJS.Workbook): Promise<unknown> {
  // Round-trip the fresh build through xlsx so both sides are read by the same code path.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return sheetsOf(wb);
}

function sheetsOf(wb: ExcelJS.Workbook): unknown {
  return {
    creator: wb.creator,
    created: wb.created?.toISOString(),
    sheets: wb.worksheets.map((ws) => {
      const cells: string[] = [];
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          if (cell.isMerged && cell.master.address !== cell.address) return;
          cells.push(`${cell.address}=${JSON.stringify(cell.value)}|${cell.numFmt ?? ""}`);
        })
      );
      const widths = Array.from(
        { length: ws.columnCount },
        (_, c) => ws.getColumn(c + 1).width ?? null
      );
      const view = ws.views[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
      return {
        name: ws.name,
        cells,
        merges: [...(ws.model.merges ?? [])].sort(),
        widths,
        frozen: [view?.xSplit, view?.ySplit],
      };
    }),
  };
}

async function loadFile(fileName: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const bytes = readFileSync(join(repoRoot, "assets", "samples", fileName));
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return wb;
}

describe("buildSamples", () => {
  const samples = buildSamples(repoRoot);

  it.each(samples.map((s) => [s.fileName, s]))(
    "keeps assets/samples/%s equal to a fresh build",
    async (fileName, sample) => {
      const path = join(repoRoot, "assets", "samples", fileName);
      if (!existsSync(path)) throw new Error(`${path} is missing: run npm run samples`);
      const fresh = await contents(sample.workbook);
      const committed = sheetsOf(await loadFile(fileName));
      if (JSON.stringify(committed) !== JSON.stringify(fresh)) {
        expect({ committed, message: STALE }).toEqual({ committed: fresh, message: STALE });
      }
    }
  );

  it("writes the fiscal outlook figures as numbers with the △ format and leaves blanks empty", async () => {
    const ws = (await loadFile("himi-fiscal-outlook.xlsx")).getWorksheet("中長期財政見通し")!;
    // data/himi-fiscal-outlook.tsv: 収支差引額(A-B) 令和2年度 = △ 65; 減債基金への積立 令和2年度 blank.
    const rowOf = (label: string) => ws.getColumn(1).values.findIndex((v) => v === label);
    const diff = ws.getRow(rowOf("収支差引額(A-B)")).getCell(2);
    expect([diff.value, diff.numFmt]).toEqual([-65, '#,##0;"△ "#,##0']);
    expect(ws.getRow(rowOf("減債基金への積立")).getCell(2).value).toBeNull();
    const ratio = ws.getRow(rowOf("実質公債費比率")).getCell(2);
    expect([ratio.value, ratio.numFmt]).toEqual([11.3, "0.0"]);
    expect(ws.getCell("A1").value).toBe(
      "氷見市 中長期財政見通し(令和3年度～令和12年度) 一般会計 一般財源ベース"
    );
    expect(ws.getCell("L2").value).toBe("単位:百万円");
    expect(ws.getCell("L3").value).toBe("令和12年度");
  });

  it("merges the staffing header like the print and stores △ differences as negative numbers", async () => {
    const ws = (await loadFile("himi-peer-staffing.xlsx")).worksheets[0]!;
    expect([...ws.model.merges].sort()).toEqual([
      "A12:B12",
      "A14:B14",
      "A2:B3",
      "C2:C3",
      "D2:D3",
      "E2:E3",
      "F2:F3",
      "G2:H2",
      "I2:J2",
    ]);
    // data/himi-peer-staffing.tsv, 比較 row: 財政力指数 △0.09, 職員数 △26.
    expect([ws.getCell("F14").value, ws.getCell("F14").numFmt]).toEqual([
      -0.09,
      '#,##0.00;"△"#,##0.00',
    ]);
    expect(ws.getCell("G14").value).toBe(-26);
  });

  it("writes every register field: figures as numbers, everything else as text", async () => {
    for (const [fileName, tsvName] of [
      ["himi-kpi-register.xlsx", "himi-kpi-register.tsv"],
      ["tomakomai-kpi-register.xlsx", "tomakomai-kpi-register.tsv"],
    ] as const) {
      const ws = (await loadFile(fileName)).worksheets[0]!;
      const tsv = readTsv(join(repoRoot, "data", tsvName));
      // Row 1 is the caption saying the （例示） columns are illustrative; the header is row 2.
      tsv.lines.forEach((line, r) =>
        line.forEach((field, c) => {
          const value = ws.getCell(r + 2, c + 1).value;
          const expected = field === "" ? null : (printedNumber(field)?.value ?? field);
          if (value !== expected)
            throw new Error(
              `${fileName} ${ws.getCell(r + 2, c + 1).address}: ${String(value)} ≠ ${field}`
            );
        })
      );
    }
  });
});

describe("buildRegister", () => {
  it("adds illustrative actual, status and 3E columns labelled 例示 right of the printed columns, and a caption row above saying so", async () => {
    for (const [fileName, tsvName, years] of [
      ["himi-kpi-register.xlsx", "himi-kpi-register.tsv", ["R4", "R5", "R6"]],
      ["tomakomai-kpi-register.xlsx", "tomakomai-kpi-register.tsv", ["R7", "R8"]],
    ] as const) {
      const ws = (await loadFile(fileName)).worksheets[0]!;
      const tsv = readTsv(join(repoRoot, "data", tsvName));
      const width = tsv.lines[0]!.length;
      const extra = (ws.getRow(2).values as unknown[]).slice(width + 1);
      expect(extra.slice(0, years.length + 1)).toEqual([
        ...years.map((y) => `${y}実績（例示）`),
        "状況（例示）",
      ]);
      expect(extra.every((h) => typeof h === "string" && h.endsWith("（例示）"))).toBe(true);
      expect(extra).toContain(`${years[years.length - 1]}事業費（千円）（例示）`);
      const note = ws.getCell(1, 1).value;
      expect(String(note)).toMatch(/^※「（例示）」.*公式の数値ではありません。$/);
      // Some illustrative actuals are numbers, some rows have none yet, milestones have a status.
      const actuals = tsv.lines.slice(1).map((_l, r) => ws.getCell(r + 3, width + 1).value);
      expect(actuals.some((v) => typeof v === "number")).toBe(true);
      expect(actuals.some((v) => v === null)).toBe(true);
      const statuses = tsv.lines
        .slice(1)
        .map((_l, r) => ws.getCell(r + 3, width + years.length + 1).value);
      expect(
        statuses
          .filter((v) => v !== null)
          .every((v) => ["完了", "取組中", "未着手"].includes(String(v)))
      ).toBe(true);
    }
  });
});

describe("writeSamples", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  async function buildInto(): Promise<Map<string, Buffer>> {
    const dir = mkdtempSync(join(tmpdir(), "zaisei-samples-"));
    dirs.push(dir);
    const paths = await writeSamples(repoRoot, dir);
    return new Map(paths.map((path) => [basename(path), readFileSync(path)]));
  }

  it("builds the committed assets/samples byte for byte, the same on every run", async () => {
    const first = await buildInto();
    const second = await buildInto();
    expect([...first.keys()].sort()).toEqual(
      buildSamples(repoRoot)
        .map((s) => s.fileName)
        .sort()
    );
    for (const [fileName, bytes] of first) {
      if (!bytes.equals(second.get(fileName)!)) throw new Error(`${fileName}: two builds differ`);
      const committed = readFileSync(join(repoRoot, "assets", "samples", fileName));
      if (!bytes.equals(committed)) throw new Error(`${fileName}: ${STALE} (bytes differ)`);
    }
  });
});

describe("writeField", () => {
  it.each(["=SUM(A1:A3)", "+1件", "-", "@ほか", "- 50"])(
    "keeps %s as a shared string, never a formula",
    async (text) => {
      const wb = new ExcelJS.Workbook();
      writeField(wb.addWorksheet("s").getCell("A1"), text, () => "General");
      const zip = await JSZip.loadAsync((await wb.xlsx.writeBuffer()) as ArrayBuffer);
      const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
      expect(sheetXml).not.toContain("<f>");
      expect(sheetXml).toMatch(/<c r="A1"[^>]*t="s"/);
      const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
      expect(strings).toContain(text);
    }
  );
});

describe("printedNumber", () => {
  it.each([
    // As printed in data/*.tsv
    ["5,159", 5159, 0],
    ["△ 65", -65, 0],
    ["△0.09", -0.09, 2],
    ["11.3", 11.3, 1],
    ["-150000000", -150000000, 0],
    ["0", 0, 0],
  ])("reads %s as %d", (text, value, decimals) => {
    expect(printedNumber(text)).toEqual({ value, decimals });
  });

  it.each(["R4-R8", "I-2", "5,15", "007", "1.2.3", "", "-"])("leaves %s as text", (text) => {
    expect(printedNumber(text)).toBeNull();
  });
});

describe("triangleFormat", () => {
  it("shows negatives with △, with or without the space of the printed table", () => {
    expect(triangleFormat(0, true)).toBe('#,##0;"△ "#,##0');
    expect(triangleFormat(2, false)).toBe('#,##0.00;"△"#,##0.00');
  });
});
