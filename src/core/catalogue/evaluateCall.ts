import { fail } from "./outcome";
import type { ExcelArg, FunctionOutcome, FunctionSpec } from "./types";

/**
 * Runs a catalogue entry on raw arguments as Excel passes them, never throwing: omitted arguments
 * (undefined, or fewer than declared) become null as Excel sends them, too many arguments fail,
 * and an exception from the implementation (a bug) becomes a #VALUE! outcome that says so.
 *
 * @example evaluateCall(WAREKI_FUNCTION, [2019]) // { ok: true, value: "令和元年度" }
 */
export function evaluateCall(spec: FunctionSpec, rawArgs: readonly unknown[]): FunctionOutcome {
  if (rawArgs.length > spec.params.length) {
    return fail("value", "functions.tooManyArgs", {
      name: spec.id,
      max: spec.params.length,
      actual: rawArgs.length,
    });
  }
  const args = spec.params.map((_, i) =>
    rawArgs[i] === undefined ? null : rawArgs[i]
  ) as ExcelArg[];
  try {
    const outcome = spec.evaluate(args);
    if (typeof outcome !== "object" || outcome === null || typeof outcome.ok !== "boolean") {
      return fail("value", "functions.internalError", { name: spec.id, detail: "no outcome" });
    }
    return outcome;
  } catch (e) {
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return fail("value", "functions.internalError", { name: spec.id, detail });
  }
}
