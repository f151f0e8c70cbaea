import { evaluateKpi } from "../../../src/core/kpi/evaluateKpi";
import { R, kpiItem, kpiRegister, type ItemSpec } from "./kpiBuilder";

const evaluate = (specs: ItemSpec[], year = R(8)) =>
  evaluateKpi(kpiRegister(specs.map(kpiItem)), { fiscalYear: year });

describe("threeE (via evaluateKpi)", () => {
  it("measures economy against the budget, efficiency as (cost + personnel) / output, effectiveness as the rate", () => {
    // Illustrative: budget 1,000千円, spent 900千円 → 経済性 90%; (900 + 300) / 40件 = 30 per 件,
    // prior year (1,000 + 200) / 30 = 40; the rate 45 / 50 = 90%.
    const e = evaluate([
      {
        theme: "DX",
        costUnit: "千円",
        plans: [40, 50],
        actuals: [30, 45],
        costs: [
          { fiscalYear: R(7), budget: 1000, cost: 1000, personnel: 200, output: 30 },
          { fiscalYear: R(8), budget: 1000, cost: 900, personnel: 300, output: 40 },
        ],
      },
    ]);
    const t = e.threeE[0]!;
    expect(t.economy).toMatchObject({ basis: "budget" });
    expect(t.economy?.ratio.toFixed()).toBe("90");
    expect(t.efficiency?.unitCost.toFixed()).toBe("30");
    expect(t.efficiency?.priorUnitCost?.toFixed()).toBe("40");
    expect(t.effectiveness?.toFixed()).toBe("90");
    expect(t.issues).toEqual([]);
    expect(e.threeEByTheme).toEqual([expect.objectContaining({ theme: "DX", items: 1 })]);
    expect(e.threeEByTheme[0]?.economy?.toFixed()).toBe("90");
  });

  it("measures economy against the prior year's cost when there is no budget, and says when personnel is blank", () => {
    const e = evaluate([
      {
        plans: [null, 10],
        actuals: [null, 8],
        costs: [
          { fiscalYear: R(7), cost: 800 },
          { fiscalYear: R(8), cost: 1000, output: 20 },
        ],
      },
    ]);
    const t = e.threeE[0]!;
    expect(t.economy).toMatchObject({ basis: "priorYear" });
    expect(t.economy?.ratio.toFixed()).toBe("125"); // 1000 / 800
    expect(t.efficiency?.unitCost.toFixed()).toBe("50"); // 1000 / 20, personnel left out (not 0)
    expect(t.efficiency?.priorUnitCost).toBeNull(); // R7 has no output
    expect(t.issues).toEqual([{ code: "kpiProgress.threeE.noPersonnel", params: { year: R(8) } }]);
  });

  it("reports what is missing instead of guessing", () => {
    const e = evaluate([
      { costs: [{ fiscalYear: R(8), cost: 1000, output: 0 }] },
      { costs: [{ fiscalYear: R(7), cost: 1000 }] },
    ]);
    expect(e.threeE[0]!.economy).toBeNull();
    expect(e.threeE[0]!.issues.map((i) => i.code)).toEqual([
      "kpiProgress.threeE.noEconomyBasis",
      "kpiProgress.threeE.noOutput",
    ]);
    expect(e.threeE[1]!.issues).toEqual([
      { code: "kpiProgress.threeE.noCost", params: { year: R(8) } },
    ]);
  });

  it("leaves rows without cost columns out of the 3E view", () => {
    const e = evaluate([{ plans: [1] }, { costs: [{ fiscalYear: R(8), cost: 1 }] }]);
    expect(e.threeE.map((t) => t.item.row)).toEqual([3]);
    expect(e.threeEByTheme).toHaveLength(1);
  });

  it("sums a theme's economy in yen across cost units and averages its rated rows", () => {
    const e = evaluate([
      {
        theme: "T",
        costUnit: "千円",
        plans: [null, 100],
        actuals: [null, 80],
        costs: [{ fiscalYear: R(8), budget: 1000, cost: 500 }],
      },
      {
        theme: "T",
        costUnit: "円",
        plans: [null, 100],
        actuals: [null, 100],
        costs: [{ fiscalYear: R(8), budget: 1000000, cost: 1000000 }],
      },
      { theme: "T", costUnit: "件", costs: [{ fiscalYear: R(8), budget: 5, cost: 5 }] },
    ]);
    const g = e.threeEByTheme[0]!;
    expect(g.economy?.toFixed()).toBe("75"); // (500,000 + 1,000,000) / (1,000,000 + 1,000,000) 円
    expect(g.effectiveness?.toFixed()).toBe("90"); // mean of 80% and 100%; the third row has no rate
    expect(g.items).toBe(3);
    expect(e.threeE[2]!.issues[0]).toEqual({
      code: "kpiProgress.threeE.unknownCostUnit",
      params: { unit: "件" },
    });
  });
});
