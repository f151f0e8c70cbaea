/**
 * Webpack plugin: writes functions-ja.json (Japanese function metadata, selected in the manifest by
 * <bt:Override Locale="ja-jp">) from the functions.json that CustomFunctionsMetadataPlugin put into
 * the same compilation, replacing each function's name and description and its parameters'
 * descriptions with src/functions/functions-ja-localization.json (generated from the catalogue by
 * scripts/gen-functions.ts). Ids, parameter names, types and options are kept as they are, so the
 * two files cannot drift: one source, one transform (tested in test/functions/metadata.test.ts).
 */
const fs = require("fs");
const path = require("path");

const PLUGIN_NAME = "FunctionsJaPlugin";
const DEFAULT_LOCALIZATION = path.join(
  __dirname,
  "..",
  "src",
  "functions",
  "functions-ja-localization.json"
);

/**
 * Applies a localization (id → { name, description, parameters: [{ description }] }) to a
 * functions.json object. Throws when an id has no entry or the parameter counts differ: a stale
 * localization must fail the build, not ship English or shifted descriptions.
 *
 * @param {{ functions: Array<{ id: string, name: string, description?: string, parameters?: Array<{ description?: string }> }> }} metadata
 * @param {Record<string, { name: string, description: string, parameters: Array<{ description: string }> } | string>} localization
 * @returns {object} a new metadata object (the input is not changed)
 * @example localizeFunctionsMetadata(JSON.parse(functionsJson), require("./functions-ja-localization.json"))
 */
function localizeFunctionsMetadata(metadata, localization) {
  if (!metadata || !Array.isArray(metadata.functions))
    throw new Error(`${PLUGIN_NAME}: functions.json has no "functions" array`);
  const functions = metadata.functions.map((fn) => {
    const loc = localization[fn.id];
    if (!loc || typeof loc !== "object")
      throw new Error(
        `${PLUGIN_NAME}: no Japanese entry for ${fn.id}; run npx tsx scripts/gen-functions.ts`
      );
    const params = fn.parameters || [];
    if (loc.parameters.length !== params.length) {
      throw new Error(
        `${PLUGIN_NAME}: ${fn.id} has ${params.length} parameters but the localization has ${loc.parameters.length}`
      );
    }
    return {
      ...fn,
      name: loc.name,
      description: loc.description,
      parameters: params.map((p, i) => ({ ...p, description: loc.parameters[i].description })),
    };
  });
  const extra = Object.keys(localization).filter(
    (id) => id !== "//" && !metadata.functions.some((fn) => fn.id === id)
  );
  if (extra.length > 0)
    throw new Error(
      `${PLUGIN_NAME}: localized ids missing from functions.json: ${extra.join(", ")}`
    );
  return { ...metadata, functions };
}

class FunctionsJaPlugin {
  /**
   * @param {{ localization?: string, source?: string, output?: string }} [options]
   *   localization: path of the localization JSON (default src/functions/functions-ja-localization.json);
   *   source: the English asset (default "functions.json"); output: the asset to write
   *   (default "functions-ja.json").
   */
  constructor(options = {}) {
    this.localization = path.resolve(options.localization || DEFAULT_LOCALIZATION);
    this.source = options.source || "functions.json";
    this.output = options.output || "functions-ja.json";
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.fileDependencies.add(this.localization);
      // CustomFunctionsMetadataPlugin sets its asset in the `compilation` hook, so it is there by
      // the time assets are processed.
      compilation.hooks.processAssets.tap(
        { name: PLUGIN_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(this.source);
          if (!asset) {
            compilation.errors.push(
              new WebpackError(
                `${PLUGIN_NAME}: ${this.source} is not in the compilation; add CustomFunctionsMetadataPlugin first`
              )
            );
            return;
          }
          try {
            const metadata = JSON.parse(asset.source.source().toString());
            const localization = JSON.parse(fs.readFileSync(this.localization, "utf8"));
            const localized = localizeFunctionsMetadata(metadata, localization);
            compilation.emitAsset(
              this.output,
              new sources.RawSource(JSON.stringify(localized, null, 4))
            );
          } catch (e) {
            compilation.errors.push(new WebpackError(e instanceof Error ? e.message : String(e)));
          }
        }
      );
    });
  }
}

// Both `require(file)` (the class, as webpack.config.js uses it) and
// `const { FunctionsJaPlugin, localizeFunctionsMetadata } = require(file)` work.
module.exports = FunctionsJaPlugin;
module.exports.FunctionsJaPlugin = FunctionsJaPlugin;
module.exports.localizeFunctionsMetadata = localizeFunctionsMetadata;
