import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { largeWorkbook } from "./hostile-workbooks";

const repoRoot = resolve(__dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "zaisei-pipe-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs the CLI as `npm run zaisei` does (tsx) and closes its stdout after the first piece, as
 * `zaisei inspect big.xlsx | head` does when head has its lines.
 */
function runAndCloseEarly(
  args: string[]
): Promise<{ code: number | null; stderr: string; bytes: number }> {
  const child = spawn(join(repoRoot, "node_modules", ".bin", "tsx"), ["src/cli/main.ts", ...args], {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  let bytes = 0;
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  child.stdout.once("data", (chunk: Buffer) => {
    bytes = chunk.length;
    child.stdout.destroy();
  });
  return new Promise((done) => child.on("close", (code) => done({ code, stderr, bytes })));
}

describe("main on a closed pipe (zaisei inspect big.xlsx | head)", () => {
  it.each([[[]], [["--json"]]])(
    "ends quietly with the usual exit code, no stack trace (%p)",
    async (extra: string[]) => {
      const file = await largeWorkbook(dir, "pipe.xlsx", { rows: 20_000, cols: 4 });
      const r = await runAndCloseEarly(["inspect", file, ...extra]);
      expect(r.bytes).toBeGreaterThan(0);
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    },
    120_000
  );
});
