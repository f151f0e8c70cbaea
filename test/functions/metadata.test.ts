import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FUNCTIONS } from "../../src/core/catalogue";
import type { Language } from "../../src/core/messages";
import {
  excelFunctionName,
  functionDescription,
  paramDescription,
} from "../../src/functions/generate/metadataText";

// CommonJS modules without type declarations: typed here by what the test uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata/lib/generate") as {
  generateCustomFunctionsMetadata: (
    input: string
  ) => Promise<{ metadataJson: string; errors: string[] }>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jaPlugin = require("../../scripts/functions-ja-plugin.js") as {
  FunctionsJaPlugin: new (options?: { localization?: string }) => unknown;
  localizeFunctionsMetadata: (metadata: Metadata, localization: unknown) => Metadata;
};

interface MetadataParam {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Metadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    parameters: MetadataParam[];
    result: { dimensionality?: string };
  }[];
}

const root = join(__dirname, "../..");
const functionsFile = join(root, "src/functions/functions.ts");
const localizationFile = join(root, "src/functions/functions-ja-localization.json");

let english: Metadata;
let japanese: Metadata;
let errors: string[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(functionsFile);
  errors = result.errors;
  english = JSON.parse(result.metadataJson || '{"functions":[]}') as Metadata;
  japanese = jaPlugin.localizeFunctionsMetadata(
    english,
    JSON.parse(readFileSync(localizationFile, "utf8"))
  );
}, 30_000);

function check(metadata: Metadata, lang: Language): void {
  expect(metadata.functions.map((f) => f.id)).toEqual(FUNCTIONS.map((f) => f.id));
  for (const spec of FUNCTIONS) {
    const fn = metadata.functions.find((f) => f.id === spec.id)!;
    expect({ id: fn.id, name: fn.name, description: fn.description }).toEqual({
      id: spec.id,
      name: excelFunctionName(spec, lang),
      description: functionDescription(spec, lang),
    });
    expect(fn.result.dimensionality ?? "scalar").toBe(spec.result.dimensionality);
    expect(fn.parameters.map((p) => ({ ...p }))).toEqual(
      spec.params.map((p) => ({
        name: p.id,
        description: paramDescription(p, lang),
        type: "any",
        ...(p.dimensionality === "matrix" ? { dimensionality: "matrix" } : {}),
        ...(p.optional ? { optional: true } : {}),
      }))
    );
  }
}

describe("functions.json (custom-functions-metadata on src/functions/functions.ts)", () => {
  it("is generated without errors", () => {
    expect(errors).toEqual([]);
  });

  it("has every catalogue entry with English names, descriptions, and parameter shapes", () => {
    check(english, "en");
  });
});

describe("localizeFunctionsMetadata (functions-ja.json)", () => {
  it("has every catalogue entry with Japanese names and descriptions and unchanged ids and shapes", () => {
    check(japanese, "ja");
  });

  it("refuses a localization that lacks an id or has a different parameter count", () => {
    const loc = JSON.parse(readFileSync(localizationFile, "utf8")) as Record<
      string,
      { parameters: unknown[] }
    >;
    const { WAREKI: _dropped, ...missing } = loc;
    expect(() => jaPlugin.localizeFunctionsMetadata(english, missing)).toThrow(
      /no Japanese entry for WAREKI/
    );
    const shifted = { ...loc, WAREKI: { ...loc.WAREKI!, parameters: [] } };
    expect(() => jaPlugin.localizeFunctionsMetadata(english, shifted)).toThrow(
      /WAREKI has 2 parameters/
    );
  });
});

describe("FunctionsJaPlugin", () => {
  it("emits functions-ja.json beside functions.json in a webpack build", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const webpack = require("webpack") as typeof import("webpack");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin") as new (
      o: object
    ) => import("webpack").WebpackPluginInstance;
    const dir = mkdtempSync(join(tmpdir(), "zaisei-ja-plugin-"));
    try {
      writeFileSync(join(dir, "entry.js"), "module.exports = 1;\n");
      const compiler = webpack({
        mode: "development",
        context: dir,
        devtool: false,
        entry: join(dir, "entry.js"),
        output: { path: join(dir, "dist") },
        plugins: [
          new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionsFile }),
          new jaPlugin.FunctionsJaPlugin() as import("webpack").WebpackPluginInstance,
        ],
      });
      const stats = await new Promise<import("webpack").Stats>((resolve, reject) =>
        compiler.run((err, s) => (err || !s ? reject(err ?? new Error("no stats")) : resolve(s)))
      );
      await new Promise((resolve) => compiler.close(resolve));
      expect(stats.compilation.errors.map((e) => e.message)).toEqual([]);
      const emitted = JSON.parse(
        readFileSync(join(dir, "dist/functions-ja.json"), "utf8")
      ) as Metadata;
      expect(emitted).toEqual(japanese);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
