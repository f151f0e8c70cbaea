import { FOUNDATION_FUNCTIONS } from "./foundation";
import { INDICATOR_FUNCTIONS } from "./indicators";
import type { FunctionSpec } from "./types";

export type * from "./types";

/**
 * The one catalogue: every ZAISEI function, in the order the docs and the function browser list
 * them. Custom functions, both metadata files, the CLI `calc` and docs/functions.md derive from it.
 */
export const FUNCTIONS: FunctionSpec[] = [...FOUNDATION_FUNCTIONS, ...INDICATOR_FUNCTIONS];

/**
 * The catalogue entry for an id, case-insensitive, with or without the ZAISEI. namespace.
 *
 * @example findFunction("zaisei.wareki")?.id // "WAREKI"
 */
export function findFunction(id: string): FunctionSpec | undefined {
  const wanted = id
    .trim()
    .toUpperCase()
    .replace(/^ZAISEI\./, "");
  return FUNCTIONS.find((f) => f.id === wanted);
}
