import { FUND_BALANCE_FUNCTION } from "../../../src/core/catalogue/indicators/fundBalanceFunction";
import { ROUND_TO_TOTAL_FUNCTION } from "../../../src/core/catalogue/indicators/roundFunctions";

const ROWS = 200_000;
const column = <T>(cell: (i: number) => T): T[][] =>
  Array.from({ length: ROWS }, (_, i) => [cell(i)]);
const row = <T>(cell: (i: number) => T): T[][] => [Array.from({ length: ROWS }, (_, i) => cell(i))];

// Correctness tests on large inputs, not timings: a generous timeout only stops a quadratic path.
const LARGE = 60_000;

describe("FUND_BALANCE_FUNCTION", () => {
  it(
    "computes 200,000 years in one column, a blank flow being no flow",
    () => {
      const deposits = row((i) => (i % 2 === 0 ? 5 : ""));
      const out = FUND_BALANCE_FUNCTION.evaluate([100, deposits, row(() => 1)]);
      if (!out.ok || !Array.isArray(out.value)) throw new Error(JSON.stringify(out).slice(0, 300));
      expect(out.value).toHaveLength(ROWS);
      // Two years move the balance by 5 − 1 − 1 = 3.
      expect(out.value[1]).toEqual([103]);
      expect(out.value[ROWS - 1]).toEqual([100 + 3 * (ROWS / 2)]);
    },
    LARGE
  );

  it(
    "names the year whose withdrawal is negative among 200,000",
    () => {
      const withdrawals = column((i) => (i === ROWS - 1 ? -1 : 1));
      const out = FUND_BALANCE_FUNCTION.evaluate([100, column(() => 1), withdrawals]);
      expect(out).toMatchObject({ ok: false, error: "value" });
      expect(!out.ok && out.issue.params?.["argEn"]).toBe(`Argument 3 (withdrawals)`);
      expect(!out.ok && String(out.issue.params?.["reasonEn"])).toContain(String(ROWS));
    },
    LARGE
  );
});

describe("ROUND_TO_TOTAL_FUNCTION", () => {
  it(
    "adjusts 200,000 parts so they add up to the rounded total",
    () => {
      // Thirds: 0.3, 0.3, 0.4 … rounded to 0 dp; each group of three adds up to 1.
      const parts = column((i) => (i % 3 === 2 ? 0.4 : 0.3));
      const out = ROUND_TO_TOTAL_FUNCTION.evaluate([parts, 0]);
      if (!out.ok || !Array.isArray(out.value)) throw new Error(JSON.stringify(out).slice(0, 300));
      expect(out.value).toHaveLength(ROWS);
      let total = 0;
      for (const r of out.value) total += Number(r[0]);
      // Σ parts = 66,666 × 1 + 0.3 + 0.3 (the last two rows) = 66,666.6 → 66,667.
      expect(total).toBe(66667);
      // The 0.4 parts get the units first; the one left over goes to the earliest 0.3.
      expect(out.value.filter((r) => r[0] === 1)).toHaveLength(66667);
      expect([out.value[0], out.value[1], out.value[2]]).toEqual([[1], [0], [1]]);
    },
    LARGE
  );
});
