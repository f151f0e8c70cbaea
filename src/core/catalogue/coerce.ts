import { D, type Decimal } from "../decimal";
import { readNumberCell } from "./readNumberCell";
import { failArg, ok, type ArgResult } from "./outcome";
import { scalarArg, settle, unitOf, type NumberOptions } from "./argCells";
import type { ExcelArg, FunctionSpec } from "./types";

/**
 * Readers that turn raw Excel arguments into Decimals and text, failing with a message that names
 * the argument. Everything a catalogue entry needs is exported from here.
 */
export {
  ok,
  fail,
  failArg,
  failArgIssue,
  argLabel,
  notComputed,
  okDecimal,
  NOT_COMPUTED,
} from "./outcome";
export type { ArgResult, Fail, Ok, ExcelErrorKind } from "./outcome";
export { readNumberCell, excelErrorKind } from "./readNumberCell";
export { excelNumber } from "../notation";
export type { CellReading } from "./readNumberCell";
export { formatOutcomeMessage, localizeIssue } from "./formatOutcomeMessage";
export type { BlankPolicy, NumberOptions } from "./argCells";
export { argNumbers, argSeries } from "./coerceRange";
export { argText, argOptionalText, argChoice } from "./coerceText";
export { scalarArg } from "./argCells";

/**
 * A required number argument as a Decimal. Numbers pass (15 digits, as Excel keeps them); text is
 * read with Japanese notation in the parameter's unit; blank, "－", booleans and unreadable text
 * fail with a message naming the argument.
 *
 * @example argNumber(["△ 65"], 0, spec) // { ok: true, value: Decimal(-65) }
 */
export function argNumber(
  args: ExcelArg[],
  index: number,
  spec: FunctionSpec,
  options?: NumberOptions
): ArgResult<Decimal> {
  const scalar = scalarArg(args, index, spec);
  if (!scalar.ok) return scalar;
  const policy = options?.blank === "zero" ? "zero" : "error";
  const settled = settle(
    readNumberCell(scalar.value, unitOf(spec, index, options)),
    policy,
    spec,
    index
  );
  if (!settled.ok) return settled;
  // With the "error"/"zero" policies settle never yields null/undefined; guard for the type.
  return settled.value instanceof D
    ? ok(settled.value)
    : failArg("value", "functions.argMissing", spec, index);
}

/**
 * An optional number argument: omitted (null) or blank gives null; "－" gives null too (the caller
 * then uses its documented default). Anything else is read like {@link argNumber}.
 *
 * @example argOptionalNumber([1, null], 1, spec) // { ok: true, value: null }
 */
export function argOptionalNumber(
  args: ExcelArg[],
  index: number,
  spec: FunctionSpec,
  options?: Pick<NumberOptions, "unit">
): ArgResult<Decimal | null> {
  const scalar = scalarArg(args, index, spec);
  if (!scalar.ok) return scalar;
  const settled = settle(
    readNumberCell(scalar.value, unitOf(spec, index, options)),
    "none",
    spec,
    index
  );
  if (!settled.ok) return settled;
  return ok(settled.value ?? null);
}
