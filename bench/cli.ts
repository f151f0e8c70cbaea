/**
 * The CLI end to end on large workbooks: `zaisei inspect <file> --json` on 1,000,000 and
 * 5,000,000 cells (the per-read limit), run as a child process (node with tsx, as `npm run
 * zaisei` runs it), reporting wall time, CPU time, peak resident memory (the child's own
 * `process.resourceUsage().maxRSS`, printed by bench/child-resources.cjs) and the bytes of JSON
 * written. The workbooks are generated into a temp folder first and removed afterwards.
 * Goal: 5M cells under 2 GB peak RSS; a peak over it sets the exit code to 1.
 * `ZAISEI_BENCH_CLI_CELLS=1000000` (comma-separated) runs only the sizes named.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { largeWorkbook } from "../test/cli/hostile-workbooks";

const COLS = 10;
const SIZES = [1_000_000, 5_000_000];
const GOAL = { cells: 5_000_000, maxRssMiB: 2048 };
const repoRoot = join(__dirname, "..");

interface ChildRun {
  code: number | null;
  ms: number;
  cpuMs: number;
  maxRssMiB: number;
  stdoutBytes: number;
  stderr: string;
}

function runCli(args: string[]): Promise<ChildRun> {
  const start = performance.now();
  const child = spawn(
    process.execPath,
    [
      "--require",
      join(__dirname, "child-resources.cjs"),
      "--import",
      "tsx",
      join(repoRoot, "src", "cli", "main.ts"),
      ...args,
    ],
    { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] }
  );
  let stdoutBytes = 0;
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdoutBytes += chunk.length));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      const line = /zaisei-bench (\{.*\})/.exec(stderr);
      const usage = line ? (JSON.parse(line[1]!) as { maxRssKiB: number; cpuMs: number }) : null;
      resolve({
        code,
        ms: performance.now() - start,
        cpuMs: usage?.cpuMs ?? NaN,
        maxRssMiB: usage ? usage.maxRssKiB / 1024 : NaN,
        stdoutBytes,
        stderr: stderr.replace(/zaisei-bench .*\n/, ""),
      });
    });
  });
}

const fmt = (x: number): string => Math.round(x).toLocaleString("en-US");

export async function run(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "zaisei-bench-cli-"));
  const lines: string[] = [];
  let goal = "not run";
  try {
    const only = process.env.ZAISEI_BENCH_CLI_CELLS;
    const sizes = only ? only.split(",").map((n) => Number(n.replace(/_/g, ""))) : SIZES;
    for (const cells of sizes) {
      // Two rows of caption and header, the rest item rows: exactly `cells` cells in the used range.
      const rows = cells / COLS - 2;
      const genStart = performance.now();
      const file = await largeWorkbook(dir, `${cells}.xlsx`, { rows, cols: COLS });
      const genMs = performance.now() - genStart;
      const r = await runCli(["inspect", file, "--json"]);
      if (r.code !== 0) throw new Error(`zaisei inspect exited ${r.code}: ${r.stderr}`);
      lines.push(
        `${fmt(cells)} cells (${(statSync(file).size / 2 ** 20).toFixed(1)} MiB .xlsx, built in ${fmt(genMs)} ms): ` +
          `inspect --json ${fmt(r.ms)} ms wall, ${fmt(r.cpuMs)} ms CPU, peak RSS ${fmt(r.maxRssMiB)} MiB, ` +
          `${fmt(r.stdoutBytes / 2 ** 20)} MiB of JSON`
      );
      rmSync(file);
      if (cells === GOAL.cells) {
        const met = r.maxRssMiB < GOAL.maxRssMiB;
        if (!met) process.exitCode = 1;
        goal = `${met ? "met" : "NOT met"}: peak RSS ${fmt(r.maxRssMiB)} MiB`;
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  lines.push(`goal: ${fmt(GOAL.cells)} cells under ${fmt(GOAL.maxRssMiB)} MiB peak RSS — ${goal}`);
  return lines;
}
