import type { FunctionSpec } from "../../core/catalogue/types";
import { declarationName, functionDescription, paramDescription } from "./metadataText";

export const GENERATED_HEADER = "// generated — do not edit; run npx tsx scripts/gen-functions.ts";

/** Text that is safe inside a JSDoc comment: one line, no comment end, no tag start. */
function jsdocText(text: string): string {
  return text.replace(/\s+/g, " ").replace(/\*\//g, "*\\/").replace(/@/g, "＠").trim();
}

function renderDeclaration(spec: FunctionSpec): string {
  if (!/^[A-Z][A-Z0-9_.]{2,}$/.test(spec.id)) throw new Error(`invalid function id: ${spec.id}`);
  const lines = [
    "/**",
    ` * ${jsdocText(functionDescription(spec, "en"))}`,
    ` * @customfunction ${spec.id} ${spec.id}`,
  ];
  const params: string[] = [];
  for (const p of spec.params) {
    if (!/^[a-z][A-Za-z0-9]*$/.test(p.id))
      throw new Error(`${spec.id}: invalid parameter id: ${p.id}`);
    const name = p.optional ? `[${p.id}]` : p.id;
    lines.push(` * @param ${name} ${jsdocText(paramDescription(p, "en"))}`);
    // `unknown` becomes metadata type "any": Excel passes text as is, so △ 65 and 4億円 reach the
    // coercion; a "number" type would make Excel refuse them with #VALUE! before the call.
    const type = p.dimensionality === "matrix" ? "unknown[][]" : "unknown";
    params.push(`${p.id}${p.optional ? "?" : ""}: ${type}`);
  }
  lines.push(
    ` * @returns ${jsdocText(spec.result.unit ? spec.result.unit.en : spec.en.name)}`,
    " */"
  );
  const returns = spec.result.dimensionality === "matrix" ? "unknown[][]" : "unknown";
  // Omitted optional arguments arrive as null in Excel; `?? null` gives the same in direct calls.
  const args = spec.params.map((p) => (p.optional ? `${p.id} ?? null` : p.id)).join(", ");
  const cast = spec.result.dimensionality === "matrix" ? " as unknown[][]" : "";
  lines.push(
    `export function ${declarationName(spec)}(${params.join(", ")}): ${returns} {`,
    `  return runFunction(${JSON.stringify(spec.id)}, [${args}])${cast};`,
    "}"
  );
  return lines.join("\n");
}

/**
 * The source of src/functions/functions.ts: one exported function declaration per catalogue entry,
 * with the JSDoc tags custom-functions-metadata reads (arrow functions would be ignored; class
 * types such as Decimal rejected), each body a call of the shared runner.
 *
 * @example renderFunctionsSource(FUNCTIONS).startsWith(GENERATED_HEADER) // true
 */
export function renderFunctionsSource(functions: readonly FunctionSpec[]): string {
  const head = [
    GENERATED_HEADER,
    "// One declaration per entry of src/core/catalogue (FUNCTIONS). custom-functions-metadata-plugin reads the",
    "// JSDoc below to write functions.json; scripts/functions-ja-plugin.js derives functions-ja.json from it.",
    'import { runFunction } from "./runner";',
  ].join("\n");
  return [head, ...functions.map(renderDeclaration)].join("\n\n") + "\n";
}
