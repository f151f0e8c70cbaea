import fc from "fast-check";
import { D, roundDecimal } from "../../../src/core/decimal";
import type { Decimal } from "../../../src/core/decimal";
import { roundToTotal, parseRoundingMode } from "../../../src/core/indicators";

const total = (xs: Decimal[]) => xs.reduce((s, x) => s.plus(x), new D(0));

describe("roundToTotal", () => {
  it.each([
    // Three thirds of 100: 33.3 + 33.3 + 33.4 rounded to 0 dp → 33 + 33 + 34 = 100.
    [["33.3", "33.3", "33.4"], 0, ["33", "33", "34"]],
    // Ties go to the earlier part: 1.5 + 1.5 = 3 → 2 + 1.
    [["1.5", "1.5"], 0, ["2", "1"]],
    // Largest remainder wins regardless of position.
    [["0.2", "0.7", "0.6"], 0, ["0", "1", "1"]],
    // Negative parts (△) and 1 dp: total 1.15 → 1.2; floors −1.3, 2.3, 0.0 leave 2 units for the
    // largest remainders 0.6 (2.36) and 0.5 (−1.25).
    [["-1.25", "2.36", "0.04"], 1, ["-1.2", "2.4", "0"]],
    // Hundreds (digits −2): 百万円 table to 億円-style rounding.
    [["1234", "5678"], -2, ["1200", "5700"]],
  ])("adjusts %j to %i dp as %j", (parts, digits, expected) => {
    const out = roundToTotal(
      parts.map((p) => new D(p)),
      digits
    );
    expect(out.map((d) => d.toFixed())).toEqual(expected);
  });

  const part = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => new D(n).div(1000));
  it("makes the rounded parts add up to the half-up rounded total (property)", () => {
    fc.assert(
      fc.property(
        fc.array(part, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: -2, max: 2 }),
        (parts, digits) => {
          const out = roundToTotal(parts, digits);
          expect(total(out).eq(roundDecimal(total(parts), digits, "half-up"))).toBe(true);
        }
      )
    );
  });

  it("moves each part by less than one unit and lands on the grid (property)", () => {
    fc.assert(
      fc.property(
        fc.array(part, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: -2, max: 2 }),
        (parts, digits) => {
          const unit = new D(10).pow(-digits);
          roundToTotal(parts, digits).forEach((r, i) => {
            expect(
              r
                .minus(parts[i] as Decimal)
                .abs()
                .lt(unit)
            ).toBe(true);
            expect(r.div(unit).isInteger()).toBe(true);
          });
        }
      )
    );
  });

  it("is deterministic for the same input (property)", () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 10 }), (parts) => {
        expect(roundToTotal(parts, 0).map(String)).toEqual(roundToTotal(parts, 0).map(String));
      })
    );
  });
});

describe("roundDecimal", () => {
  it.each([
    ["7.65", 1, "half-up", "7.7"],
    ["7.65", 1, "down", "7.6"],
    ["7.61", 1, "up", "7.7"],
    // 切り捨て acts on the absolute value, as 決算 sheets print △1.2 for △1.25.
    ["-1.25", 1, "down", "-1.2"],
    ["-1.25", 1, "half-up", "-1.3"],
    ["12345", -3, "half-up", "12000"],
  ] as const)("rounds %s to %i dp %s as %s", (v, digits, mode, expected) => {
    expect(roundDecimal(new D(v), digits, mode).toFixed()).toBe(expected);
  });
});

describe("parseRoundingMode", () => {
  it.each([
    ["四捨五入", "half-up"],
    ["切り捨て", "down"],
    ["切捨て", "down"],
    ["切り上げ", "up"],
    ["half-up", "half-up"],
    ["HALF_UP", "half-up"],
    ["down", "down"],
    ["up", "up"],
    ["banker", null],
  ])("reads %s as %s", (text, mode) => {
    expect(parseRoundingMode(text)).toBe(mode);
  });
});
