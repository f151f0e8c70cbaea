/**
 * 検算 throughput: the checker (recognition + checkTable) on generated 財政見通し tables of about
 * 24,000 and 240,000 cells, against HyperFormula evaluating the same checks written as
 * spreadsheet formulas over the same data in the same process — what an analyst builds by hand:
 * one formula cell per rule instance (=ABS(B12-SUM(B4:B11))<=2.5), then the results read back.
 * HyperFormula is a dev-only dependency (GPL-v3 licence key) used for this comparison; it is not
 * shipped. Then the Excel adapter's context.sync count for a check of the 240,000-cell table
 * (read, and marking the findings) over the fake Excel.
 * Run: npm run bench (with the other benchmarks, in one process).
 */
import { performance } from "perf_hooks";
import { HyperFormula } from "hyperformula";
import { checkTable } from "../src/core/check";
import type { Expr, Rule } from "../src/core/check";
import type { CellValue, Grid } from "../src/core/grid";
import { recognizeTable } from "../src/core/table";
import type { TableRecognition } from "../src/core/table";
import { ExcelWorkbook } from "../src/workbook/excel/ExcelWorkbook";
import { checkTableInWorkbook, markFindings } from "../src/workflows";
import { generatedOutlook } from "../test/core/check/generatedTable";
import { createFakeExcel } from "../test/fakes/fake-excel";

const YEARS = 20;

/** A generated outlook of about `cells` cells with three planted errors (a 小計, a 合計, a fund). */
function table(cells: number): Grid {
  const blocks = Math.max(5, Math.round(cells / ((YEARS + 1) * 13.2)));
  const grid = generatedOutlook(blocks, YEARS);
  const plant = (label: string, col: number, delta: number) => {
    const row = grid.values.find((r) => r[0] === label)!;
    row[col] = String(Number(row[col]) + delta);
  };
  plant("ブロック1小計", 3, 70);
  plant("グループ4合計", 5, -110);
  plant("第2基金残高", 8, 9);
  return grid;
}

const count = (grid: Grid) => grid.values.reduce((n, r) => n + Math.max(r.length, YEARS + 1), 0);

/** The sheet as an analyst's numbers: △ text as negative numbers, blanks empty. */
function numbers(grid: Grid): (string | number | null)[][] {
  return grid.values.map((row) =>
    row.map((v: CellValue) => {
      if (v === "") return null;
      const s = String(v).replace(/^△\s*/, "-");
      return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : String(v);
    })
  );
}

/** The A1 formula of a row rule's right-hand side at a column position, or null out of range. */
function formulaOf(expr: Expr, rec: TableRecognition, pos: number): string | null {
  const sub = (e: Expr) => formulaOf(e, rec, pos);
  switch (expr.op) {
    case "ref": {
      const cell = rec.rows[expr.ref.line]?.cells[pos + expr.ref.lag];
      return cell ? cell.address : null;
    }
    case "num":
      return expr.value;
    case "neg": {
      const a = sub(expr.arg);
      return a === null ? null : `-(${a})`;
    }
    case "sum":
    case "mean": {
      const args = expr.args.map(sub);
      if (args.some((a) => a === null)) return null;
      return `${expr.op === "sum" ? "SUM" : "AVERAGE"}(${args.join(",")})`;
    }
    default: {
      const [a, b] = [sub(expr.left), sub(expr.right)];
      const op = { add: "+", sub: "-", mul: "*", div: "/" }[expr.op];
      return a === null || b === null ? null : `(${a}${op}${b})`;
    }
  }
}

/** One check formula per rule instance; the tolerance is half a unit per figure involved. */
function checkFormulas(rec: TableRecognition, rules: Rule[]): string[][] {
  const out: string[][] = [];
  for (const rule of rules) {
    if (!rule.enabled || rule.lines !== "rows" || rule.target.at) continue;
    const row: string[] = [];
    for (let pos = 0; pos < rec.columns.length; pos += 1) {
      const target = rec.rows[rule.target.line]?.cells[pos]?.address;
      const rhs = formulaOf(rule.expr, rec, pos);
      if (!target || rhs === null) continue;
      row.push(
        `=ABS(Data!${target}-(${rhs.replace(/([A-Z]+\d+)/g, "Data!$1")}))<=${(rule.terms.length + 1) * 0.5}`
      );
    }
    out.push(row);
  }
  return out;
}

function median(times: number[]): number {
  const s = [...times].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function measure(cells: number, runs: number): string[] {
  const grid = table(cells);
  const n = count(grid);
  let findings = 0;
  let rules: Rule[] = [];
  let rec: TableRecognition | undefined;
  const engine: number[] = [];
  const checkOnly: number[] = [];
  for (let i = 0; i < runs + 1; i += 1) {
    const start = performance.now();
    rec = recognizeTable(grid);
    const mid = performance.now();
    const result = checkTable(rec);
    const end = performance.now();
    if (i > 0) {
      engine.push(end - start);
      checkOnly.push(end - mid);
    }
    findings = result.findings.filter((f) => f.severity !== "note").length;
    rules = result.rules;
  }
  const formulas = checkFormulas(rec!, rules);
  const instances = formulas.reduce((s, r) => s + r.length, 0);
  const data = numbers(grid);
  const hf: number[] = [];
  let failing = 0;
  for (let i = 0; i < runs + 1; i += 1) {
    const start = performance.now();
    const sheets = HyperFormula.buildFromSheets(
      { Data: data, Checks: formulas },
      { licenseKey: "gpl-v3" }
    );
    const results = sheets.getSheetValues(sheets.getSheetId("Checks")!);
    const end = performance.now();
    failing = results.flat().filter((v) => v === false).length;
    const errors = results.flat().filter((v) => typeof v === "object" && v !== null).length;
    if (errors > 0) throw new Error(`${errors} check formulas did not evaluate`);
    sheets.destroy();
    if (i > 0) hf.push(end - start);
  }
  const ms = median(engine);
  const hfMs = median(hf);
  return [
    `${n.toLocaleString("en")} cells, ${rules.length} rules, ${instances.toLocaleString("en")} rule instances: ` +
      `checker ${ms.toFixed(0)} ms (recognition + check; check alone ${median(checkOnly).toFixed(0)} ms), ` +
      `${Math.round((n / ms) * 1000).toLocaleString("en")} cells/s, ${findings} findings to act on`,
    `  HyperFormula (same checks as formulas, built + evaluated + read): ${hfMs.toFixed(0)} ms, ` +
      `${failing} failing formulas — ratio HyperFormula / checker: ${(hfMs / ms).toFixed(1)}`,
  ];
}

/** context.sync calls of a check of the 240,000-cell table over the fake Excel: read, then marks. */
async function excelSyncs(): Promise<string> {
  const grid = table(240_000);
  const fake = createFakeExcel({ sheets: [{ name: "見通し", rows: grid.values }] });
  const wb = new ExcelWorkbook(fake.run);
  const before = fake.syncCount;
  let readSyncs = 0;
  const report = await checkTableInWorkbook(wb, {
    target: { kind: "sheet", sheet: "見通し" },
    rules: { userRules: [], disabledRules: [] },
    lang: "ja",
    onProgress: (p) => {
      if (p.phase === "analyzing" && readSyncs === 0) readSyncs = fake.syncCount - before;
    },
  });
  const checkSyncs = fake.syncCount - before;
  const markStart = fake.syncCount;
  await markFindings(wb, report);
  const markSyncs = fake.syncCount - markStart;
  return (
    `Excel adapter (fake Excel), ${count(grid).toLocaleString("en")}-cell check: ${readSyncs} syncs to read, ` +
    `${checkSyncs - readSyncs} to store the result (setting), ${markSyncs} to mark ${report.result.findings.length} findings`
  );
}

export async function run(): Promise<string[]> {
  return [
    "HyperFormula 3.5.0 is a dev-only dependency (GPL-v3 key) for this comparison; it is not shipped.",
    ...measure(24_000, 3),
    ...measure(240_000, 1),
    await excelSyncs(),
  ];
}
