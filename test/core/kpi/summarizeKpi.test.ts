import fc from "fast-check";
import { D } from "../../../src/core/decimal";
import { evaluateKpi } from "../../../src/core/kpi/evaluateKpi";
import { GRADING_PRESETS } from "../../../src/core/kpi/gradingSchemes";
import { summarizeKpi } from "../../../src/core/kpi/summarizeKpi";
import { R, kpiItem, kpiRegister, type Cell } from "./kpiBuilder";

const themed = (theme: string | null, actual: Cell) =>
  kpiItem({ theme, plans: [100], actuals: [actual] });

describe("summarizeKpi", () => {
  it("counts and shares per status for the whole plan and per theme, in theme order", () => {
    const e = evaluateKpi(
      kpiRegister([
        themed("財政", 100),
        themed("財政", 85),
        themed("DX", 50),
        themed("財政", null),
      ]),
      { fiscalYear: R(7) }
    );
    const { whole, byTheme } = e.summary;
    const counts = (g: typeof whole) => Object.fromEntries(g.counts.map((c) => [c.code, c.count]));
    expect(whole.total).toBe(4);
    // every band of the default scheme is listed, 0 where no row has it
    expect(counts(whole)).toEqual({
      completed: 0,
      achieved: 1,
      onTrack: 1,
      notStarted: 0,
      undetermined: 1,
      behind: 1,
    });
    expect(whole.counts.find((c) => c.code === "achieved")?.share.toFixed()).toBe("25");
    expect(byTheme.map((g) => [g.theme, g.total])).toEqual([
      ["財政", 3],
      ["DX", 1],
    ]);
    expect(byTheme[0]?.counts.find((c) => c.code === "achieved")?.share.toFixed()).toBe(
      "33.33333333333333333333333333333333333333" // 1 of 3, exact to 40 digits (rounded only for display)
    );
    expect(byTheme[0]?.counts[0]?.label).toEqual({ ja: "完了", en: "completed" });
  });

  it("has no theme groups when no row has a theme, and a group for unthemed rows among themed ones", () => {
    const plain = evaluateKpi(kpiRegister([themed(null, 1)]), { fiscalYear: R(7) });
    expect(plain.summary.byTheme).toEqual([]);
    const mixed = evaluateKpi(kpiRegister([themed("財政", 1), themed(null, 1)]), {
      fiscalYear: R(7),
    });
    expect(mixed.summary.byTheme.map((g) => g.theme)).toEqual(["財政", null]);
  });

  it("gives 0 shares for an empty plan", () => {
    const s = summarizeKpi([], GRADING_PRESETS[0]!, R(7));
    expect(s.whole.total).toBe(0);
    expect(s.whole.counts.every((c) => c.count === 0 && c.share.isZero())).toBe(true);
  });

  it("has counts summing to the total and shares summing to 100 for every scheme (property)", () => {
    const actual = fc.option(fc.integer({ min: -50, max: 200 }), { nil: null });
    const row = fc.record({
      theme: fc.constantFrom("A", "B", "C"),
      actual,
      baseline: fc.option(fc.constant(60), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 40 }),
        fc.constantFrom(...GRADING_PRESETS),
        (rows, scheme) => {
          const items = rows.map((r) =>
            kpiItem({
              theme: r.theme,
              plans: [100],
              actuals: [r.actual],
              baseline: { value: r.baseline },
            })
          );
          const { whole, byTheme } = evaluateKpi(kpiRegister(items), {
            fiscalYear: R(7),
            scheme,
          }).summary;
          for (const g of [whole, ...byTheme]) {
            expect(g.counts.reduce((n, c) => n + c.count, 0)).toBe(g.total);
            const sum = g.counts.reduce((s, c) => s.plus(c.share), new D(0));
            // exact shares of a third are 40-digit decimals: the sum is 100 to within 1e-35
            expect(sum.minus(100).abs().lt("1e-35")).toBe(true);
          }
          expect(byTheme.reduce((n, g) => n + g.total, 0)).toBe(whole.total);
        }
      )
    );
  });
});
