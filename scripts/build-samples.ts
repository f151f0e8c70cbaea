/**
 * Builds the sample workbooks in assets/samples/ from the data copies in data/*.tsv.
 * Run: `npm run samples` (or `npx tsx scripts/build-samples.ts [outDir]`). The output is
 * byte-for-byte reproducible: every date in the workbook and every zip entry's timestamp is
 * fixed, so a rebuild leaves no git diff. test/samples checks that the committed files are
 * exactly a fresh build.
 *
 * The workbooks look like the printed tables: figures are real numbers whose number format
 * shows △ for negatives (the print's convention), blanks stay empty (blank is not zero), text
 * stays text even when it starts with = + - @.
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { ILLUSTRATIVE_NOTE, illustrate, type IllustrationPlan } from "./kpi-illustrations";

/** Fixed metadata and zip timestamps so that two builds give the same bytes. */
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1, 0, 0, 0));
const CREATOR = "Zaisei Toolkit";

export interface SampleWorkbook {
  fileName: string;
  workbook: ExcelJS.Workbook;
}

/** A TSV as lines of fields; `#` lines are captions (data/README.md). */
interface Tsv {
  captions: string[];
  lines: string[][];
}

export function readTsv(path: string): Tsv {
  const captions: string[] = [];
  const lines: string[][] = [];
  for (const line of readFileSync(path, "utf8")
    .replace(/\r?\n$/, "")
    .split(/\r?\n/)) {
    if (line.startsWith("#")) captions.push(line.replace(/^#\s*/, ""));
    else lines.push(line.split("\t"));
  }
  return { captions, lines };
}

/** The caption without its "(source: …)" note. */
function captionTitle(caption: string): string {
  return caption.replace(/\s*\(source:.*\)\s*$/, "").trim();
}

/** A printed figure ("5,159", "△ 65", "△0.09", "11.3", "-150") → number and its decimals; null if not one. */
export function printedNumber(text: string): { value: number; decimals: number } | null {
  const m = /^(△\s?|-)?(\d{1,3}(?:,\d{3})+|0|[1-9]\d*)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return null;
  const digits = `${m[2]!.replace(/,/g, "")}${m[3] ? `.${m[3]}` : ""}`;
  const value = Number(digits) * (m[1] ? -1 : 1);
  return { value: Object.is(value, -0) ? 0 : value, decimals: m[3]?.length ?? 0 };
}

/** Number format showing △ for negatives, as 予算書 / 行革プラン print them. */
export function triangleFormat(decimals: number, space: boolean): string {
  const body = decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
  return `${body};"△${space ? " " : ""}"${body}`;
}

/**
 * Writes one TSV field into a cell: a printed figure becomes a number with `numFmt`, an empty
 * field leaves the cell empty, anything else is a string. exceljs writes strings as shared
 * strings, so "=SUM(A1)" stays text and never becomes a formula (test/samples checks the XML).
 */
export function writeField(
  cell: ExcelJS.Cell,
  text: string,
  numFmt: (decimals: number) => string
): void {
  if (text === "") return;
  const num = printedNumber(text);
  if (num === null) {
    cell.value = text;
    return;
  }
  cell.value = num.value;
  cell.numFmt = numFmt(num.decimals);
}

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = CREATOR;
  wb.lastModifiedBy = CREATOR;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/** 氷見市 中長期財政見通し: title, 単位 cell, one header row of 年度, two blocks with a blank row between. */
export function buildFiscalOutlook(tsv: Tsv): ExcelJS.Workbook {
  const wb = newWorkbook();
  const [header = [], ...body] = tsv.lines.filter((l, i) => i > 0 || l.some((f) => f !== ""));
  const width = header.length;
  const ws = wb.addWorksheet("中長期財政見通し", {
    views: [{ state: "frozen", xSplit: 1, ySplit: 3 }],
  });
  ws.getCell(1, 1).value = captionTitle(tsv.captions[0] ?? "");
  // The unit sits top right, above the last year column, as in the printed plan.
  ws.getCell(2, width).value = "単位:百万円";
  ws.getCell(2, width).alignment = { horizontal: "right" };
  header.forEach((f, c) => writeField(ws.getCell(3, c + 1), f, () => "General"));
  body.forEach((line, r) => {
    // Ratio rows (実質公債費比率, 将来負担比率) are printed with one decimal and no △.
    const ratio = line.slice(1).some((f) => printedNumber(f)?.decimals);
    line.forEach((f, c) =>
      writeField(ws.getCell(4 + r, c + 1), f, () => (ratio ? "0.0" : triangleFormat(0, true)))
    );
  });
  ws.getColumn(1).width = 36;
  for (let c = 2; c <= width; c += 1) ws.getColumn(c).width = 11;
  return wb;
}

/** 類似団体職員数の状況: title, two-row header with merged cells as printed, △ differences. */
export function buildPeerStaffing(tsv: Tsv): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("類似団体職員数", {
    views: [{ state: "frozen", xSplit: 2, ySplit: 3 }],
  });
  ws.getCell(1, 1).value = captionTitle(tsv.captions[0] ?? "");
  const [h1 = [], h2 = [], ...body] = tsv.lines;
  const width = h1.length;
  // Decimals per column decide its format (0.0 for 割合, 0.00 for 指数 and per-10,000 ratios).
  const decimals = Array.from({ length: width }, (_, c) =>
    Math.max(0, ...body.map((l) => printedNumber(l[c] ?? "")?.decimals ?? 0))
  );
  [h1, h2].forEach((line, r) =>
    line.forEach((f, c) => writeField(ws.getCell(2 + r, c + 1), f, () => "General"))
  );
  body.forEach((line, r) =>
    line.forEach((f, c) =>
      writeField(ws.getCell(4 + r, c + 1), f, () => triangleFormat(decimals[c] ?? 0, false))
    )
  );
  // Header cells spanning two lines (or two columns) in the print are merged.
  for (let c = 0; c < width; c += 1) {
    if (h1[c] === "" || h1[c] === undefined) continue;
    const across = h1[c + 1] === "" && h2[c + 1] !== "" && h2[c] !== "";
    const span = c === 0 ? 2 : 1; // 団体名 covers 都道府県 and 市
    if (across) ws.mergeCells(2, c + 1, 2, c + 2);
    else if (h2[c] === "") ws.mergeCells(2, c + 1, 3, c + span);
  }
  // 平均 and 比較 rows have no 都道府県: their label spans both label columns.
  body.forEach((line, r) => {
    if (line[0] !== "" && line[1] === "") ws.mergeCells(4 + r, 1, 4 + r, 2);
  });
  ws.getRow(2).alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  ws.getRow(3).alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  [8, 10, 10, 14, 12, 10, 10, 14, 10, 14].forEach((w, c) => (ws.getColumn(c + 1).width = w));
  return wb;
}

/**
 * A KPI register: one header row, one row per indicator, the printed columns exactly as the TSV.
 * With `plan`, illustrative (例示) actual, status and 3E columns follow on the right, and a
 * caption row above the header says that those values are illustrative, not official (the
 * header is then row 2).
 */
export function buildRegister(
  tsv: Tsv,
  sheetName: string,
  plan?: IllustrationPlan
): ExcelJS.Workbook {
  const wb = newWorkbook();
  const top = plan ? 2 : 1;
  const ws = wb.addWorksheet(sheetName, {
    views: [{ state: "frozen", xSplit: 0, ySplit: top }],
  });
  if (plan) ws.getCell(1, 1).value = ILLUSTRATIVE_NOTE;
  tsv.lines.forEach((line, r) =>
    line.forEach((f, c) =>
      writeField(ws.getCell(r + top, c + 1), f, (d) => triangleFormat(d, false))
    )
  );
  const header = tsv.lines[0] ?? [];
  header.forEach((h, c) => {
    const longest = Math.max(h.length * 2, ...tsv.lines.map((l) => (l[c] ?? "").length * 1.6));
    ws.getColumn(c + 1).width = Math.min(40, Math.max(6, Math.ceil(longest)));
  });
  if (plan) {
    const extra = illustrate(header, tsv.lines.slice(1), plan);
    const first = header.length + 1;
    extra.headers.forEach((h, k) => {
      ws.getCell(top, first + k).value = h;
      ws.getColumn(first + k).width = Math.max(12, h.length * 2);
    });
    extra.rows.forEach((fields, r) =>
      fields.forEach((f, k) => {
        if (f === null) return;
        const cell = ws.getCell(top + 1 + r, first + k);
        if (typeof f === "string") cell.value = f;
        else {
          cell.value = f.value;
          cell.numFmt = triangleFormat(f.decimals, false);
        }
      })
    );
  }
  return wb;
}

/** 苫小牧 (R7–R11): illustrative actuals for R7 and R8, 3E for a few items. */
export const TOMAKOMAI_ILLUSTRATION: IllustrationPlan = {
  actualYears: ["R7", "R8"],
  costYears: ["R7", "R8"],
  costItems: ["2", "3", "11", "19", "21", "31", "48"],
  planHeader: (year) => `${year}計画`,
  periodIndex: (year) => Number(year.slice(1)) - 6,
  periodLength: 5,
};

/** 氷見 (R4–R8): illustrative actuals for R4–R6, 3E for a few items in R5 and R6. */
export const HIMI_ILLUSTRATION: IllustrationPlan = {
  actualYears: ["R4", "R5", "R6"],
  costYears: ["R5", "R6"],
  costItems: ["1", "2", "3", "8", "13", "22", "26"],
  planHeader: () => "",
  periodIndex: (year) => Number(year.slice(1)) - 3,
  periodLength: 5,
};

/** Every sample, built in memory from `<repoRoot>/data`. */
export function buildSamples(repoRoot: string): SampleWorkbook[] {
  const data = (name: string) => readTsv(join(repoRoot, "data", name));
  return [
    {
      fileName: "himi-fiscal-outlook.xlsx",
      workbook: buildFiscalOutlook(data("himi-fiscal-outlook.tsv")),
    },
    {
      fileName: "himi-peer-staffing.xlsx",
      workbook: buildPeerStaffing(data("himi-peer-staffing.tsv")),
    },
    {
      fileName: "himi-kpi-register.xlsx",
      workbook: buildRegister(data("himi-kpi-register.tsv"), "KPI", HIMI_ILLUSTRATION),
    },
    {
      fileName: "tomakomai-kpi-register.xlsx",
      workbook: buildRegister(data("tomakomai-kpi-register.tsv"), "KPI", TOMAKOMAI_ILLUSTRATION),
    },
  ];
}

/**
 * The .xlsx bytes of a workbook, the same on every run: exceljs stamps each zip entry with the
 * current time, so the package is rewritten with every entry dated FIXED_DATE, in exceljs's
 * entry order.
 */
export async function reproducibleXlsx(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const zip = await JSZip.loadAsync((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  zip.forEach((_path, entry) => {
    entry.date = FIXED_DATE;
  });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", platform: "DOS" });
}

/** Builds every sample from `<repoRoot>/data` into `outDir`; returns the paths written. */
export async function writeSamples(repoRoot: string, outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const { fileName, workbook } of buildSamples(repoRoot)) {
    const path = join(outDir, fileName);
    writeFileSync(path, await reproducibleXlsx(workbook));
    written.push(path);
  }
  return written;
}

if (require.main === module) {
  const repoRoot = resolve(__dirname, "..");
  const outDir = resolve(process.argv[2] ?? join(repoRoot, "assets", "samples"));
  writeSamples(repoRoot, outDir)
    .then((paths) => {
      for (const path of paths) process.stdout.write(`${relative(process.cwd(), path)}\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    });
}
