import { D, type Decimal } from "../decimal";

/** 十 百 千 multiply within a group of four digits; 万 億 兆 start a new group (domain.md §2). */
export const SMALL_MULTIPLIERS: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3 };
export const BIG_MULTIPLIERS: Readonly<Record<string, number>> = { 万: 4, 億: 8, 兆: 12 };

const POWERS: Decimal[] = [];
for (let e = 0; e <= 16; e++) POWERS.push(new D(10).pow(e));

/**
 * 10^e as a Decimal, cached for the exponents multipliers produce.
 *
 * @example powerOfTen(8).toFixed() // "100000000"
 */
export function powerOfTen(e: number): Decimal {
  return POWERS[e] ?? new D(10).pow(e);
}
