import { readFileSync } from "node:fs";
import { join } from "node:path";
import { recognizeKpiRegister } from "../../../src/core/kpi/recognizeKpiRegister";
import type { KpiItem, KpiRegister } from "../../../src/core/kpi/types";
import { formatMessage } from "../../../src/core/messages";
import { MemoryWorkbook } from "../../../src/workbook/memory";
import { fixed, repoRoot, tsvGrid } from "./kpiGrids";

function register(name: string): KpiRegister {
  const result = recognizeKpiRegister(tsvGrid(name));
  if (!result.ok) throw new Error(formatMessage(result.issue));
  return result.register;
}

function rowsOf(reg: KpiRegister, no: string): KpiItem[] {
  return reg.items.filter((i) => i.no === no);
}

function only(reg: KpiRegister, no: string, indicator: string): KpiItem {
  const item = rowsOf(reg, no).find((i) => i.indicator.startsWith(indicator));
  if (!item) throw new Error(`no item ${no} ${indicator}`);
  return item;
}

async function sampleRegister(fileName: string): Promise<KpiRegister> {
  const bytes = readFileSync(join(repoRoot, "assets", "samples", fileName));
  const wb = await MemoryWorkbook.fromXlsx(new Uint8Array(bytes));
  const grid = await wb.readUsedRange("KPI");
  if (!grid) throw new Error("empty sheet");
  const result = recognizeKpiRegister(grid);
  if (!result.ok) throw new Error(formatMessage(result.issue));
  return result.register;
}

describe("recognizeKpiRegister on the 苫小牧 register (data/tomakomai-kpi-register.tsv)", () => {
  const reg = register("tomakomai-kpi-register.tsv");

  it("interprets 94 of the 98 rows and skips items 50–53, which have no indicator", () => {
    expect(reg.items).toHaveLength(94);
    expect(reg.skipped.map((s) => [s.row, s.no, s.cell, s.reason.code])).toEqual([
      [90, "50", "H90", "kpiRegister.noIndicator"],
      [91, "51", "H91", "kpiRegister.noIndicator"],
      [92, "52", "H92", "kpiRegister.noIndicator"],
      [93, "53", "H93", "kpiRegister.noIndicator"],
    ]);
    expect(reg.items.length + reg.skipped.length).toBe(98);
    expect(new Set(reg.items.map((i) => i.no)).size).toBe(52);
  });

  it("reads the directions and target types as printed (51 milestones, 43 numeric rows)", () => {
    const count = (f: (i: KpiItem) => boolean) => reg.items.filter(f).length;
    expect(count((i) => i.direction === "milestone" && i.targetType === "milestone")).toBe(51);
    expect(count((i) => i.direction === "higher")).toBe(31);
    expect(count((i) => i.direction === "lower")).toBe(12);
    expect(count((i) => i.targetType === "cumulative")).toBe(18);
  });

  it("takes the plan period R7–R11 as the register's years and the columns by header", () => {
    expect(reg.fiscalYears).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(reg.headerRows).toEqual([1]);
    const at = (field: string, year?: number) =>
      reg.columns.find((c) => c.field === field && c.fiscalYear === year)?.column;
    expect([at("no"), at("theme"), at("indicator"), at("plan", 2025), at("plan", 2029)]).toEqual([
      "A",
      "C",
      "H",
      "P",
      "T",
    ]);
  });

  it("reads item 2's bond holdings as running totals 3億…15億円 reaching the goal in R11", () => {
    const item = only(reg, "2", "債券運用額");
    expect(item.unit).toBe("円");
    expect(item.targetType).toBe("cumulative");
    expect(fixed(item.years.map((y) => y.plan))).toEqual([
      "300000000",
      "600000000",
      "900000000",
      "1200000000",
      "1500000000",
    ]);
    expect(item.goal.target.value?.toFixed()).toBe("1500000000");
    expect(item.goal.fiscalYear).toBe(2029);
    expect(item.years[0]!.planCell).toBe("P5");
  });

  it("keeps item 48's R11 plan of 55% as printed although the goal is 50%", () => {
    const item = only(reg, "48", "キャッシュレス");
    expect(fixed(item.years.map((y) => y.plan))).toEqual(["35", "40", "45", "50", "55"]);
    expect(item.goal.target.value?.toFixed()).toBe("50");
  });

  it("reads reductions as negative levels with direction lower, and baselines with their year", () => {
    const complaints = only(reg, "15", "苦情件数");
    expect(complaints.direction).toBe("lower");
    expect(fixed(complaints.years.map((y) => y.plan))).toEqual([null, null, "-50", "-100", "-150"]);
    const ads = only(reg, "3", "広告料");
    expect([ads.baseline.fiscalYear, ads.baseline.value?.toFixed()]).toEqual([2023, "40000000"]);
    const co2 = only(reg, "17", "市有施設");
    expect([co2.baseline.fiscalYear, co2.baseline.value]).toEqual([2013, null]);
  });

  it("keeps the milestone step texts per year and the effect scores", () => {
    const item = only(reg, "1", "返礼品拡大の補助制度等導入");
    expect(item.unit).toBeNull();
    expect(item.years.map((y) => y.planText)).toEqual([
      "情報収集",
      "導入の検討",
      "導入完了",
      null,
      null,
    ]);
    expect(item.years.every((y) => y.plan === null)).toBe(true);
    expect(item.effects).toEqual({ service: 4, fiscal: 5, efficiency: 0 });
    expect([item.theme, item.department]).toEqual([
      "健全な財政運営と新たな財源確保",
      "政)政策推進課",
    ]);
  });
});

describe("recognizeKpiRegister on the 氷見 register (data/himi-kpi-register.tsv)", () => {
  const reg = register("himi-kpi-register.tsv");

  it("interprets every one of the 36 rows", () => {
    expect(reg.items).toHaveLength(36);
    expect(reg.skipped).toEqual([]);
    expect(new Set(reg.items.map((i) => i.no)).size).toBe(31);
  });

  it("spans the goal years R4–R9 (No.12 runs to R9) and takes 柱 as the theme", () => {
    expect(reg.fiscalYears).toEqual([2022, 2023, 2024, 2025, 2026, 2027]);
    expect(reg.items[0]!.theme).toBe("I 経営的な視点による持続可能な行財政運営");
    expect(reg.items[0]!.title).toBe("市税収納率の向上");
  });

  it("reads 6① 「80%台堅持」 as the band 80 ≤ x < 90 (upper exclusive)", () => {
    const item = rowsOf(reg, "6")[0]!;
    expect(item.direction).toBe("range");
    expect(fixed([item.goal.target.lower, item.goal.target.upper, item.goal.target.value])).toEqual(
      ["80", "90", "80"]
    );
    expect(item.goal.target.upperExclusive).toBe(true);
    expect(item.goal.target.text).toBe("80%台");
    expect(item.goal.target.cell).toBe("L7");
  });

  it("reads 6④ 26億円以上 as 2600000000 円 with the lower bound, and 6② 13%以内 with the upper bound", () => {
    const fund = only(reg, "6", "財政調整基金");
    expect(fund.unit).toBe("円");
    expect(fixed([fund.goal.target.value, fund.goal.target.lower, fund.goal.target.upper])).toEqual(
      ["2600000000", "2600000000", null]
    );
    const debt = only(reg, "6", "実質公債費比率");
    expect(fixed([debt.goal.target.value, debt.goal.target.upper])).toEqual(["13", "13"]);
    expect(debt.goal.target.upperExclusive).toBe(false);
    expect(debt.direction).toBe("lower");
  });

  it("reads No.12's span R5-R9 and the yearly spans R4-R8", () => {
    const staff = rowsOf(reg, "12")[0]!;
    expect([staff.goal.fromYear, staff.goal.fiscalYear]).toEqual([2023, 2027]);
    expect(fixed([staff.goal.target.lower, staff.goal.target.upper])).toEqual(["530", "530"]);
    const tax = rowsOf(reg, "1")[0]!;
    expect([tax.goal.fromYear, tax.goal.fiscalYear, tax.targetType]).toEqual([
      2022,
      2026,
      "yearly",
    ]);
    expect(fixed([tax.goal.target.value, tax.goal.target.lower])).toEqual(["99", "99"]);
  });

  it("reads No.21 as a milestone without a goal year", () => {
    const dx = rowsOf(reg, "21")[0]!;
    expect([dx.direction, dx.targetType, dx.goal.fiscalYear, dx.unit]).toEqual([
      "milestone",
      "milestone",
      null,
      null,
    ]);
  });
});

describe("recognizeKpiRegister on the sample workbooks (assets/samples)", () => {
  it("reads the 苫小牧 sample with its illustrative R7/R8 actuals, status and 3E columns, and ignores the caption row", async () => {
    const reg = await sampleRegister("tomakomai-kpi-register.xlsx");
    expect([reg.items.length, reg.skipped.length]).toEqual([94, 4]);
    expect(reg.notes.map((n) => n.code)).toEqual(["kpiRegister.illustrativeColumns"]);
    // Row 1 is the caption about the （例示） columns; the header is row 2.
    expect(reg.headerRows).toEqual([2]);
    const bonds = only(reg, "2", "債券運用額");
    expect([bonds.row, bonds.years[0]!.actualCell]).toEqual([6, "AB6"]);
    expect(fixed(bonds.years.map((y) => y.actual))).toEqual(["240000000", null, null, null, null]);
    expect(bonds.costUnit).toBe("千円");
    expect(
      bonds.costs.map((c) => [c.fiscalYear, ...fixed([c.cost, c.personnel, c.output])])
    ).toEqual([
      [2025, "84000", "33600", "34"],
      [2026, "84300", "33720", "36"],
    ]);
    const milestone = only(reg, "1", "返礼品拡大の補助制度等導入");
    expect([
      milestone.years[0]!.actualText,
      milestone.years[1]!.actualText,
      milestone.status,
    ]).toEqual(["取組中", "完了", "完了"]);
    const statuses = new Set(reg.items.map((i) => i.status).filter((s) => s !== null));
    expect([...statuses].sort()).toEqual(["取組中", "完了", "未着手"]);
  });

  it("reads the 氷見 sample with its illustrative R4–R6 actuals", async () => {
    const reg = await sampleRegister("himi-kpi-register.xlsx");
    expect([reg.items.length, reg.skipped.length]).toEqual([36, 0]);
    expect(reg.fiscalYears).toEqual([2022, 2023, 2024, 2025, 2026, 2027]);
    const tax = rowsOf(reg, "1")[0]!;
    expect(fixed(tax.years.map((y) => y.actual))).toEqual([
      "99.5",
      "99.7",
      "99.4",
      null,
      null,
      null,
    ]);
    expect(tax.costs.map((c) => c.fiscalYear)).toEqual([2023, 2024]);
    const band = rowsOf(reg, "6")[0]!;
    expect(band.goal.target.upperExclusive).toBe(true);
  });
});
