import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

const repoRoot = resolve(__dirname, "..", "..");
const fiscal = join(repoRoot, "assets", "samples", "himi-fiscal-outlook.xlsx");

/** Runs a command in the repository and returns its exit code and output. */
function spawn(
  command: string,
  args: string[]
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(command, args, { cwd: repoRoot, encoding: "utf8", timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("bin/zaisei.js", () => {
  beforeAll(() => {
    // The package's own build of the CLI (npm run build:cli); lib/ is git-ignored.
    try {
      execFileSync(join(repoRoot, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.cli.json"], {
        cwd: repoRoot,
        encoding: "utf8",
      });
    } catch (error) {
      // tsc emits even when another part of the tree has a type error; the CLI must still have been built.
      if (!existsSync(join(repoRoot, "lib", "cli", "main.js"))) throw error;
    }
  }, 120_000);

  it("runs the compiled CommonJS CLI: inspect --json on the fiscal outlook sample", () => {
    const r = spawn(process.execPath, [
      join(repoRoot, "bin", "zaisei.js"),
      "inspect",
      fiscal,
      "--json",
    ]);
    expect([r.status, r.stderr]).toEqual([0, ""]);
    const json = JSON.parse(r.stdout) as { fiscalYears: number[]; unit: string };
    expect([json.fiscalYears.length, json.fiscalYears[0], json.unit]).toEqual([11, 2020, "百万円"]);
  });

  it("sets the exit code and writes one line on stderr for a missing file", () => {
    const r = spawn(process.execPath, [
      join(repoRoot, "bin", "zaisei.js"),
      "inspect",
      "nosuch.xlsx",
      "--lang",
      "en",
    ]);
    expect(r).toEqual({
      status: 2,
      stdout: "",
      stderr: "File “nosuch.xlsx” was not found. Check the path.\n",
    });
  });
});

describe("src/cli/main.ts under tsx (npm run zaisei)", () => {
  it("runs as the entry module and sets the exit code", () => {
    const tsx = join(repoRoot, "node_modules", ".bin", "tsx");
    const ok = spawn(tsx, ["src/cli/main.ts", "calc", "=ZAISEI.WAREKI(2019)"]);
    expect([ok.status, ok.stdout]).toEqual([0, "令和元年度\n"]);
    const bad = spawn(tsx, ["src/cli/main.ts", "calc", "=ZAISEI.NOSUCH(1)"]);
    expect(bad.status).toBe(1);
  });
});
