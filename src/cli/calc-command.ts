import type { FunctionValue } from "../core/catalogue/types";
import { evaluateFormula } from "../functions/formula";
import { CliError, EXIT } from "./cli-error";
import type { ParsedArgs } from "./parse-args";
import type { Output } from "./output";

/**
 * `zaisei calc '<formula>' [--json]`: evaluates one formula with the add-in's functions.
 * A formula error is a result, not a crash: it is printed on stdout as Excel would show it in
 * the cell (`#VALUE! <message>`) and the exit code is 1; bad usage exits 2 with stderr.
 *
 * @example calcCommand(parseArgs(["calc", "=1+2"]), io) // prints "3", returns 0
 */
export function calcCommand(args: ParsedArgs, out: Output): number {
  const [formula, extra] = args.positional;
  if (formula === undefined || formula.trim() === "")
    throw new CliError({ code: "cli.missingFormula" });
  if (extra !== undefined)
    throw new CliError({ code: "cli.extraArgument", params: { argument: extra } });
  const result = evaluateFormula(formula, args.lang);
  if (args.json) {
    out.stdout.write(`${JSON.stringify({ value: result.value, error: result.error })}\n`);
  } else if (result.error) {
    out.stdout.write(`${result.error.code} ${result.error.message}\n`);
  } else {
    out.stdout.write(`${showValue(result.value)}\n`);
  }
  return result.error ? EXIT.formulaError : EXIT.ok;
}

/** Numbers as JavaScript prints them, TRUE/FALSE as Excel shows them, text as is, a matrix as tab-separated rows. */
export function showValue(value: FunctionValue | null): string {
  if (value === null) return "";
  if (Array.isArray(value)) return value.map((row) => row.map(showScalar).join("\t")).join("\n");
  return showScalar(value);
}

function showScalar(value: number | string | boolean): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
