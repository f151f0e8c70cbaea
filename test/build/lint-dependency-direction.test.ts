import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "./tools";

/** Rule ids ESLint reports for source text linted as if it were the file at `path` (nothing is written to src/). */
function lint(path: string, source: string): string[] {
  const result = spawnSync(
    process.execPath,
    [
      join(repoRoot, "node_modules/eslint/bin/eslint.js"),
      "--stdin",
      "--stdin-filename",
      path,
      "--format",
      "json",
    ],
    { cwd: repoRoot, input: source, encoding: "utf8" }
  );
  // Parsing fails loudly if ESLint itself could not run, so "no rule fired" is never vacuous.
  const [file] = JSON.parse(result.stdout) as Array<{ messages: Array<{ ruleId: string | null }> }>;
  return (file?.messages ?? []).map((m) => m.ruleId ?? "(fatal)");
}

describe("eslint.config.mjs dependency direction", () => {
  it.each([
    // [file, import, rule that must fire] — the direction in docs/architecture: core ← workflows ← taskpane/cli
    ["src/core/probe.ts", "../workbook/port", "zaisei/dependency-direction"],
    ["src/core/probe.ts", "react", "no-restricted-imports"],
    ["src/core/probe.ts", "node:fs", "no-restricted-imports"],
    ["src/workflows/probe.ts", "../taskpane/App", "zaisei/dependency-direction"],
    ["src/functions/probe.ts", "../cli/main", "zaisei/dependency-direction"],
  ])(
    "in %s rejects importing %s",
    (file, target, rule) => {
      const output = lint(file, `import * as m from "${target}";\nexport const probe = m;\n`);
      expect(output).toContain(rule);
    },
    60_000
  );

  it("allows core's own message parts named like other layers (./functions, ./workbook)", () => {
    const output = lint(
      "src/core/messages/probe.ts",
      'import * as a from "./functions";\nimport * as b from "./workbook";\nexport const probe = [a, b];\n'
    );
    expect(output).toEqual([]);
  }, 60_000);
});
