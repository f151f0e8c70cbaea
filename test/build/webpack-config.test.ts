import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./tools";

interface Plugin {
  constructor: { name: string };
  userOptions?: {
    filename?: string;
    chunks?: string[];
    templateParameters?: Record<string, string>;
  };
  patterns?: Array<{
    from: string;
    to: string;
    noErrorOnMissing?: boolean;
    transform?: (content: Buffer) => string | Buffer;
  }>;
  options?: { output?: string; input?: string };
}
interface Config {
  entry: Record<string, string>;
  optimization: { runtimeChunk: string };
  plugins: Plugin[];
  devServer: { port: number; headers: Record<string, string>; server: { type: string } };
}

// webpack.config.js is CommonJS (webpack-cli loads it); the test calls it like webpack-cli does.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../../webpack.config.js") as (
  env: Record<string, string>,
  argv: { mode: string }
) => Config;

const byName = (config: Config, name: string) =>
  config.plugins.filter((p) => p.constructor.name === name);
// copy-webpack-plugin's class is called CopyPlugin.
const copyPatterns = (config: Config) => byName(config, "CopyPlugin")[0]?.patterns ?? [];

describe("webpack.config.js", () => {
  const production = makeConfig({ officejs: "cdn" }, { mode: "production" });
  const development = makeConfig({}, { mode: "development" });

  it("uses one webpack runtime so both entries share module instances", () => {
    expect(production.optimization.runtimeChunk).toBe("single");
  });

  it("loads the task pane and the custom functions on one taskpane.html page", () => {
    expect(production.entry).toEqual({
      taskpane: join(repoRoot, "src/taskpane/index.tsx"),
      functions: join(repoRoot, "src/functions/functions.ts"),
    });
    const pages = byName(production, "HtmlWebpackPlugin");
    expect(pages).toHaveLength(1);
    expect(pages[0]?.userOptions?.filename).toBe("taskpane.html");
    expect(pages[0]?.userOptions?.chunks).toEqual(
      expect.arrayContaining(["runtime", "taskpane", "functions"])
    );
  });

  it("writes functions.json from the functions entry, and functions-ja.json when its plugin exists", () => {
    const [metadata] = byName(production, "CustomFunctionsMetadataPlugin");
    expect(metadata?.options).toEqual({
      output: "functions.json",
      input: production.entry.functions,
    });
    const jaPluginExists = existsSync(join(repoRoot, "scripts/functions-ja-plugin.js"));
    expect(byName(production, "FunctionsJaPlugin")).toHaveLength(jaPluginExists ? 1 : 0);
  });

  it.each([
    // [config, office.js URL in the page, whether office-js/ is copied]
    ["production", "https://appsforoffice.microsoft.com/lib/1/hosted/office.js", false],
    ["development", "office-js/office.js", true],
  ] as const)("in %s loads office.js from %s", (name, url, copied) => {
    const config = name === "production" ? production : development;
    const [page] = byName(config, "HtmlWebpackPlugin");
    expect(page?.userOptions?.templateParameters?.officeJsUrl).toBe(url);
    expect(copyPatterns(config).some((p) => p.to === "office-js")).toBe(copied);
  });

  it("rejects an unknown office.js setting instead of guessing", () => {
    expect(() => makeConfig({ officejs: "latest" }, { mode: "production" })).toThrow(/officejs/);
  });

  it("rewrites every dev URL in the copied manifest only in production", () => {
    const manifest = readFileSync(join(repoRoot, "manifest.xml"));
    const copyOf = (config: Config) => copyPatterns(config).find((p) => p.to === "manifest.xml");
    const prod = String(copyOf(production)?.transform?.(manifest));
    expect(prod).not.toContain("localhost");
    expect(prod).toContain("https://zaisei-toolkit.example.jp/taskpane.html");
    expect(String(copyOf(development)?.transform?.(manifest))).toBe(manifest.toString());
  });

  it("copies the sample workbooks to samples/ and tolerates there being none", () => {
    const samples = copyPatterns(production).find((p) => p.to === "samples/[name][ext]");
    expect(samples).toMatchObject({ from: "assets/samples/*.xlsx", noErrorOnMissing: true });
  });

  it("serves https on the package.json port with CORS open for Office", () => {
    expect(development.devServer.port).toBe(3000);
    expect(development.devServer.server.type).toBe("https");
    expect(development.devServer.headers["Access-Control-Allow-Origin"]).toBe("*");
  });
});
