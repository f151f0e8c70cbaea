import fc from "fast-check";
import { D, roundDecimal, type RoundingMode } from "../../../src/core/decimal";
import {
  formatCompoundYen,
  formatJapaneseNumber,
  parseJapaneseNumber,
  toYen,
} from "../../../src/core/notation";

/** Exact decimals as tables print them: up to 12 integer digits and 0–4 decimals. */
const decimalArb = fc
  .tuple(fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }), fc.integer({ min: 0, max: 4 }))
  .map(([units, places]) => new D(units.toString()).div(new D(10).pow(places)));
const markerArb = fc.constantFrom<"△" | "▲" | "-">("△", "▲", "-");
const modeArb = fc.constantFrom<RoundingMode>("half-up", "down", "up");

function readValue(text: string): string {
  const cell = parseJapaneseNumber(text);
  if (cell.kind !== "number") throw new Error(`${text} read as ${cell.kind}`);
  return cell.quantity.value.toFixed();
}

describe("formatJapaneseNumber and parseJapaneseNumber", () => {
  it("read back the exact value for any marker, separators and blank", () => {
    fc.assert(
      fc.property(
        decimalArb,
        markerArb,
        fc.boolean(),
        fc.boolean(),
        (value, negative, thousands, space) => {
          const text = formatJapaneseNumber(value, { negative, thousands, space });
          expect(readValue(text)).toBe(value.toFixed());
        }
      ),
      { numRuns: 500 }
    );
  });

  it("read back the rounded value when digits are fixed", () => {
    fc.assert(
      fc.property(
        decimalArb,
        markerArb,
        fc.integer({ min: 0, max: 3 }),
        modeArb,
        (value, negative, digits, rounding) => {
          const text = formatJapaneseNumber(value, { negative, digits, rounding });
          expect(readValue(text)).toBe(roundDecimal(value, digits, rounding).toFixed());
        }
      ),
      { numRuns: 500 }
    );
  });

  it("give the same text when a rounded figure is rounded again (idempotent)", () => {
    fc.assert(
      fc.property(
        decimalArb,
        fc.integer({ min: -2, max: 3 }),
        modeArb,
        (value, digits, rounding) => {
          const once = formatJapaneseNumber(value, { digits, rounding });
          const again = formatJapaneseNumber(roundDecimal(value, digits, rounding), {
            digits,
            rounding,
          });
          expect(again).toBe(once);
        }
      ),
      { numRuns: 500 }
    );
  });
});

describe("formatCompoundYen and parseJapaneseNumber", () => {
  it("read back any whole amount of 円", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), (units) => {
        const yen = new D(units.toString());
        const text = formatCompoundYen(yen);
        const cell = parseJapaneseNumber(text);
        expect(cell.kind === "number" ? toYen(cell.quantity)?.toFixed() : cell.kind).toBe(
          yen.toFixed()
        );
      }),
      { numRuns: 1000 }
    );
  });

  it("read back round amounts of 万 and 億 (the shapes plans print)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -99999, max: 99999 }),
        fc.constantFrom(4, 5, 6, 7, 8, 12),
        (count, exp) => {
          const yen = new D(count).times(new D(10).pow(exp));
          const cell = parseJapaneseNumber(formatCompoundYen(yen));
          expect(cell.kind === "number" ? toYen(cell.quantity)?.toFixed() : cell.kind).toBe(
            yen.toFixed()
          );
        }
      ),
      { numRuns: 500 }
    );
  });
});
