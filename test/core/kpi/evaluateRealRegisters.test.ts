import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultEvaluationYear, evaluateKpi } from "../../../src/core/kpi/evaluateKpi";
import { GRADING_PRESETS } from "../../../src/core/kpi/gradingSchemes";
import { recognizeKpiRegister } from "../../../src/core/kpi/recognizeKpiRegister";
import type { KpiRegister } from "../../../src/core/kpi/types";
import { yearTarget } from "../../../src/core/kpi/yearTarget";
import { formatMessage } from "../../../src/core/messages";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";
import { repoRoot, tsvGrid } from "./kpiGrids";

function register(name: string): KpiRegister {
  const result = recognizeKpiRegister(tsvGrid(name));
  if (!result.ok) throw new Error(formatMessage(result.issue));
  return result.register;
}

async function sample(fileName: string): Promise<KpiRegister> {
  const bytes = readFileSync(join(repoRoot, "assets", "samples", fileName));
  const grid = await (await MemoryWorkbook.fromXlsx(new Uint8Array(bytes))).readUsedRange("KPI");
  if (!grid) throw new Error("empty sheet");
  const result = recognizeKpiRegister(grid);
  if (!result.ok) throw new Error(formatMessage(result.issue));
  return result.register;
}

describe("evaluateKpi on the 苫小牧 register (data/tomakomai-kpi-register.tsv)", () => {
  const reg = register("tomakomai-kpi-register.tsv");
  const numeric = reg.items.filter(
    (i) => i.direction !== "milestone" && i.goal.target.value !== null
  );

  it("reaches every numeric goal in its goal year from the plan, except No.48 which overshoots", () => {
    // kpi-registers-README §7: the R column of the target year equals 目標値 for every numeric row,
    // the only mismatch being No.48 (55 vs 50).
    const mismatches: string[] = [];
    for (const item of numeric) {
      const goalYear = item.goal.fiscalYear;
      if (
        goalYear === null ||
        !item.years.some((y) => y.fiscalYear === goalYear && y.plan !== null)
      )
        continue;
      const t = yearTarget(item, goalYear);
      if (!t.target?.eq(item.goal.target.value!))
        mismatches.push(`${item.no}:${t.target?.toFixed()}:${t.overshootsGoal}`);
    }
    expect(mismatches).toEqual(["48:55:true"]);
  });

  it("takes No.2 債券運用額's R8 target as 600000000 (3億円 + 3億円)", () => {
    const bonds = reg.items.find((i) => i.no === "2" && i.indicator === "債券運用額")!;
    expect(yearTarget(bonds, 2026)).toMatchObject({ source: "plan", overshootsGoal: false });
    expect(yearTarget(bonds, 2026).target?.toFixed()).toBe("600000000");
    expect(yearTarget(bonds, 2029).target?.toFixed()).toBe("1500000000");
  });

  it("flags the plans that go beyond their period goal, year by year", () => {
    const flagged: string[] = [];
    for (const year of reg.fiscalYears)
      for (const p of evaluateKpi(reg, { fiscalYear: year }).progress)
        if (p.planOvershootsGoal) flagged.push(`${p.item.no} ${year}`);
    // README §6: No.11 goal R8 8施設 then (+3施設)/年 → 11, 14, 17; No.38 goal R9 △10人 then
    // (△10人) → −20, −30; No.48 plan 55 in R11 against 50.
    expect(flagged).toEqual(["11 2027", "11 2028", "38 2028", "11 2029", "38 2029", "48 2029"]);
  });

  it("grades every interpreted row in every preset, with counts adding up", () => {
    for (const scheme of GRADING_PRESETS) {
      const e = evaluateKpi(reg, { fiscalYear: 2026, scheme });
      expect(e.progress).toHaveLength(reg.items.length);
      expect(e.summary.whole.counts.reduce((n, c) => n + c.count, 0)).toBe(reg.items.length);
      // the printed register has no actuals: nothing is rated, nothing is counted as 0
      expect(e.progress.every((p) => p.rate === null && p.actual === null)).toBe(true);
    }
  });
});

describe("evaluateKpi on the 氷見 register (data/himi-kpi-register.tsv)", () => {
  const reg = register("himi-kpi-register.tsv");

  it("derives targets without yearly plans: 毎年度 goals, bands, and lines for 累計 rows", () => {
    const sources = new Set(
      evaluateKpi(reg, { fiscalYear: 2024 }).progress.map((p) => p.targetSource)
    );
    expect([...sources].sort()).toEqual(["band", "goal", "linear", "none"]);
    // No.19 削減目標額 △1.5億円 (最終 R8): the line from 0 in R3, R6 is 3 of 5 → △0.9億円.
    const cut = reg.items.find((i) => i.no === "19")!;
    expect(yearTarget(cut, 2024).target?.toFixed()).toBe("-90000000");
  });
});

describe("evaluateKpi on the sample workbooks (assets/samples, illustrative actuals)", () => {
  it.each(["tomakomai-kpi-register.xlsx", "himi-kpi-register.xlsx"])(
    "rates %s's rows with actuals and builds the 3E view",
    async (file) => {
      const reg = await sample(file);
      const e = evaluateKpi(reg, { fiscalYear: defaultEvaluationYear(reg) });
      expect(e.progress.some((p) => p.rate !== null)).toBe(true);
      expect(e.threeE.length).toBeGreaterThan(0);
      expect(e.threeEByTheme.reduce((n, t) => n + t.items, 0)).toBe(e.threeE.length);
      for (const p of e.progress)
        if (p.actual === null && p.method !== "milestone") expect(p.rate).toBeNull();
    }
  );
});
