import * as generated from "../../src/functions/functions";

/** 200,000 rows: more than fits in a call's argument list (Math.max(...rows) overflowed the stack). */
const ROWS = 200_000;
const column = <T>(cell: (i: number) => T): T[][] =>
  Array.from({ length: ROWS }, (_, i) => [cell(i)]);

// Correctness tests on large inputs, not timings: a generous timeout only stops a quadratic path.
const LARGE = 60_000;

describe("the custom functions on 200,000-row ranges", () => {
  it(
    "FUND_BALANCE spills one balance per row",
    () => {
      const out = generated.FUND_BALANCE(
        0,
        column(() => 3),
        column(() => 1)
      );
      expect(out).toHaveLength(ROWS);
      // balance(t) = balance(t − 1) + 3 − 1, from 0.
      expect(out.every((row, i) => row.length === 1 && row[0] === 2 * (i + 1))).toBe(true);
    },
    LARGE
  );

  it(
    "ROUND_TO_TOTAL spills the adjusted parts, ties to the earlier rows",
    () => {
      // 200,000 × 0.5 = 100,000: every part floors to 0 and the first 100,000 get the units.
      const out = generated.ROUND_TO_TOTAL(
        column(() => 0.5),
        0
      );
      expect(out).toHaveLength(ROWS);
      expect(out.every((row, i) => row.length === 1 && row[0] === (i < ROWS / 2 ? 1 : 0))).toBe(
        true
      );
    },
    LARGE
  );

  it(
    "CONSOLIDATED_DEFICIT_RATIO, FISCAL_STRENGTH and COLLECTION_RATE reduce them to one figure",
    () => {
      // 200,000 × 3 = 600,000 of deficits over 10,000 → 6,000% (blank surpluses are skipped).
      expect(
        generated.CONSOLIDATED_DEFICIT_RATIO(
          column(() => 3),
          column(() => ""),
          10000
        )
      ).toBe(6000);
      // Each year 0.4449 → 0.44 (2 dp half-up), the mean 0.44.
      expect(
        generated.FISCAL_STRENGTH(
          column(() => 4449),
          column(() => 10000)
        )
      ).toBe(0.44);
      // Σ collected ÷ Σ assessed = 990 / 1000.
      expect(
        generated.COLLECTION_RATE(
          column(() => 1000),
          column(() => 990)
        )
      ).toBe(99);
    },
    LARGE
  );
});
