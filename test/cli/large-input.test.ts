import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { MAX_LISTED_ISSUES } from "../../src/cli/format-inspection";
import { inspectionJson, inspectionJsonPieces } from "../../src/cli/inspection-json";
import type { InspectionJson } from "../../src/cli/inspection-json";
import { formatMessage } from "../../src/core/messages";
import { inspectGrid } from "../../src/workflows";
import type { InspectionReport } from "../../src/workflows";
import { largeWorkbook } from "./hostile-workbooks";

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (t: string) => stdout.push(t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { code, stdout: stdout.join(""), stderr };
}

/** A real report of `rows` item rows with two unreadable cells each (「1,2,3」). */
function reportWithUnreadable(rows: number): InspectionReport {
  const values: (string | number)[][] = [["", "令和2年度", "令和3年度"]];
  for (let r = 0; r < rows; r++) values.push([`市税${r + 1}`, "1,2,3", "1,2,3"]);
  const report = inspectGrid(
    { sheet: "data", address: `A1:C${rows + 1}` },
    { sheet: "data", top: 0, left: 0, values }
  );
  expect(report.summary.unreadable).toHaveLength(rows * 2);
  return report;
}

const dir = mkdtempSync(join(tmpdir(), "zaisei-large-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("main inspect on a 130,000-row table", () => {
  it("prints every row as text", async () => {
    const file = await largeWorkbook(dir, "rows-130k.xlsx", { rows: 130_000, cols: 4 });
    const { code, stdout, stderr } = await run("inspect", file);
    expect([code, stderr]).toEqual([0, ""]);
    const lines = stdout.split("\n");
    expect(lines).toContain(
      formatMessage({ code: "cli.inspectRows", params: { count: 130_000 } }, "ja")
    );
    expect(lines.filter((l) => /^ {2}A\d+ +項目\d+ /.test(l))).toHaveLength(130_000);
    expect(stdout).toMatch(/\n {2}A130002 +項目130000 /);
  }, 240_000);
});

describe("main inspect on 140,000 unreadable cells", () => {
  // 70,000 item rows of two 「1,2,3」 cells each: recognised for real, end to end.
  let file = "";
  beforeAll(async () => {
    file = await largeWorkbook(dir, "unreadable-140k.xlsx", {
      rows: 70_000,
      cols: 3,
      unreadable: true,
    });
  }, 120_000);

  it("lists every one in the JSON, each with its address and reason", async () => {
    const { code, stdout, stderr } = await run("inspect", file, "--json");
    expect([code, stderr]).toEqual([0, ""]);
    const json = JSON.parse(stdout) as InspectionJson;
    const errors = json.issues.filter((i) => i.severity === "error");
    expect(errors).toHaveLength(140_000);
    expect(json.counts.unreadable).toBe(140_000);
    expect(errors[0]).toMatchObject({ severity: "error", code: "notation.badThousands" });
    expect(errors[0]!.message).toContain("1,2,3");
    expect(new Set(errors.map((e) => e.address)).size).toBe(140_000);
  }, 240_000);

  it(`lists them in text up to ${MAX_LISTED_ISSUES}, then counts the rest`, async () => {
    const { code, stdout } = await run("inspect", file, "--lang", "en");
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines).toContain("Unreadable cells (140000):");
    expect(lines).not.toContain(formatMessage("cli.inspectAllReadable", "en"));
    expect(lines.filter((l) => /^ {2}[BC]\d+: /.test(l))).toHaveLength(MAX_LISTED_ISSUES);
    expect(lines).toContain(
      formatMessage(
        { code: "cli.inspectMoreCells", params: { count: 140_000 - MAX_LISTED_ISSUES } },
        "en"
      )
    );
  }, 240_000);
});

describe("inspectionJsonPieces", () => {
  it("writes the same document as inspectionJson, one line per row and per issue", () => {
    const report = reportWithUnreadable(3);
    const text = Array.from(inspectionJsonPieces("a.xlsx", report, "ja")).join("");
    expect(JSON.parse(text)).toEqual(inspectionJson("a.xlsx", report, "ja"));
    expect(text.split("\n").filter((l) => l.startsWith('    {"label"'))).toHaveLength(3);
    expect(text.endsWith("}\n")).toBe(true);
  });
});
