import { excelErrorKind } from "./readNumberCell";
import { failArg, ok, type ArgResult } from "./outcome";
import { scalarArg } from "./argCells";
import type { ExcelArg, FunctionSpec } from "./types";

/**
 * A required text argument. A number is turned into its text as Excel would (a cell holding 7
 * given to a text parameter); booleans fail; error values propagate.
 *
 * @example argText(["令和7年度"], 0, spec) // { ok: true, value: "令和7年度" }
 */
export function argText(args: ExcelArg[], index: number, spec: FunctionSpec): ArgResult<string> {
  const text = argOptionalText(args, index, spec);
  if (!text.ok) return text;
  return text.value === null
    ? failArg("value", "functions.argMissing", spec, index)
    : ok(text.value);
}

/**
 * An optional text argument: omitted or "" gives null.
 *
 * @example argOptionalText(["x", null], 1, spec) // { ok: true, value: null }
 */
export function argOptionalText(
  args: ExcelArg[],
  index: number,
  spec: FunctionSpec
): ArgResult<string | null> {
  const scalar = scalarArg(args, index, spec);
  if (!scalar.ok) return scalar;
  const value = scalar.value;
  if (value === null || value === "") return ok(null);
  if (typeof value === "number") return ok(String(value));
  if (typeof value === "boolean") {
    return failArg("value", "functions.argNotText", spec, index, {
      text: value ? "TRUE" : "FALSE",
    });
  }
  const err = excelErrorKind(value);
  if (err) return failArg(err.kind, "functions.argErrorValue", spec, index, { text: err.text });
  return ok(value);
}

/**
 * An optional choice among fixed words (case-insensitive, returned as listed); omitted gives null.
 *
 * @example argChoice([2025, "SHORT"], 1, spec, ["short", "long"]) // { ok: true, value: "short" }
 */
export function argChoice<C extends string>(
  args: ExcelArg[],
  index: number,
  spec: FunctionSpec,
  choices: readonly C[]
): ArgResult<C | null> {
  const text = argOptionalText(args, index, spec);
  if (!text.ok || text.value === null) return text.ok ? ok(null) : text;
  const wanted = text.value.trim().toLowerCase();
  const found = choices.find((c) => c.toLowerCase() === wanted);
  return found !== undefined
    ? ok(found)
    : failArg("value", "functions.argChoice", spec, index, {
        text: text.value,
        choices: choices.join(", "),
      });
}
