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
  devServer: {
    host?: string;
    allowedHosts?: unknown;
    port: number;
    headers: (req: { headers: { origin?: string } }) => Record<string, string>;
    server: { type: string };
  };
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

/** The config as webpack-cli would build it with ZAISEI_PROD_URL set to `prodUrl` (or unset). */
function withProdUrlVariable<T>(prodUrl: string | undefined, make: () => T): T {
  const saved = process.env.ZAISEI_PROD_URL;
  if (prodUrl === undefined) delete process.env.ZAISEI_PROD_URL;
  else process.env.ZAISEI_PROD_URL = prodUrl;
  try {
    return make();
  } finally {
    if (saved === undefined) delete process.env.ZAISEI_PROD_URL;
    else process.env.ZAISEI_PROD_URL = saved;
  }
}

describe("webpack.config.js", () => {
  const production = withProdUrlVariable(undefined, () =>
    makeConfig({ officejs: "cdn" }, { mode: "production" })
  );
  const development = withProdUrlVariable(undefined, () => makeConfig({}, { mode: "development" }));

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
    expect(prod).toContain("https://production-url-not-set.invalid/taskpane.html");
    expect(String(copyOf(development)?.transform?.(manifest))).toBe(manifest.toString());
  });

  it("copies the sample workbooks to samples/ and tolerates there being none", () => {
    const samples = copyPatterns(production).find((p) => p.to === "samples/[name][ext]");
    expect(samples).toMatchObject({ from: "assets/samples/*.xlsx", noErrorOnMissing: true });
  });

  it.each([
    // [mode, --env prodUrl, ZAISEI_PROD_URL, whether the build warns]
    ["production", undefined, undefined, true],
    ["production", "https://zaisei.example.lg.jp/", undefined, false],
    ["production", undefined, "https://zaisei.example.lg.jp/", false],
    ["development", undefined, undefined, false],
  ] as const)(
    "in %s with --env prodUrl=%s and ZAISEI_PROD_URL=%s warns about the placeholder URL: %s",
    (mode, prodUrl, variable, warns) => {
      const env: Record<string, string> = prodUrl ? { prodUrl } : {};
      const config = withProdUrlVariable(variable, () => makeConfig(env, { mode }));
      expect(byName(config, "ProductionUrlWarningPlugin")).toHaveLength(warns ? 1 : 0);
    }
  );

  it("serves https on the package.json port, on localhost only", () => {
    expect(development.devServer.port).toBe(3000);
    expect(development.devServer.server.type).toBe("https");
    expect(development.devServer.host).toBe("localhost");
    // "all" would also let other hosts' names through the Host header check.
    expect(development.devServer.allowedHosts).toBeUndefined();
  });

  it.each([
    "https://excel.officeapps.live.com",
    "https://inc-excel.officeapps.live.com",
    "https://excel.cloud.microsoft",
  ])("lets Excel on the web at %s read the function metadata (CORS)", (origin) => {
    expect(development.devServer.headers({ headers: { origin } })).toEqual({
      Vary: "Origin",
      "Access-Control-Allow-Origin": origin,
    });
  });

  it.each([
    undefined,
    "https://evil.example",
    "http://excel.officeapps.live.com",
    "https://excel.officeapps.live.com.evil.example",
    "https://evilofficeapps.live.com",
    "https://cloud.microsoft.evil.example",
    "null",
  ])("sends no Access-Control-Allow-Origin to origin %s (never *)", (origin) => {
    const headers = development.devServer.headers({ headers: origin ? { origin } : {} });
    expect(headers).toEqual({ Vary: "Origin" });
  });
});
