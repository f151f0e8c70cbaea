import fc from "fast-check";
import { D } from "../../../src/core/decimal";
import { fractionOf, meanOfQuotients } from "../../../src/core/indicators/meanOfQuotients";
import { fractionResult, methodOf } from "../../../src/core/indicators/result";

const pair = (n: string, m: string) => [new D(n), new D(m)] as const;

describe("fractionOf", () => {
  it.each([
    // A finite decimal is int / 10^k, k its decimal places.
    ["-1.25", -125n, 100n],
    ["57237", 57237n, 1n],
    ["1e20", 100000000000000000000n, 1n],
    ["0.001", 1n, 1000n],
  ])("reads %s as %s / %s", (text, p, q) => {
    expect(fractionOf(new D(text))).toEqual({ p, q });
  });
});

describe("meanOfQuotients", () => {
  it.each([
    // 2/9 + 1/30 + 2/45 = 27/90 = 0.3 → mean 0.1 (hand arithmetic).
    [[pair("2", "9"), pair("1", "30"), pair("2", "45")], "0.1"],
    // 1.5 / −0.5 = −3 and 1 / 4 = 0.25 → mean −1.375.
    [[pair("1.5", "-0.5"), pair("1", "4")], "-1.375"],
  ])("gives the exact mean of %j (%s)", (pairs, expected) => {
    const f = meanOfQuotients(pairs);
    expect(f.q > 0n).toBe(true);
    expect(new D(f.p.toString()).div(f.q.toString()).toFixed()).toBe(expected);
  });

  it("throws on a zero denominator or no quotients (callers report those first)", () => {
    expect(() => meanOfQuotients([pair("1", "0")])).toThrow();
    expect(() => meanOfQuotients([])).toThrow();
  });
});

describe("fractionResult", () => {
  it.each([
    // p / q exactly on the boundary stays there under truncation: 3/10 → 0.3, −3/10 → −0.3.
    [3n, 10n, 1, "down", "0.3"],
    [-3n, 10n, 1, "down", "-0.3"],
    // 切り捨て acts on the absolute value (domain.md §3): −1/3 → −0.33, not −0.34.
    [-1n, 3n, 2, "down", "-0.33"],
    // 0.0625 exactly → 0.063 half-up (away from zero on the half).
    [1n, 16n, 3, "half-up", "0.063"],
    [-1n, 16n, 3, "half-up", "-0.063"],
    // Negative digits round to tens: 1,234.5 → 1,230 (down), 1,240 (up).
    [12345n, 10n, -1, "down", "1230"],
    [12345n, 10n, -1, "up", "1240"],
  ] as const)("rounds %s / %s to %s dp (%s) as %s", (p, q, digits, rounding, expected) => {
    const r = fractionResult({ p, q }, methodOf("x", { digits, rounding }));
    expect(r.kind === "value" && r.value.toFixed()).toBe(expected);
  });

  it("matches roundDecimal of the exact quotient whenever the quotient terminates (property)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -1_000_000_000_000n, max: 1_000_000_000_000n }),
        fc.constantFrom(1n, 2n, 4n, 5n, 8n, 16n, 20n, 25n, 125n),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom("half-up", "down", "up" as const),
        (p, q, digits, rounding) => {
          const method = methodOf("x", { digits, rounding });
          const r = fractionResult({ p, q }, method);
          const exact = new D(p.toString()).div(q.toString());
          const expected = exact.toDecimalPlaces(
            digits,
            rounding === "half-up"
              ? D.ROUND_HALF_UP
              : rounding === "down"
                ? D.ROUND_DOWN
                : D.ROUND_UP
          );
          expect(r.kind === "value" && r.value.eq(expected)).toBe(true);
        }
      )
    );
  });
});
