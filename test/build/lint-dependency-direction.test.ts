import { spawnSync } from "node:child_process";
import { repoRoot } from "./tools";

interface Probe {
  /** The file the snippet is linted as (nothing is written to src/). */
  file: string;
  source: string;
}

/**
 * Lints every probe in one ESLint process (the config loads once): the rule ids reported per
 * probe. ESLint's API runs in a child node process, since the config is an ES module.
 */
function lintAll(probes: Probe[]): string[][] {
  const script = `
    import { readFileSync } from "node:fs";
    import { join } from "node:path";
    import { ESLint } from "eslint";
    const probes = JSON.parse(readFileSync(0, "utf8"));
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const p of probes) {
      const [result] = await eslint.lintText(p.source, { filePath: join(process.cwd(), p.file) });
      out.push(result.messages.map((m) => m.ruleId ?? "(fatal) " + m.message));
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: repoRoot,
    input: JSON.stringify(probes),
    encoding: "utf8",
  });
  // Parsing fails loudly if ESLint itself could not run, so "no rule fired" is never vacuous.
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as string[][];
}

const importing = (target: string) => `import * as m from "${target}";\nexport const probe = m;\n`;

// [file, source, rule that must fire]
const FORBIDDEN: [string, string, string][] = [
  // The direction in docs/architecture: core ← workflows ← taskpane/cli; functions → core.
  ["src/core/probe.ts", importing("../workbook/port"), "zaisei/dependency-direction"],
  ["src/core/probe.ts", importing("react"), "no-restricted-imports"],
  ["src/core/probe.ts", importing("node:fs"), "no-restricted-imports"],
  ["src/workflows/probe.ts", importing("../taskpane/App"), "zaisei/dependency-direction"],
  ["src/functions/probe.ts", importing("../cli/main"), "zaisei/dependency-direction"],
  ["src/functions/probe.ts", importing("../workbook/port"), "zaisei/dependency-direction"],
  ["src/functions/probe.ts", importing("../workflows"), "zaisei/dependency-direction"],
  // Only the task pane's excelHost.ts constructs the Excel adapter.
  ["src/workflows/probe.ts", importing("../workbook/excel"), "zaisei/dependency-direction"],
  [
    "src/workflows/probe.ts",
    importing("../workbook/excel/ExcelWorkbook"),
    "zaisei/dependency-direction",
  ],
  ["src/taskpane/read/probe.ts", importing("../../workbook/excel"), "zaisei/dependency-direction"],
  ["src/taskpane/index.tsx", importing("../workbook/excel"), "zaisei/dependency-direction"],
  ["src/cli/probe.ts", importing("../workbook/excel"), "zaisei/dependency-direction"],
  ["src/workbook/memory/probe.ts", importing("../excel/chartData"), "zaisei/dependency-direction"],
  // The host's globals, however they are reached, outside the adapter and the entry points.
  [
    "src/taskpane/App.tsx",
    "export const lang = Office.context.displayLanguage;\n",
    "zaisei/no-host-globals",
  ],
  [
    "src/workflows/probe.ts",
    "export const run = () => Excel.run(async () => 1);\n",
    "zaisei/no-host-globals",
  ],
  [
    "src/workflows/probe.ts",
    "export let context: Excel.RequestContext | undefined;\n",
    "zaisei/no-host-globals",
  ],
  ["src/taskpane/excelHost.ts", "export const run = Excel.run;\n", "zaisei/no-host-globals"],
  [
    "src/functions/describeOutcome.ts",
    "export const cf = (globalThis as { CustomFunctions?: unknown }).CustomFunctions;\n",
    "zaisei/no-host-globals",
  ],
  ["src/core/probe.ts", 'export const rt = window["OfficeRuntime"];\n', "zaisei/no-host-globals"],
  [
    "src/workbook/memory/probe.ts",
    "export const e = OfficeExtension.Error;\n",
    "zaisei/no-host-globals",
  ],
  // No clock or randomness in core.
  ["src/core/probe.ts", "export const t = Date.now();\n", "no-restricted-properties"],
  ["src/core/probe.ts", "export const d = new Date();\n", "no-restricted-syntax"],
  ["src/core/probe.ts", "export const d = Date();\n", "no-restricted-syntax"],
  ["src/core/probe.ts", "export const t = performance.now();\n", "no-restricted-properties"],
  ["src/core/probe.ts", "export const r = Math.random();\n", "no-restricted-properties"],
  ["src/core/probe.ts", "export const r = crypto.randomUUID();\n", "no-restricted-globals"],
  [
    "src/core/probe.ts",
    "export const r = globalThis.crypto.getRandomValues(new Uint8Array(4));\n",
    "no-restricted-properties",
  ],
];

const ALLOWED: [string, string, string][] = [
  [
    "core's own message parts named like other layers (./functions, ./workbook)",
    "src/core/messages/probe.ts",
    'import * as a from "./functions";\nimport * as b from "./workbook";\nexport const probe = [a, b];\n',
  ],
  [
    "the task pane's excelHost.ts importing the adapter",
    "src/taskpane/excelHost.ts",
    importing("../workbook/excel"),
  ],
  ["functions importing core", "src/functions/probe.ts", importing("../core/grid")],
  [
    "the adapter calling Excel.run",
    "src/workbook/excel/probe.ts",
    "export const run = Excel.run;\n",
  ],
  [
    "the task pane's entry waiting for Office",
    "src/taskpane/index.tsx",
    "export const ready = typeof Office === 'undefined' ? null : Office.onReady();\n",
  ],
  [
    "the functions runner reading CustomFunctions",
    "src/functions/runner.ts",
    "export const cf = (globalThis as { CustomFunctions?: unknown }).CustomFunctions;\n",
  ],
  [
    "a parameter named like a host global",
    "src/taskpane/probe.ts",
    "export function host(Office: { id: string }): string {\n  return Office.id;\n}\n",
  ],
  [
    "a date made from a given time in core",
    "src/core/probe.ts",
    "export const d = new Date(Date.UTC(2025, 3, 1));\n",
  ],
];

describe("eslint.config.mjs layering", () => {
  let forbidden: string[][];
  let allowed: string[][];

  beforeAll(() => {
    const results = lintAll(
      [...FORBIDDEN.map(([file, source]) => ({ file, source }))].concat(
        ALLOWED.map(([, file, source]) => ({ file, source }))
      )
    );
    forbidden = results.slice(0, FORBIDDEN.length);
    allowed = results.slice(FORBIDDEN.length);
  }, 120_000);

  it.each(FORBIDDEN.map((c, i) => [...c, i] as const))(
    "in %s rejects %j with %s",
    (_file, _source, rule, i) => {
      expect(forbidden[i]).toContain(rule);
    }
  );

  it.each(ALLOWED.map((c, i) => [c[0], i] as const))("allows %s", (_what, i) => {
    expect(allowed[i]).toEqual([]);
  });
});
