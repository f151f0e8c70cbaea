import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const repoRoot = resolve(__dirname, "..", "..");
const PREFIX = "npm run zaisei -- ";

/** Shell words of a command line: single and double quotes, no expansion; a "#" word starts a comment. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  const word = /\s*(?:'([^']*)'|"([^"]*)"|(#.*$)|([^\s'"]+))/gy;
  let current: string | null = null;
  let m: RegExpExecArray | null;
  let last = 0;
  while (last < line.length && (m = word.exec(line)) !== null) {
    const gap = m[0].length - m[0].trimStart().length > 0;
    if (gap && current !== null) {
      words.push(current);
      current = null;
    }
    if (m[3] !== undefined && current === null) break;
    current = (current ?? "") + (m[1] ?? m[2] ?? m[4] ?? m[3] ?? "");
    last = word.lastIndex;
  }
  if (current !== null) words.push(current);
  return words;
}

/** Every `npm run zaisei -- …` line of the README, with the section (日本語 / English) it is in. */
function readmeCommands(): { section: string; line: string; args: string[] }[] {
  const lines = readFileSync(join(repoRoot, "README.md"), "utf8").split("\n");
  let section = "";
  const found: { section: string; line: string; args: string[] }[] = [];
  for (const line of lines) {
    if (line.startsWith("## ")) section = line.slice(3).trim();
    if (line.trimStart().startsWith(PREFIX))
      found.push({ section, line, args: shellWords(line.trimStart().slice(PREFIX.length)) });
  }
  return found;
}

/** Commands whose exit code depends on what they find: every README example of them says which. */
const EXIT_DOCUMENTED = new Set(["check", "kpi"]);

/** The exit code a README line's comment documents (「終了コード 1」, "exit code 1"), or null. */
function documentedExit(line: string): number | null {
  const m = /(?:終了コード|exit code) ([0-3])/.exec(line);
  return m ? Number(m[1]) : null;
}

describe("shellWords", () => {
  it("splits quoted words and drops a trailing comment", () => {
    expect(shellWords(`inspect a.xlsx --sheet 'A B' --json   # a note`)).toEqual([
      "inspect",
      "a.xlsx",
      "--sheet",
      "A B",
      "--json",
    ]);
    expect(shellWords(`calc '=ZAISEI.X({1,2},{3,4})'`)).toEqual(["calc", "=ZAISEI.X({1,2},{3,4})"]);
  });
});

describe("README.md CLI examples", () => {
  const commands = readmeCommands();

  it("has examples in both the Japanese and the English section", () => {
    expect(new Set(commands.map((c) => c.section))).toEqual(new Set(["日本語", "English"]));
  });

  it("documents the exit code of every check and kpi example", () => {
    for (const c of commands.filter((c) => EXIT_DOCUMENTED.has(c.args[0] ?? "")))
      expect(documentedExit(c.line)).not.toBeNull();
  });

  it.each(commands.map((c) => [c.line, c.args] as const))(
    "runs as written: %s",
    (line, args) => {
      // What `npm run zaisei -- …` runs (package.json: "zaisei": "tsx src/cli/main.ts").
      const r = spawnSync(
        join(repoRoot, "node_modules", ".bin", "tsx"),
        ["src/cli/main.ts", ...args],
        {
          cwd: repoRoot,
          encoding: "utf8",
          timeout: 60_000,
        }
      );
      // `check` and `kpi` exit 1 when there is something to act on; each example says which code it gives.
      const status = EXIT_DOCUMENTED.has(args[0] ?? "") ? documentedExit(line) : 0;
      expect({ status: r.status, stderr: r.stderr }).toEqual({ status, stderr: "" });
      expect(r.stdout.length).toBeGreaterThan(0);
    },
    60_000
  );
});
