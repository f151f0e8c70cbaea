import fc from "fast-check";
import { D, roundDecimal } from "../../src/core/decimal";

describe("roundDecimal", () => {
  it.each([
    // [value, digits, mode, expected] — domain.md §3: truncation vs half-up
    ["12.7588", 1, "down", "12.7"],
    ["12.7588", 1, "half-up", "12.8"],
    ["12.75", 1, "up", "12.8"],
    ["-1.25", 1, "down", "-1.2"],
    ["-1.25", 1, "half-up", "-1.3"],
    ["1234.5", -2, "half-up", "1200"],
    ["1250", -2, "half-up", "1300"],
    ["1299", -2, "down", "1200"],
  ] as const)("rounds %s to %i digits (%s) as %s", (value, digits, mode, expected) => {
    expect(roundDecimal(new D(value), digits, mode).toFixed()).toBe(expected);
  });

  it("never turns 7.6 into 7.5999… before truncating", () => {
    expect(roundDecimal(new D("0.076").times(100), 1, "down").toFixed(1)).toBe("7.6");
  });

  it("is idempotent in every mode", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom("half-up" as const, "down" as const, "up" as const),
        (n, digits, mode) => {
          const once = roundDecimal(new D(n).div(1000), digits, mode);
          expect(roundDecimal(once, digits, mode).eq(once)).toBe(true);
        }
      )
    );
  });
});
