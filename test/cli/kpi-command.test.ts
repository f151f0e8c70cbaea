import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as ExcelJS from "exceljs";
import type { KpiJson } from "../../src/cli/format-kpi";
import { parseArgs } from "../../src/cli/parse-args";
import { runMain } from "./runMain";

const repoRoot = resolve(__dirname, "..", "..");
const sample = (name: string) => join(repoRoot, "assets", "samples", name);
const TOMAKOMAI = sample("tomakomai-kpi-register.xlsx");
const HIMI = sample("himi-kpi-register.xlsx");

async function json(...argv: string[]): Promise<{ code: number; doc: KpiJson }> {
  const r = await runMain("kpi", ...argv, "--json");
  expect(r.stderr).toBe("");
  return { code: r.code, doc: JSON.parse(r.stdout) as KpiJson };
}

const dir = mkdtempSync(join(tmpdir(), "zaisei-kpi-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function workbook(
  name: string,
  sheets: Record<string, (string | number)[][]>
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) wb.addWorksheet(sheet).addRows(rows);
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("parseArgs kpi", () => {
  it("takes --sheet, --year, --json and --lang, and refuses --range", () => {
    expect(parseArgs(["kpi", "a.xlsx", "--sheet", "KPI", "--year", "令和8年度", "--json"])).toEqual(
      {
        command: "kpi",
        positional: ["a.xlsx"],
        sheet: "KPI",
        year: "令和8年度",
        json: true,
        lang: "ja",
      }
    );
    expect(() => parseArgs(["kpi", "a.xlsx", "--range", "A1:B2"])).toThrow("cli.unknownOption");
    expect(() => parseArgs(["check", "a.xlsx", "--year", "R8"])).toThrow("cli.unknownOption");
  });
});

describe("main kpi on the samples", () => {
  it("gives 苫小牧's yearly targets for R8: 債券運用額 (No. 2) runs to 600,000,000 円", async () => {
    const { code, doc } = await json(TOMAKOMAI, "--year", "R8");
    expect(doc.sheet).toBe("KPI");
    expect(doc.year).toBe(2026);
    const bonds = doc.items.find((i) => i.no === "2" && i.indicator === "債券運用額")!;
    expect(bonds).toMatchObject({ unit: "円", method: "cumulative", target: 600000000 });
    expect(bonds.row).toBeGreaterThan(2);
    expect(Object.keys(bonds).sort()).toEqual(
      [
        "achieved",
        "actual",
        "indicator",
        "method",
        "no",
        "rate",
        "row",
        "status",
        "target",
        "unit",
      ].sort()
    );
    expect(Object.keys(doc).sort()).toEqual(
      ["charts", "items", "sheet", "skipped", "summary", "year"].sort()
    );
    // Rates are percentages at one decimal, or null.
    for (const item of doc.items)
      if (item.rate !== null) expect(Math.round(item.rate * 10)).toBeCloseTo(item.rate * 10, 6);
    expect(doc.summary.whole.total).toBe(doc.items.length);
    expect(doc.summary.whole.counts.reduce((n, c) => n + c.count, 0)).toBe(doc.items.length);
    expect(doc.charts.length).toBeGreaterThan(0);
    expect(doc.charts.map((c) => c.kind)).toContain("overview");
    expect(code).toBe(doc.summary.attention > 0 || doc.skipped.length > 0 ? 1 : 0);
  });

  it("accepts the year as R8, 令和8年度 or 2026 alike", async () => {
    const a = await json(TOMAKOMAI, "--year", "R8");
    const b = await json(TOMAKOMAI, "--year", "令和8年度");
    const c = await json(TOMAKOMAI, "--year", "2026");
    expect(b.doc).toEqual(a.doc);
    expect(c.doc).toEqual(a.doc);
  });

  it("shows item 48's plan that overshoots its goal in the text output", async () => {
    const r = await runMain("kpi", TOMAKOMAI, "--year", "R11");
    expect(r.stderr).toBe("");
    const line = r.stdout.split("\n").find((l) => /^48\s/.test(l) && l.includes("キャッシュレス"));
    expect(line).toBeDefined();
    expect(line).toContain("※計画が期間目標を超えています");
    // The method is named on each row.
    expect(r.stdout).toMatch(/累計|高いほど良い/);
  });

  it("evaluates the latest year with an actual by default and names it", async () => {
    const { doc } = await json(HIMI);
    expect(doc.sheet).toBe("KPI");
    expect(doc.items.length).toBeGreaterThan(0);
    const withActual = doc.items.filter((i) => i.actual !== null);
    expect(withActual.length).toBeGreaterThan(0);
    const r = await runMain("kpi", HIMI, "--lang", "en");
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(`Evaluation year: FY${doc.year}`);
    expect(r.stdout).toContain("Summary (");
    expect(r.stdout).not.toContain("\u001b");
  });

  it("lists 苫小牧's items 50–53 (item names without an indicator) as rows not read, with the reason", async () => {
    const { doc } = await json(TOMAKOMAI, "--year", "R8", "--lang", "en");
    expect(doc.skipped.map((s) => s.row)).toEqual([91, 92, 93, 94]);
    expect(doc.skipped[0]!.reason).toBe(
      "Row 91 (No. 50) has no indicator: an item without an indicator is not read."
    );
  });

  it("lists the rows it could not read with the reason in the chosen language", async () => {
    for (const file of [HIMI, TOMAKOMAI]) {
      const { doc } = await json(file, "--lang", "en");
      for (const s of doc.skipped) {
        expect(s.row).toBeGreaterThan(0);
        expect(s.reason.length).toBeGreaterThan(0);
      }
    }
  });
});

describe("main kpi on hostile input", () => {
  it("says no sheet holds a register, exit 2", async () => {
    const file = await workbook("plain.xlsx", {
      見通し: [
        ["区分", "令和6年度", "令和7年度"],
        ["市税", 100, 200],
      ],
    });
    const r = await runMain("kpi", file);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("KPIシートの見出しが見つかりません");
    expect(r.stderr).toContain("見通し");
  });

  it("gives the recognizer's reason for a named sheet that is no register, exit 2", async () => {
    const file = await workbook("two.xlsx", {
      表紙: [["行財政改革プラン"]],
      KPI: [
        ["No", "指標", "単位", "方向", "目標値", "R7計画", "R7実績"],
        [1, "苦情件数", "件", "減少", 50, 50, 45],
      ],
    });
    const named = await runMain("kpi", file, "--sheet", "表紙", "--lang", "en");
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/^Sheet 表紙 has no KPI register header/);
    // Without --sheet the first sheet holding a register is read.
    const found = await json(file);
    expect(found.doc.sheet).toBe("KPI");
    expect(found.doc.items.map((i) => [i.row, i.no, i.target, i.actual])).toEqual([
      [2, "1", 50, 45],
    ]);
  });

  it("refuses a year outside the register and a text that is no year, exit 2", async () => {
    const outside = await runMain("kpi", TOMAKOMAI, "--year", "R20");
    expect(outside.code).toBe(2);
    expect(outside.stderr).toBe("R20はKPIシート「KPI」の年度（R7–R11）にありません。\n");
    const bad = await runMain("kpi", TOMAKOMAI, "--year", "来年", "--lang", "en");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--year 来年 is not a fiscal year");
  });

  it("reads a register without any year column as unevaluable, exit 2", async () => {
    const file = await workbook("noyears.xlsx", {
      KPI: [
        ["No", "指標", "単位", "方向", "目標値"],
        [1, "苦情件数", "件", "減少", 50],
      ],
    });
    const r = await runMain("kpi", file);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "KPIシート「KPI」に年度の列（R7計画・令和7年度 実績など）がないため、評価する年度を決められません。\n"
    );
  });

  it("reads a register with no rows yet (a new 「KPIシート」) as nothing to act on, exit 0", async () => {
    const file = await workbook("empty.xlsx", {
      KPI: [["No", "指標", "単位", "方向", "目標値", "R7計画", "R7実績", "R8計画", "R8実績"]],
    });
    const text = await runMain("kpi", file);
    expect(text).toMatchObject({ code: 0, stderr: "" });
    expect(text.stdout).toContain("指標の行はまだありません");
    const { code, doc } = await json(file);
    expect(code).toBe(0);
    expect(doc).toMatchObject({ sheet: "KPI", year: 2025, items: [], skipped: [] });
  });

  it("escapes control characters of the workbook in the text output", async () => {
    const file = await workbook("control.xlsx", {
      KPI: [
        ["No", "指標", "単位", "方向", "目標値", "R7計画", "R7実績"],
        [1, "苦情\u202e件数", "件", "減少", 50, 50, 45],
      ],
    });
    const r = await runMain("kpi", file);
    expect(r.stderr).toBe("");
    expect(r.stdout).not.toContain("\u202e");
    expect(r.stdout).toContain("苦情\\u202e件数");
  });

  it("needs a file, and one only", async () => {
    expect((await runMain("kpi")).code).toBe(2);
    expect((await runMain("kpi", "a.xlsx", "b.xlsx")).code).toBe(2);
    expect((await runMain("kpi", join(dir, "missing.xlsx"))).stderr).toContain("missing.xlsx");
  });
});
