import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";
import { manifestTools } from "./tools";

interface WarningPluginModule {
  ProductionUrlWarningPlugin: new () => webpack.WebpackPluginInstance;
  WARNING_FILE: string;
  WARNING_TEXT: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require("../../scripts/production-url-warning-plugin.cjs") as WarningPluginModule;

/** Builds a one-line entry with the plugin, as a production build of the add-in would. */
function build(dir: string): Promise<webpack.Stats> {
  writeFileSync(join(dir, "entry.js"), "export const x = 1;\n");
  const compiler = webpack({
    mode: "production",
    context: dir,
    entry: "./entry.js",
    output: { path: join(dir, "dist") },
    plugins: [new plugin.ProductionUrlWarningPlugin()],
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || !stats) reject(error ?? new Error("no stats"));
      else resolve(stats);
    })
  );
}

describe("ProductionUrlWarningPlugin", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "zaisei-prod-url-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("warns in the build output and writes the warning into dist/", async () => {
    const stats = await build(dir);
    expect(stats.hasErrors()).toBe(false);
    const warnings = stats.toJson({ warnings: true }).warnings ?? [];
    expect(warnings.map((w) => w.message).join("\n")).toContain("ZAISEI_PROD_URL");
    expect(plugin.WARNING_FILE).toBe("WARNING-production-url-not-set.txt");
    const written = readFileSync(join(dir, "dist", plugin.WARNING_FILE), "utf8");
    expect(written).toBe(`${plugin.WARNING_TEXT}\n`);
  });

  it("names the placeholder, the variable and the option, in Japanese and English", () => {
    expect(plugin.WARNING_TEXT).toContain(manifestTools.DEFAULT_PROD_URL);
    expect(plugin.WARNING_TEXT).toContain("ZAISEI_PROD_URL=https://");
    expect(plugin.WARNING_TEXT).toContain("--env prodUrl=https://");
    expect(plugin.WARNING_TEXT).toMatch(/本番 URL が設定されていません/);
    expect(plugin.WARNING_TEXT).toMatch(/Production URL not set/);
  });
});
