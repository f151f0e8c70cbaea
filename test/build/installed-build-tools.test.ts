import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { repoRoot } from "./tools";

/** Version of `dependency` as node resolves it from inside the installed package `from`. */
function versionSeenBy(from: string, dependency: string): string {
  const fromDir = dirname(require.resolve(`${from}/package.json`, { paths: [repoRoot] }));
  const manifest = require.resolve(`${dependency}/package.json`, { paths: [fromDir] });
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

// .npmrc has legacy-peer-deps=true, so npm does not place peer dependencies; these are the ones
// the build needs at run time (seen missing: webpack fails with "Cannot find module
// 'ajv/dist/compile/codegen'" and "Can't resolve 'scheduler'").
describe("installed build tools", () => {
  it("let copy-webpack-plugin's schema-utils find ajv 8 through ajv-keywords (peer ajv ^8.8.2)", () => {
    expect(versionSeenBy("ajv-keywords", "ajv")).toMatch(/^8\./);
  });

  it("let Fluent UI's context selector find scheduler (peer scheduler >=0.19.0)", () => {
    expect(() => versionSeenBy("@fluentui/react-context-selector", "scheduler")).not.toThrow();
  });
});
