import { D } from "../decimal";
import type { Decimal } from "../decimal";

/** An exact fraction p / q of BigInts, q > 0. */
export interface Fraction {
  p: bigint;
  q: bigint;
}

const TEN = new D(10);

/**
 * A finite Decimal as the exact fraction int / 10^k.
 *
 * @example fractionOf(new D("-1.25")) // { p: -125n, q: 100n }
 */
export function fractionOf(value: Decimal): Fraction {
  const k = value.decimalPlaces();
  return { p: BigInt(value.times(TEN.pow(k)).toFixed()), q: 10n ** BigInt(k) };
}

/**
 * The mean of n_i / m_i as one exact fraction. A mean of quotients that do not terminate (2/9,
 * 1/30…) cannot be summed in 40-digit decimals and then truncated: the published figure sits on
 * a digit boundary exactly when the exact sum does (2/9 + 1/30 + 2/45 = 0.3, while the rounded
 * quotients add up to 0.29…9). Every m_i must be non-zero (callers report a zero first).
 *
 * @example meanOfQuotients([[new D(2), new D(9)], [new D(1), new D(30)], [new D(2), new D(45)]]) // p / q = 0.1 exactly (unreduced)
 */
export function meanOfQuotients(pairs: readonly (readonly [Decimal, Decimal])[]): Fraction {
  if (pairs.length === 0) throw new Error("meanOfQuotients: no quotients");
  let p = 0n;
  let q = 1n;
  for (const [numerator, denominator] of pairs) {
    if (denominator.isZero()) throw new Error("meanOfQuotients: zero denominator");
    const n = fractionOf(numerator);
    const m = fractionOf(denominator);
    // n / m = (n.p × m.q) / (n.q × m.p); keep the denominator positive.
    const sign = m.p < 0n ? -1n : 1n;
    const termP = sign * n.p * m.q;
    const termQ = sign * n.q * m.p;
    p = p * termQ + termP * q;
    q = q * termQ;
  }
  return { p, q: q * BigInt(pairs.length) };
}
