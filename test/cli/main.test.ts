import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import JSZip from "jszip";
import { formatMessage } from "../../src/core/messages";
import type { Issue, Language } from "../../src/core/messages";
import type { InspectionJson } from "../../src/cli/inspection-json";

const repoRoot = resolve(__dirname, "..", "..");
const sample = (name: string) => join(repoRoot, "assets", "samples", name);
import { runMain } from "./runMain";

const run = runMain;

/** Row labels of a data/*.tsv table: the label fields of every non-caption, non-blank line after the header. */
function tsvLabels(name: string, headerLines: number, labelFields: number): string[] {
  const lines = readFileSync(join(repoRoot, "data", name), "utf8")
    .split("\n")
    .filter((l) => !l.startsWith("#") && l.trim() !== "");
  return lines.slice(headerLines).map((l) =>
    l
      .split("\t")
      .slice(0, labelFields)
      .filter((f) => f !== "")
      .join(" ")
  );
}

const dir = mkdtempSync(join(tmpdir(), "zaisei-cli-"));
beforeAll(async () => {
  writeFileSync(join(dir, "table.xlsx"), "市税\t5,159\n");
  const zip = new JSZip();
  zip.file("hello.txt", "not a workbook");
  writeFileSync(join(dir, "other.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("main inspect", () => {
  it("reports the fiscal outlook sample: 11 fiscal years, 百万円, every row label, nothing unreadable", async () => {
    const { code, stdout, stderr } = await run(
      "inspect",
      sample("himi-fiscal-outlook.xlsx"),
      "--json"
    );
    expect([code, stderr]).toEqual([0, ""]);
    const json = JSON.parse(stdout) as InspectionJson;
    // data/himi-fiscal-outlook.tsv: 令和2年度 (2020) … 令和12年度 (2030), 単位:百万円
    expect(json.fiscalYears).toEqual([
      2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030,
    ]);
    expect(json.unit).toBe("百万円");
    expect(json.rowLabels).toEqual(tsvLabels("himi-fiscal-outlook.tsv", 1, 1));
    expect(json.counts.unreadable).toBe(0);
    expect(json.issues.filter((i) => i.severity === "error")).toEqual([]);
    const diff = json.rows.find((r) => r.label === "収支差引額(A-B)")!;
    expect(diff.values.slice(0, 2)).toEqual(["-65", "-647"]); // printed △ 65, △ 647
    const fund = json.rows.find((r) => r.label === "減債基金への積立")!;
    expect(fund.values[0]).toBeNull(); // blank in the print: not zero
    expect(json.rows.find((r) => r.label === "実質公債費比率")!.values[0]).toBe("11.3");
  });

  it("reports the staffing sample: a two-row header, every 団体 row label, nothing unreadable", async () => {
    const { code, stdout } = await run("inspect", sample("himi-peer-staffing.xlsx"), "--json");
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as InspectionJson;
    expect(json.headerRows).toEqual([2, 3]);
    expect(json.rowLabels).toEqual(tsvLabels("himi-peer-staffing.tsv", 2, 2));
    expect(json.counts.unreadable).toBe(0);
    expect(json.issues.filter((i) => i.severity === "error")).toEqual([]);
    const diff = json.rows.find((r) => r.label.startsWith("比較"))!;
    expect(diff.values).toContain("-0.09"); // printed △0.09
  });

  it("prints the year axis, the unit and each row with △ figures for people", async () => {
    const { code, stdout } = await run("inspect", sample("himi-fiscal-outlook.xlsx"));
    expect(code).toBe(0);
    expect(stdout).toContain("令和2年度 (2020) … 令和12年度 (2030)（11 年度");
    expect(stdout).toContain("単位: 百万円");
    expect(stdout).toMatch(/収支差引額\(A-B\) +△ ?65 +△ ?647/);
    expect(stdout).toMatch(/市税 +5,159/);
    expect(stdout).toContain(formatMessage("cli.inspectAllReadable", "ja"));
  });

  it("reads a given sheet and range, and answers in English with --lang en", async () => {
    const { code, stdout } = await run(
      "inspect",
      sample("himi-fiscal-outlook.xlsx"),
      "--sheet",
      "中長期財政見通し",
      "--range",
      "A3:L5",
      "--lang",
      "en"
    );
    expect(code).toBe(0);
    expect(stdout).toContain("Sheet: 中長期財政見通し  range: A3:L5 (36 cells)");
    expect(stdout).toContain("11 years");
    expect(stdout).toContain("市税");
  });

  it("writes nothing to disk", async () => {
    const before = readdirSync(join(repoRoot, "assets", "samples")).map((f) => [
      f,
      statSync(sample(f)).mtimeMs,
    ]);
    await run("inspect", sample("himi-kpi-register.xlsx"), "--json");
    expect(
      readdirSync(join(repoRoot, "assets", "samples")).map((f) => [f, statSync(sample(f)).mtimeMs])
    ).toEqual(before);
  });
});

describe("main bad input", () => {
  const fiscal = () => sample("himi-fiscal-outlook.xlsx");
  const cases: [string, () => string[], Issue, Language][] = [
    [
      "a missing file",
      () => ["inspect", join(dir, "none.xlsx")],
      { code: "cli.fileNotFound", params: { file: join(dir, "none.xlsx") } },
      "ja",
    ],
    [
      "a text file renamed .xlsx",
      () => ["inspect", join(dir, "table.xlsx")],
      { code: "cli.notXlsx", params: { file: join(dir, "table.xlsx") } },
      "ja",
    ],
    [
      "a folder",
      () => ["inspect", dir, "--lang", "en"],
      { code: "cli.notAFile", params: { file: dir } },
      "en",
    ],
    [
      "no such sheet",
      () => ["inspect", fiscal(), "--sheet", "歳入"],
      { code: "cli.noSuchSheet", params: { sheet: "歳入", sheets: "中長期財政見通し" } },
      "ja",
    ],
    [
      "an empty range",
      () => ["inspect", fiscal(), "--range", "P1:R9"],
      { code: "cli.emptyRange", params: { sheet: "中長期財政見通し", range: "P1:R9" } },
      "ja",
    ],
    [
      "a bad range",
      () => ["inspect", fiscal(), "--range", "A1:"],
      { code: "cli.badRange", params: { range: "A1:" } },
      "ja",
    ],
    [
      "a range outside Excel's grid",
      () => ["inspect", fiscal(), "--range", "A1:XFE5"],
      { code: "cli.badRange", params: { range: "A1:XFE5" } },
      "ja",
    ],
    [
      "a range with a sheet part",
      () => ["inspect", fiscal(), "--range", "Sheet1!A1:B2", "--lang", "en"],
      { code: "cli.badRange", params: { range: "Sheet1!A1:B2" } },
      "en",
    ],
    [
      "an unknown option",
      () => ["inspect", fiscal(), "--csv"],
      { code: "cli.unknownOption", params: { option: "--csv" } },
      "ja",
    ],
    [
      "an option of another command",
      () => ["calc", "=1", "--sheet", "x"],
      { code: "cli.unknownOption", params: { option: "--sheet" } },
      "ja",
    ],
    [
      "an unknown command",
      () => ["audit", fiscal(), "--lang", "en"],
      { code: "cli.unknownCommand", params: { command: "audit" } },
      "en",
    ],
    ["a missing file argument", () => ["inspect"], { code: "cli.missingFileArgument" }, "ja"],
    [
      "a missing option value",
      () => ["inspect", fiscal(), "--sheet"],
      { code: "cli.missingValue", params: { option: "--sheet" } },
      "ja",
    ],
    [
      "a bad language",
      () => ["inspect", fiscal(), "--lang", "fr"],
      { code: "cli.badLanguage", params: { lang: "fr" } },
      "ja",
    ],
  ];

  it.each(cases)("exits 2 with one line on stderr for %s", async (_name, argv, issue, lang) => {
    const { code, stdout, stderr } = await run(...argv());
    expect({ code, stdout, stderr }).toEqual({
      code: 2,
      stdout: "",
      stderr: `${formatMessage(issue, lang)}\n`,
    });
  });

  it("says so when a zip is not a workbook", async () => {
    const { code, stderr } = await run("inspect", join(dir, "other.xlsx"));
    expect(code).toBe(2);
    expect(stderr.split("\n")).toHaveLength(2);
    expect(stderr).toBe(
      `${formatMessage({ code: "cli.notWorkbookZip", params: { file: join(dir, "other.xlsx") } }, "ja")}\n`
    );
  });
});

describe("main help and version", () => {
  it.each([["--help"], ["help"], ["-h"], []])(
    "prints Japanese then English usage for %p",
    async (...argv: string[]) => {
      const { code, stdout } = await run(...argv);
      expect(code).toBe(0);
      expect(stdout.indexOf("使い方")).toBeGreaterThanOrEqual(0);
      expect(stdout.indexOf("使い方")).toBeLessThan(stdout.indexOf("Usage"));
    }
  );

  it("prints the package version", async () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
      version: string;
    };
    expect(await run("--version")).toEqual({
      code: 0,
      stdout: `zaisei ${pkg.version}\n`,
      stderr: "",
    });
  });
});
