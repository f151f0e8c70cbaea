import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./tools";

interface Pattern {
  from: string;
  to: string;
  filter?: (file: string) => boolean;
}
interface Config {
  output: { chunkFilename: string; filename: string };
  plugins: Array<{
    constructor: { name: string };
    patterns?: Pattern[];
    userOptions?: { templateParameters?: Record<string, string> };
  }>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../../webpack.config.js") as (
  env: Record<string, string>,
  argv: { mode: string }
) => Config;

const scripts = (
  JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  }
).scripts;

/** The config `npm run build:closed` builds (its webpack arguments, read from package.json). */
function closedConfig(): Config {
  const args = String(scripts["build:closed"]).split(/\s+/);
  const mode = args[args.indexOf("--mode") + 1] ?? "";
  const env = Object.fromEntries(
    args.flatMap((arg, i) => (args[i - 1] === "--env" ? [arg.split("=") as [string, string]] : []))
  );
  return makeConfig(env, { mode });
}
const patterns = (config: Config) =>
  config.plugins.find((p) => p.constructor.name === "CopyPlugin")?.patterns ?? [];

describe("npm run build:closed (webpack.config.js)", () => {
  const config = closedConfig();

  it("is the production build with office.js served from the add-in's own host", () => {
    expect(scripts["build:closed"]).toBe("webpack --mode production --env officejs=local");
    const page = config.plugins.find((p) => p.constructor.name === "HtmlWebpackPlugin");
    expect(page?.userOptions?.templateParameters?.officeJsUrl).toBe("office-js/office.js");
  });

  it("copies office.js's files but not its TypeScript declarations", () => {
    const officeJs = patterns(config).find((p) => p.to === "office-js");
    expect(officeJs?.filter?.("/x/node_modules/@microsoft/office-js/dist/office.js")).toBe(true);
    expect(officeJs?.filter?.("/x/node_modules/@microsoft/office-js/dist/office.d.ts")).toBe(false);
  });

  it("names only chunks/ files by content hash, so a server may cache that folder for a year", () => {
    expect(config.output.chunkFilename).toBe("chunks/[name].[contenthash:8].js");
    expect(config.output.filename).toBe("[name].js");
    expect(makeConfig({}, { mode: "development" }).output.chunkFilename).not.toContain(
      "contenthash"
    );
  });

  it("copies deploy/iis/web.config to dist/web.config, so IIS serves a copied dist/ as it is", () => {
    expect(patterns(config)).toContainEqual(
      expect.objectContaining({ from: "deploy/iis/web.config", to: "web.config" })
    );
  });
});

describe(".ci/run and the deployment test", () => {
  const ci = readFileSync(join(repoRoot, ".ci/run"), "utf8");

  it("installs nginx-light and openssl with Chromium, then runs npm run test:deploy after the build", () => {
    expect(ci).toContain("missing+=(nginx-light)");
    expect(ci).toContain("missing+=(openssl)");
    expect(scripts["test:deploy"]).toBe("node scripts/test-deploy.mjs");
    const at = (line: RegExp) => ci.search(line);
    expect(at(/^npm run test:deploy$/m)).toBeGreaterThan(at(/^npm run build /m));
    expect(at(/^npm run test:deploy$/m)).toBeGreaterThan(at(/^npm run test:browser$/m));
  });

  it.each([
    ["nginx", { NGINX: "/nonexistent/nginx" }, "apt-get install nginx-light"],
    ["Chromium", { CHROMIUM: "/nonexistent/chromium" }, "apt-get install chromium fonts-noto-cjk"],
  ])(
    "without %s prints one line on how to install it and exits 1 before building",
    (_name, env, hint) => {
      const result = spawnSync(process.execPath, [join(repoRoot, "scripts/test-deploy.mjs")], {
        cwd: repoRoot,
        env: { ...process.env, ...env },
        encoding: "utf8",
        timeout: 30_000,
      });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe("");
      const lines = result.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(hint);
    }
  );
});
