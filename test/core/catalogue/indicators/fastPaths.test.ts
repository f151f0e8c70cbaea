import fc from "fast-check";
import {
  collectionRateGeneral,
  collectionRateOfIntegers,
} from "../../../../src/core/catalogue/indicators/collectionRateFunction";
import {
  debtServiceRatioGeneral,
  debtServiceRatioOfIntegers,
} from "../../../../src/core/catalogue/indicators/debtServiceRatioFunction";
import { integerCells } from "../../../../src/core/catalogue/indicators/integerCells";
import { roundRational } from "../../../../src/core/indicators/roundRational";
import { D, roundDecimal } from "../../../../src/core/decimal";
import type { ExcelArg } from "../../../../src/core/catalogue/types";

const amount = fc.integer({ min: 0, max: 5_000_000_000 });
const row3 = fc.tuple(amount, amount, amount).map((t) => [t] as ExcelArg);

describe("debtServiceRatioOfIntegers", () => {
  it("gives exactly what the general decimal path gives (property)", () => {
    fc.assert(
      fc.property(row3, row3, row3, row3, row3, (a, b, c, d, e) => {
        const args = [a, b, c, d, e];
        const fast = debtServiceRatioOfIntegers(args);
        const general = debtServiceRatioGeneral(args);
        if (fast === null) expect(general.ok).toBe(false);
        else expect(general).toEqual({ ok: true, value: fast });
      }),
      { numRuns: 300 }
    );
  });

  it("agrees with the general path on small amounts, where exact means hit digit boundaries (property)", () => {
    const small = fc.integer({ min: 1, max: 60 });
    const smallRow = fc.tuple(small, small, small).map((t) => [t] as ExcelArg);
    const zeros: ExcelArg = [[0, 0, 0]];
    fc.assert(
      fc.property(smallRow, smallRow, (n, m) => {
        const args = [n, zeros, zeros, zeros, m];
        expect(debtServiceRatioGeneral(args)).toEqual({
          ok: true,
          value: debtServiceRatioOfIntegers(args),
        });
      }),
      { numRuns: 500 }
    );
  });

  it.each([
    // 2/9 + 1/30 + 2/45 = 0.3 → mean exactly 10.0% (the decimal sum of the quotients was 9.99…).
    [[[200000, 100000, 200000]], [[900000, 3000000, 4500000]], 10],
  ])("gives the exact boundary mean on both paths (%j / %j → %d)", (n, m, expected) => {
    const zeros: ExcelArg = [[0, 0, 0]];
    const args = [n, zeros, zeros, zeros, m] as ExcelArg[];
    expect(debtServiceRatioOfIntegers(args)).toBe(expected);
    // Text cells take the general path.
    const text = args.map((a) => (a as number[][]).map((row) => row.map(String))) as ExcelArg[];
    expect(debtServiceRatioGeneral(text)).toEqual({ ok: true, value: expected });
  });

  it("reproduces 鳥取県 H26 12.7 (domain.md §3)", () => {
    const args: ExcelArg[] = [
      [[57237, 58974, 61319]],
      [[4336, 4093, 3680]],
      [[439, 486, 485]],
      [[38516, 40271, 42189]],
      [[215679, 216201, 216218]],
    ];
    expect(debtServiceRatioOfIntegers(args)).toBe(12.7);
  });

  it("leaves text, decimals and wrong shapes to the general path", () => {
    const ok: ExcelArg = [[1, 2, 3]];
    expect(debtServiceRatioOfIntegers([[["1", 2, 3]], ok, ok, ok, ok])).toBeNull();
    expect(debtServiceRatioOfIntegers([[[1.5, 2, 3]], ok, ok, ok, ok])).toBeNull();
    expect(debtServiceRatioOfIntegers([[[1, 2]], ok, ok, ok, ok])).toBeNull();
  });
});

describe("collectionRateOfIntegers", () => {
  it("gives exactly what the general decimal path gives (property)", () => {
    const column = (n: number) =>
      fc.array(amount, { minLength: n, maxLength: n }).map((xs) => xs.map((x) => [x]) as ExcelArg);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(column(n), column(n))),
        ([assessed, collected]) => {
          const fast = collectionRateOfIntegers([assessed, collected]);
          const general = collectionRateGeneral([assessed, collected]);
          if (fast === null) expect(general.ok).toBe(false);
          else expect(general).toEqual({ ok: true, value: fast });
        }
      ),
      { numRuns: 300 }
    );
  });

  it.each([
    // Scaled results above 2^53 (absurd but possible inputs): one correctly rounded conversion,
    // as the general path's Number(decimal string) does — not Number(bigint) / 10, which rounds twice.
    [[[1]], [[999999999999971]]],
    [[[3]], [[999999999999964]]],
  ])("converts a huge rate %j / %j exactly as the general path does", (assessed, collected) => {
    const args = [assessed as ExcelArg, collected as ExcelArg];
    expect(collectionRateGeneral(args)).toEqual({
      ok: true,
      value: collectionRateOfIntegers(args),
    });
  });

  it.each([
    // Exactly on the half: 99.05% → 99.1 (half-up, domain.md §3 徴収率).
    [[[10000]], [[9905]], 99.1],
    [[[1000], [100]], [[990], [20]], 91.8],
  ])("rounds %j / %j half-up to %d", (assessed, collected, expected) => {
    expect(collectionRateOfIntegers([assessed as ExcelArg, collected as ExcelArg])).toBe(expected);
  });
});

describe("roundRational", () => {
  it("matches roundDecimal for every mode and sign (property)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -1_000_000_000_000n, max: 1_000_000_000_000n }),
        fc.bigInt({ min: 1n, max: 1_000_000n }),
        fc.boolean(),
        fc.constantFrom("half-up", "down", "up" as const),
        (p, q, flip, mode) => {
          const den = flip ? -q : q;
          const expected = roundDecimal(new D(p.toString()).div(den.toString()), 0, mode);
          expect(roundRational(p, den, mode).toString()).toBe(expected.toFixed());
        }
      )
    );
  });
});

describe("integerCells", () => {
  it.each([
    [5, undefined, [5]],
    [[[1, 2, 3]], 3, [1, 2, 3]],
    [[[1], [2], [3]], 3, [1, 2, 3]],
    [
      [
        [1, 2],
        [3, 4],
      ],
      undefined,
      [1, 2, 3, 4],
    ],
    [
      [
        [1, 2],
        [3, 4],
      ],
      4,
      null,
    ],
    [[[1, ""]], undefined, null],
    [[[1e15]], undefined, null],
  ] as const)("reads %j (count %s) as %j", (arg, count, expected) => {
    expect(integerCells(arg as unknown as ExcelArg, count)).toEqual(expected);
  });
});
