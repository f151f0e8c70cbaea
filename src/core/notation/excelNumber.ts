import { D } from "../decimal";
import type { Decimal } from "../decimal";

/**
 * A JS number from Excel as a Decimal. Excel keeps 15 significant digits, so a double such as
 * 0.30000000000000004 (from =0.1+0.2) is read as Excel shows it: 0.3. The one rule for every
 * number Excel hands over — custom-function arguments and table cells alike.
 *
 * @example excelNumber(0.1 + 0.2).toFixed() // "0.3"
 */
export function excelNumber(value: number): Decimal {
  return new D(value).toSignificantDigits(15).plus(0);
}
