// Webpack plugin for a production build without a production URL (neither ZAISEI_PROD_URL nor
// --env prodUrl): dist/manifest.xml then points at the placeholder DEFAULT_PROD_URL, which Excel
// cannot load. The build still succeeds (CI and the browser tests build without a real host), but
// it says so twice: a webpack warning in the build output and WARNING-production-url-not-set.txt
// beside the manifest in dist/, so a folder copied to a web server carries the warning with it.
"use strict";

const { DEFAULT_PROD_URL } = require("./manifest-tools.cjs");

const PLUGIN_NAME = "ProductionUrlWarningPlugin";
const WARNING_FILE = "WARNING-production-url-not-set.txt";

/** The warning, Japanese then English, as the build output and the dist/ file show it. */
const WARNING_TEXT = [
  `本番 URL が設定されていません。dist/manifest.xml は仮の ${DEFAULT_PROD_URL} を指しており、このままでは Excel に読み込めません。`,
  "ZAISEI_PROD_URL=https://… (または webpack の --env prodUrl=https://…) を指定して npm run build をやり直してください。",
  `Production URL not set: dist/manifest.xml points at the placeholder ${DEFAULT_PROD_URL}, which Excel cannot load.`,
  "Set ZAISEI_PROD_URL=https://… (or webpack's --env prodUrl=https://…) and run npm run build again.",
].join("\n");

class ProductionUrlWarningPlugin {
  apply(compiler) {
    const { WebpackError, sources, Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          compilation.emitAsset(WARNING_FILE, new sources.RawSource(`${WARNING_TEXT}\n`));
          const warning = new WebpackError(WARNING_TEXT);
          warning.name = PLUGIN_NAME;
          compilation.warnings.push(warning);
        }
      );
    });
  }
}

module.exports = { ProductionUrlWarningPlugin, WARNING_FILE, WARNING_TEXT };
