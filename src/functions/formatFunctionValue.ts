import type { FunctionValue } from "../core/catalogue/types";

function formatCell(value: number | string | boolean, quoteText: boolean): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  return quoteText ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A function's value written the way the catalogue's examples and `zaisei calc` print it:
 * numbers as JS prints them, TRUE/FALSE, text as is, a matrix as an array constant {1,"a";2,"b"}.
 *
 * @example formatFunctionValue([[1, "－"], [2, 3]]) // '{1,"－";2,3}'
 */
export function formatFunctionValue(value: FunctionValue): string {
  if (!Array.isArray(value)) return formatCell(value, false);
  return `{${value.map((row) => row.map((c) => formatCell(c, true)).join(",")).join(";")}}`;
}
