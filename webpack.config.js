// webpack build of the Zaisei Toolkit add-in: one page (taskpane.html) for the shared runtime.
//
// Settings (webpack-cli `--env name=value`):
//   prodUrl=https://…/   production base URL written into dist/manifest.xml in place of EVERY
//                        https://localhost:3000/ (else env ZAISEI_PROD_URL, else the placeholder
//                        https://production-url-not-set.invalid/, and then the build warns and
//                        writes dist/WARNING-production-url-not-set.txt). Development builds keep
//                        localhost.
//   officejs=local|cdn   where taskpane.html loads office.js from. local copies
//                        @microsoft/office-js/dist to dist/office-js/ (default in development, used
//                        by the browser tests); cdn loads Microsoft's hosted office.js (default in
//                        production; the store requires it).
//
// The closed-network build (`npm run build:closed` = production + officejs=local) is for hosts
// that cannot reach Microsoft's CDN (LGWAN): office.js is served from the add-in's own host, as
// Microsoft allows for add-ins behind a firewall, and nothing in dist/ names another host
// (scripts/test-deploy.mjs proves it in Chromium). Content-hashed chunks go to dist/chunks/ so a
// web server can cache that one folder for a year (deploy/nginx, deploy/iis/web.config) and keep
// every fixed-name file on no-cache. deploy/iis/web.config is copied to dist/ so that IIS serves
// a copied dist/ folder correctly as it is.
const fs = require("node:fs");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const {
  prodUrlIsPlaceholder,
  resolveProdUrl,
  toProductionManifest,
} = require("./scripts/manifest-tools.cjs");
const { ProductionUrlWarningPlugin } = require("./scripts/production-url-warning-plugin.cjs");

const root = __dirname;
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const functionsEntry = path.join(root, "src/functions/functions.ts");
const functionsJaPluginFile = path.join(root, "scripts/functions-ja-plugin.js");

function devServerPort() {
  const fromNpm = process.env.npm_package_config_dev_server_port;
  const fromPackage = require("./package.json").config?.dev_server_port;
  return Number(fromNpm || fromPackage || 3000);
}

/** Certificates made by office-addin-dev-certs if present; otherwise webpack-dev-server makes one. */
function httpsOptions() {
  const dir = path.join(require("node:os").homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", key: "localhost.key", cert: "localhost.crt" };
  const paths = Object.values(files).map((name) => path.join(dir, name));
  if (!paths.every((file) => fs.existsSync(file))) return undefined;
  return Object.fromEntries(
    Object.entries(files).map(([key, name]) => [key, fs.readFileSync(path.join(dir, name))])
  );
}

/**
 * Origins allowed to read the dev server cross-origin. Excel on the web reads two kinds of file
 * from its own origin with CORS: the custom functions metadata (functions.json,
 * functions-ja.json; Microsoft's docs require CORS on the server hosting it) and the ribbon icons
 * (office-js issue 2467: "Access to image at 'https://localhost:…/assets/…' … blocked by CORS
 * policy"). Its origins are regional subdomains of officeapps.live.com (excel., inc-excel.,
 * usc-excel. in Microsoft's issue threads), and Microsoft 365 web apps are moving to
 * *.cloud.microsoft. The task pane itself is a navigation and loads its scripts same-origin, and
 * Excel desktop fetches natively, so neither needs CORS. No "*": any other website open in the
 * same browser must not read the dev server.
 */
const OFFICE_ORIGIN = /^https:\/\/([a-z0-9-]+\.)*(officeapps\.live\.com|cloud\.microsoft)$/;

/**
 * Response headers of the dev server: the request's Origin is echoed only when it is Office's.
 * @example officeCorsHeaders({ headers: { origin: "https://excel.officeapps.live.com" } })
 *   // { Vary: "Origin", "Access-Control-Allow-Origin": "https://excel.officeapps.live.com" }
 */
function officeCorsHeaders(req) {
  const origin = req.headers.origin;
  return typeof origin === "string" && OFFICE_ORIGIN.test(origin)
    ? { Vary: "Origin", "Access-Control-Allow-Origin": origin }
    : { Vary: "Origin" };
}

function officeJsSetting(env, dev) {
  const setting = env.officejs ?? (dev ? "local" : "cdn");
  if (setting !== "local" && setting !== "cdn") {
    throw new Error(`--env officejs must be "local" or "cdn", not "${setting}"`);
  }
  return setting;
}

/** The localized function metadata plugin (functions helper), wired only once it exists. */
function functionsJaPlugins() {
  if (!fs.existsSync(functionsJaPluginFile)) return [];
  const FunctionsJaPlugin = require(functionsJaPluginFile);
  return [new FunctionsJaPlugin()];
}

function copyPatterns({ dev, officejs, prodUrl }) {
  const patterns = [
    { from: "assets/*.{png,html}", to: "assets/[name][ext]" },
    // IIS reads its MIME map and headers from web.config in the site folder (README, 配備ガイド).
    { from: "deploy/iis/web.config", to: "web.config" },
    // The browser host loads sample workbooks from samples/ beside taskpane.html.
    { from: "assets/samples/*.xlsx", to: "samples/[name][ext]", noErrorOnMissing: true },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => (dev ? content : toProductionManifest(content.toString(), prodUrl)),
    },
  ];
  if (officejs === "local") {
    // office.js loads host and locale files beside itself, so the whole dist/ folder is copied,
    // except the TypeScript declarations (office.d.ts), which nothing requests.
    const officeJsDir = path.join(
      path.dirname(require.resolve("@microsoft/office-js/package.json")),
      "dist"
    );
    patterns.push({
      from: officeJsDir,
      to: "office-js",
      // A filter, not globOptions.ignore: ignore patterns are relative to the webpack context, and
      // the package may resolve outside it (a symlinked node_modules).
      filter: (file) => !file.endsWith(".d.ts"),
      info: { minimized: true },
    });
  }
  return patterns;
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode ?? "production";
  const dev = mode === "development";
  const officejs = officeJsSetting(env, dev);
  const prodUrl = resolveProdUrl(env);
  const https = httpsOptions();
  return {
    mode,
    context: root,
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: path.join(root, "src/taskpane/index.tsx"),
      functions: functionsEntry,
    },
    output: {
      path: path.join(root, "dist"),
      // Entry names stay fixed: the manifest names functions.js (Functions.Script.Url).
      filename: "[name].js",
      // Hashed names only below chunks/: servers cache that folder as immutable (deploy/).
      chunkFilename: dev ? "[name].chunk.js" : "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.join(root, "tsconfig.json"),
              compilerOptions: { noEmit: false, sourceMap: dev },
            },
          },
        },
      ],
    },
    optimization: {
      // One webpack runtime for both entries: a module imported by the task pane and by the
      // custom functions is then instantiated once, so they really share state (seen twice
      // without it in headless Chromium).
      runtimeChunk: "single",
      // Shared code goes into common chunks instead of being copied into both entry bundles;
      // dynamic imports (the browser host with exceljs) stay out of the Excel start-up path.
      splitChunks: { chunks: "all" },
    },
    performance: {
      hints: dev ? false : "warning",
      maxEntrypointSize: 1_200_000,
      maxAssetSize: 1_200_000,
      assetFilter: (file) => file.endsWith(".js") && !file.startsWith("office-js/"),
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionsEntry }),
      ...functionsJaPlugins(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: path.join(root, "src/taskpane/taskpane.html"),
        chunks: ["runtime", "functions", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: {
          officeJsUrl: officejs === "local" ? "office-js/office.js" : OFFICE_JS_CDN,
        },
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns({ dev, officejs, prodUrl }) }),
      ...(!dev && prodUrlIsPlaceholder(env) ? [new ProductionUrlWarningPlugin()] : []),
    ],
    devServer: {
      // This machine only: the add-in is served to the Excel in this machine's browser.
      host: "localhost",
      port: devServerPort(),
      headers: officeCorsHeaders,
      server: https ? { type: "https", options: https } : { type: "https" },
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
    },
  };
};
