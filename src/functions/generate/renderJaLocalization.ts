import type { FunctionSpec } from "../../core/catalogue/types";
import { excelFunctionName, functionDescription, paramDescription } from "./metadataText";

/** What functions-ja.json takes from the catalogue for one function id. */
export interface FunctionLocalization {
  name: string;
  description: string;
  parameters: { description: string }[];
}

/**
 * The source of src/functions/functions-ja-localization.json: id → Japanese name, description and
 * parameter descriptions (in declaration order). scripts/functions-ja-plugin.js applies it to
 * functions.json at build time; ids never change.
 *
 * @example JSON.parse(renderJaLocalization(FUNCTIONS)).WAREKI.name // "和暦年度"
 */
export function renderJaLocalization(functions: readonly FunctionSpec[]): string {
  const out: Record<string, FunctionLocalization | string> = {
    "//": "generated — do not edit; run npx tsx scripts/gen-functions.ts",
  };
  for (const spec of functions) {
    out[spec.id] = {
      name: excelFunctionName(spec, "ja"),
      description: functionDescription(spec, "ja"),
      parameters: spec.params.map((p) => ({ description: paramDescription(p, "ja") })),
    };
  }
  return JSON.stringify(out, null, 2) + "\n";
}
