import type { RoundingMode } from "../decimal";

/**
 * Rounds the exact fraction p / q to an integer with a 決算 rounding mode, in BigInt (exact).
 * Like {@link roundDecimal}, 切り捨て / 切り上げ / 四捨五入 act on the absolute value (toward zero,
 * away from zero, .5 away from zero). The custom functions' fast path for integer inputs uses it:
 * the same result as decimal.js at a fraction of the cost. q must not be 0 (a programmer error).
 *
 * @example roundRational(127588n, 10000n, "down") // 12n
 */
export function roundRational(p: bigint, q: bigint, mode: RoundingMode): bigint {
  if (q === 0n) throw new Error("roundRational: zero denominator");
  const negative = p < 0n !== q < 0n && p !== 0n;
  const x = p < 0n ? -p : p;
  const y = q < 0n ? -q : q;
  let n = x / y;
  const r = x - n * y;
  if (mode === "up" ? r > 0n : mode === "half-up" ? 2n * r >= y : false) n += 1n;
  return negative ? -n : n;
}

/** 10^digits as BigInt for the small digit counts of published figures. */
const POWERS = [1n, 10n, 100n, 1000n, 10000n, 100000n, 1000000n];

/**
 * The scaled integer of a percentage at `digits` decimals: round(p / q × 100 × 10^digits).
 * Returns the value as the JS number Excel receives, converted once from its decimal string
 * ("918e-1"), exactly as Number(decimal.toFixed()) converts the general path's result — also
 * when the scaled integer is beyond 2^53, where Number(bigint) / 10^digits would round twice.
 *
 * @example percentToNumber(1010n, 1100n, 1, "half-up") // 91.8
 */
export function percentToNumber(p: bigint, q: bigint, digits: number, mode: RoundingMode): number {
  const scale = POWERS[digits];
  if (scale === undefined) throw new Error(`percentToNumber: unsupported digits ${digits}`);
  return Number(`${roundRational(p * 100n * scale, q, mode)}e-${digits}`) + 0;
}
