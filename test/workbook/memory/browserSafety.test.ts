import { readdirSync, readFileSync, existsSync } from "fs";
import { builtinModules } from "module";
import { join } from "path";

const MEMORY = join(__dirname, "../../../src/workbook/memory");

describe("src/workbook/memory (bundled for the browser host)", () => {
  it("imports no node built-in module", () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    for (const file of readdirSync(MEMORY)) {
      const source = readFileSync(join(MEMORY, file), "utf8");
      const imports = [...source.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]!);
      expect({ file, node: imports.filter((i) => builtins.has(i)) }).toEqual({ file, node: [] });
    }
  });

  it("relies on exceljs's browser build existing where its package.json points", () => {
    // webpack (target web) follows the "browser" field: a self-contained bundle, no node streams.
    const pkg = JSON.parse(readFileSync(require.resolve("exceljs/package.json"), "utf8")) as {
      browser: string;
    };
    expect(pkg.browser).toBe("./dist/exceljs.min.js");
    expect(existsSync(join(require.resolve("exceljs/package.json"), "..", pkg.browser))).toBe(true);
  });
});
