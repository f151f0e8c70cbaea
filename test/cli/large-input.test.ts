import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { inspectionLines, MAX_LISTED_ISSUES } from "../../src/cli/format-inspection";
import { inspectionJson, inspectionJsonPieces } from "../../src/cli/inspection-json";
import type { InspectionJson } from "../../src/cli/inspection-json";
import { cellAddress } from "../../src/core/grid";
import { formatMessage } from "../../src/core/messages";
import { inspectGrid, summarizeRecognition } from "../../src/workflows";
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

/**
 * A report of `rows` rows with two unreadable cells each (「1,2,3」), built from a small real
 * recognition whose rows are repeated, so the output code meets 140,000 unreadable cells without
 * the table module having to recognise them (that is measured by `npm run bench`).
 */
function reportWithUnreadable(rows: number): InspectionReport {
  const small = inspectGrid(
    { sheet: "data", address: "A1:C3" },
    {
      sheet: "data",
      top: 0,
      left: 0,
      values: [
        ["", "令和2年度", "令和3年度"],
        ["地方債", 1, 2],
        ["市税", "1,2,3", "1,2,3"],
      ],
      numberFormats: [[], [], []],
    }
  );
  const template = small.recognition.rows.find((r) => r.label === "市税")!;
  expect(template.cells.map((c) => c.parsed.kind)).toEqual(["invalid", "invalid"]);
  const repeated = Array.from({ length: rows }, (_, r) => ({
    ...template,
    row: r + 1,
    address: cellAddress({ row: r + 1, col: 0 }),
    cells: template.cells.map((c) => ({
      ...c,
      row: r + 1,
      address: cellAddress({ row: r + 1, col: c.col }),
    })),
  }));
  // The table module's own issues name the small grid's cells; only the repeated rows count here.
  const recognition = { ...small.recognition, rows: repeated, issues: [] };
  return {
    ref: { sheet: "data", address: `A1:C${rows + 1}` },
    cellCount: (rows + 1) * 3,
    recognition,
    summary: summarizeRecognition(recognition, "ja"),
  };
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

describe("140,000 unreadable cells", () => {
  const report = reportWithUnreadable(70_000);

  it("are all in the JSON, each with its address and reason", () => {
    const json = JSON.parse(
      Array.from(inspectionJsonPieces("a.xlsx", report, "en")).join("")
    ) as InspectionJson;
    const errors = json.issues.filter((i) => i.severity === "error");
    expect(errors).toHaveLength(140_000);
    expect(json.counts.unreadable).toBe(140_000);
    expect(errors[0]).toEqual({
      address: "B2",
      severity: "error",
      code: "notation.badThousands",
      message: formatMessage({ code: "notation.badThousands", params: { text: "1,2,3" } }, "ja"),
    });
    expect(errors.at(-1)!.address).toBe("C70001");
  }, 60_000);

  it(`are listed in text up to ${MAX_LISTED_ISSUES}, then counted`, () => {
    const lines = Array.from(inspectionLines(report, "en"));
    expect(lines).toContain("Unreadable cells (140000):");
    expect(lines.filter((l) => /^ {2}[BC]\d+: /.test(l))).toHaveLength(MAX_LISTED_ISSUES);
    expect(lines).toContain(
      formatMessage(
        { code: "cli.inspectMoreCells", params: { count: 140_000 - MAX_LISTED_ISSUES } },
        "en"
      )
    );
  }, 60_000);
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
