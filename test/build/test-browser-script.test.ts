import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./tools";

/** Runs `npm run test:browser`'s script with CHROMIUM set; returns what a user would see. */
function runWithChromium(chromium: string) {
  const result = spawnSync(process.execPath, [join(repoRoot, "scripts/test-browser.mjs")], {
    cwd: repoRoot,
    env: { ...process.env, CHROMIUM: chromium },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("scripts/test-browser.mjs", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "zaisei-no-chromium-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["a missing path", () => join(dir, "missing", "chromium")],
    ["a folder", () => dir],
  ])(
    "without Chromium (CHROMIUM is %s) prints one line on how to install it and exits 1 before building",
    (_name, chromium) => {
      const path = chromium();
      const { status, stdout, stderr } = runWithChromium(path);
      expect(status).toBe(1);
      // Nothing was built or run: no "building" progress, no pass/fail summary, no stack trace.
      expect(stdout).toBe("");
      const lines = stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(path);
      expect(lines[0]).toContain("apt-get install chromium fonts-noto-cjk");
      expect(lines[0]).toContain("CHROMIUM=/path/to/chromium");
      expect(lines[0]).not.toMatch(/failed|\bat .*:\d+:\d+/);
    }
  );
});
