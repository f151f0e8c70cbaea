import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { CheckJson } from "../../src/cli/format-check";
import { writePlan } from "./check-tables";

const repoRoot = resolve(__dirname, "..", "..");
const sample = (name: string) => join(repoRoot, "assets", "samples", name);
import { runMain } from "./runMain";

const run = runMain;

async function json(...argv: string[]): Promise<{ code: number; doc: CheckJson }> {
  const r = await run(...argv, "--json");
  expect(r.stderr).toBe("");
  return { code: r.code, doc: JSON.parse(r.stdout) as CheckJson };
}

const brief = (doc: CheckJson) =>
  doc.findings.map((f) => [f.severity, f.kind, f.cell, f.printed, f.expected, f.difference]);

const dir = mkdtempSync(join(tmpdir(), "zaisei-check-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("main check on the samples", () => {
  it("reports the 特定目的基金残高 gaps of the fiscal outlook as to confirm, exit 1", async () => {
    const { code, doc } = await json("check", sample("himi-fiscal-outlook.xlsx"));
    expect(code).toBe(1);
    expect([doc.sheet, doc.range, doc.unit]).toEqual(["中長期財政見通し", "A1:L36", "百万円"]);
    expect(brief(doc)).toEqual([
      ["confirm", "fundRollForward", "中長期財政見通し!C30", "2297", "1997", "300"],
      ["confirm", "fundRollForward", "中長期財政見通し!D30", "1292", "892", "400"],
    ]);
    // The summarised finding (R4–R12) lists every year's cells: D30 … L30.
    const cells = doc.findings[1]!.cells;
    for (const col of "DEFGHIJKL") expect(cells).toContain(`中長期財政見通し!${col}30`);
    expect(doc.findings[0]!.tolerance).toEqual(["-1.5", "1.5"]);
    expect(doc.rules.find((r) => r.id === "fundRollForward:A30")).toMatchObject({
      source: "inferred",
      enabled: true,
    });
  });

  it("reports the two 職員数 averages of the peer sample as errors", async () => {
    const { code, doc } = await json("check", sample("himi-peer-staffing.xlsx"));
    expect(code).toBe(1);
    expect(brief(doc).filter((f) => f[0] !== "note")).toEqual([
      ["error", "average", "類似団体職員数!G12", "290", "284.5", "5.5"],
      ["error", "average", "類似団体職員数!I12", "385", "370.375", "14.625"],
    ]);
  });

  it("prints the findings grouped by severity with △ and thousands, then the rules", async () => {
    const ja = await run("check", sample("himi-fiscal-outlook.xlsx"));
    expect(ja.code).toBe(1);
    expect(ja.stdout).toContain("誤り 0・要確認 2・端数 0");
    expect(ja.stdout).toContain("要確認（2）:");
    expect(ja.stdout).toContain("C30  印字 2,297  計算 1,997  差 300  端数の幅 △1.5〜1.5");
    expect(ja.stdout).toContain("年度 2022–2030（9 年度）");
    expect(ja.stdout).toContain("fundRollForward:A30  推定・有効");
    const en = await run("check", sample("himi-peer-staffing.xlsx"), "--lang", "en");
    expect(en.stdout).toContain("error (2):");
    expect(en.stdout).toContain("G12  printed 290  computed 284.5  difference 5.5");
    expect(en.stdout).not.toMatch(/誤り|印字|規則/);
  });
});

describe("main check on generated plans", () => {
  it("exits 0 on a consistent plan and finds nothing, 千円 and 円", async () => {
    for (const unit of ["千円", "円"] as const) {
      const { code, doc } = await json("check", await writePlan(dir, `ok-${unit}.xlsx`, { unit }));
      expect([code, doc.findings, doc.unit]).toEqual([0, [], unit]);
      expect(doc.rules.map((r) => r.id)).toEqual([
        "sum:A6",
        "sum:A9",
        "sum:A14",
        "carryForward:A11",
        "fundRollForward:A15",
      ]);
    }
  });

  it.each([
    ["千円", false],
    ["円", false],
    ["千円", true],
  ] as const)("finds each planted error (%s, newest first: %s)", async (unit, newestFirst) => {
    const scale = unit === "円" ? 1000 : 1;
    const k = (n: number) => String(n * scale);
    // Year 2022 sits in column D, or E when the years run from 2025 back to 2020.
    const col = newestFirst ? "E" : "D";
    const at = async (plant: "total" | "carryForward" | "fund") =>
      brief(
        (
          await json(
            "check",
            await writePlan(dir, `${plant}-${unit}-${newestFirst}.xlsx`, {
              unit,
              newestFirst,
              plant,
            })
          )
        ).doc
      );
    expect(await at("total")).toEqual([
      ["error", "sum", `見通し!${col}6`, k(9601), k(9501), k(100)],
    ]);
    expect(await at("carryForward")).toEqual([
      ["error", "carryForward", `見通し!${col}11`, k(525), k(500), k(25)],
    ]);
    expect(await at("fund")).toEqual([
      ["error", "fundRollForward", `見通し!${col}15`, k(2036), k(1966), k(70)],
    ]);
  });

  it("checks a plan with the years down the rows", async () => {
    const { code, doc } = await json(
      "check",
      await writePlan(dir, "rows.xlsx", { yearsAsRows: true, plant: "total" })
    );
    expect(code).toBe(1);
    expect(brief(doc)).toEqual([["error", "sum", "見通し!D6", "9601", "9501", "100"]]);
  });

  it("checks the values of formulas: a SUM whose saved result is off is an error", async () => {
    const good = await json("check", await writePlan(dir, "formulas.xlsx", { formulas: true }));
    expect([good.code, good.doc.findings]).toEqual([0, []]);
    const bad = await json(
      "check",
      await writePlan(dir, "formulas-bad.xlsx", { formulas: true, plant: "total" })
    );
    expect(brief(bad.doc)).toEqual([["error", "sum", "見通し!D6", "9601", "9501", "100"]]);
  });

  it("reports Excel errors and words in figure cells and draws no finding from them", async () => {
    const file = await writePlan(dir, "errors.xlsx", {
      cells: [
        ["市税", 2, "#N/A"],
        ["人件費", 3, "未定"],
        ["財政調整基金残高", 4, "#DIV/0!"],
      ],
    });
    const { code, doc } = await json("check", file);
    expect([code, doc.findings]).toEqual([0, []]);
    expect(doc.unreadable.map((u) => [u.cell, u.code])).toEqual([
      ["見通し!D4", "notation.excelErrorNA"],
      ["見通し!F15", "notation.excelErrorDiv0"],
    ]);
    expect(doc.texts).toEqual([{ cell: "見通し!E7", text: "未定" }]);
    const text = await run("check", file);
    expect(text.stdout).toContain("読めないセル（2）");
    expect(text.stdout).toContain("E7: 「未定」");
  });
});

describe("main check --rules", () => {
  const rules = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it("adds the file's rules and switches off the rules named with off:", async () => {
    const plan = await writePlan(dir, "rules.xlsx", { plant: "fund" });
    const file = rules("r1.txt", "# 見通しの規則\n\n歳入合計 = 市税\noff: fundRollForward:A15\n");
    const { code, doc } = await json("check", plan, "--rules", file);
    expect(code).toBe(1);
    expect(doc.findings.map((f) => [f.kind, f.rule])).toEqual(
      Array.from({ length: doc.findings.length }, () => ["sum", "歳入合計 = 市税"])
    );
    expect(doc.rules.find((r) => r.id === "fundRollForward:A15")?.enabled).toBe(false);
    expect(doc.rules.filter((r) => r.source === "user").map((r) => r.text)).toEqual([
      "歳入合計 = 市税",
    ]);
  });

  it("exits 2 naming the line and the position of a rule it cannot read", async () => {
    const plan = await writePlan(dir, "rules-bad.xlsx");
    const file = rules(
      "r2.txt",
      "# comment\n歳入合計 = 市税 + 地方交付税\n歳出合計 = 人件費 + 存在しない行\n"
    );
    const r = await run("check", plan, "--rules", file);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")).toHaveLength(2);
    expect(r.stderr).toMatch(/r2\.txt」の 3 行目: 規則の 14 文字目「存在しない行」/);
    const en = await run(
      "check",
      plan,
      "--rules",
      rules("r3.txt", "off: sum:Z99\n"),
      "--lang",
      "en"
    );
    expect([en.code, en.stderr]).toEqual([
      2,
      expect.stringContaining("line 1: this table has no rule with id “sum:Z99”"),
    ]);
  });

  it("exits 2 for a missing rules file before reading the workbook", async () => {
    const r = await run("check", join(dir, "none.xlsx"), "--rules", join(dir, "none.txt"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("none.txt");
  });
});

describe("main check arguments", () => {
  it("exits 2 for a bad range, a missing file argument or an option of another command", async () => {
    expect(
      (await run("check", sample("himi-fiscal-outlook.xlsx"), "--range", "A1:XFE3")).code
    ).toBe(2);
    expect((await run("check")).code).toBe(2);
    expect((await run("inspect", sample("himi-fiscal-outlook.xlsx"), "--rules", "x")).code).toBe(2);
  });

  it("checks only the range given", async () => {
    const { doc } = await json("check", sample("himi-fiscal-outlook.xlsx"), "--range", "A1:C31");
    expect(doc.range).toBe("A1:C31");
    expect(brief(doc)).toEqual([
      ["confirm", "fundRollForward", "中長期財政見通し!C30", "2297", "1997", "300"],
    ]);
  });

  it("escapes control characters of the workbook in the text output", async () => {
    const file = await writePlan(dir, "control.xlsx", {
      cells: [["人件費", 1, "未定\u202e\u0007"]],
    });
    const r = await run("check", file);
    expect(r.stdout).not.toContain("\u202e");
    expect(r.stdout).toContain("未定\\u202e");
  });
});
