import { D, type Decimal } from "../decimal";
import type { Issue } from "../messages/types";
import { isMoneyUnit, moneyFactor } from "../notation/moneyFactor";
import type { KpiCostYear, KpiProgress, KpiThemeThreeE, KpiThreeE } from "./types";

const HUNDRED = new D(100);

function economyOf(year: KpiCostYear, prior: KpiCostYear | undefined): KpiThreeE["economy"] {
  const cost = year.cost;
  if (cost === null) return null;
  if (year.budget !== null && !year.budget.isZero())
    return {
      basis: "budget",
      cost,
      against: year.budget,
      ratio: cost.div(year.budget).times(HUNDRED),
    };
  const before = prior?.cost ?? null;
  if (before !== null && !before.isZero())
    return { basis: "priorYear", cost, against: before, ratio: cost.div(before).times(HUNDRED) };
  return null;
}

function unitCostOf(year: KpiCostYear | undefined): Decimal | null {
  if (!year || year.cost === null || year.output === null || year.output.isZero()) return null;
  return year.cost.plus(year.personnel ?? 0).div(year.output);
}

/**
 * 3E of one row for a year (domain.md §5, 会計検査院's wording): 経済性 = cost ÷ budget, or
 * without a budget cost ÷ the prior year's cost (percent); 効率性 = (事業費 + 人件費) ÷ output and
 * the prior year's for comparison (a blank 人件費 is left out and said so, never taken as 0);
 * 有効性 = the year's achievement rate. Null when the row has no cost columns.
 *
 * @example threeEOf(progress).economy?.basis // "budget"
 */
export function threeEOf(progress: KpiProgress): KpiThreeE | null {
  const { item, fiscalYear } = progress;
  if (item.costs.length === 0) return null;
  const year = item.costs.find((c) => c.fiscalYear === fiscalYear);
  const prior = item.costs.find((c) => c.fiscalYear === fiscalYear - 1);
  const issues: Issue[] = [];
  if (item.costUnit !== null && !isMoneyUnit(item.costUnit))
    issues.push({ code: "kpiProgress.threeE.unknownCostUnit", params: { unit: item.costUnit } });
  if (!year || year.cost === null) {
    issues.push({ code: "kpiProgress.threeE.noCost", params: { year: fiscalYear } });
    return {
      item,
      fiscalYear,
      economy: null,
      efficiency: null,
      effectiveness: progress.rate,
      issues,
    };
  }
  const economy = economyOf(year, prior);
  if (!economy) issues.push({ code: "kpiProgress.threeE.noEconomyBasis" });
  const unitCost = unitCostOf(year);
  if (unitCost === null)
    issues.push({ code: "kpiProgress.threeE.noOutput", params: { year: fiscalYear } });
  else if (year.personnel === null)
    issues.push({ code: "kpiProgress.threeE.noPersonnel", params: { year: fiscalYear } });
  const efficiency = unitCost === null ? null : { unitCost, priorUnitCost: unitCostOf(prior) };
  return { item, fiscalYear, economy, efficiency, effectiveness: progress.rate, issues };
}

/**
 * 3E per テーマ over the rows of the 3E view: 経済性 Σcost ÷ Σ(budget or prior-year cost) in
 * percent, money converted to 円 (a cost unit that is not money is left out); 有効性 the mean rate
 * of the theme's rated rows. Unit costs are not summed across rows (their outputs differ).
 */
export function threeEByTheme(rows: readonly KpiThreeE[]): KpiThemeThreeE[] {
  const groups = new Map<
    string | null,
    { cost: Decimal; against: Decimal; rated: Decimal; n: number; items: number; priced: boolean }
  >();
  for (const r of rows) {
    const g = groups.get(r.item.theme) ?? {
      cost: new D(0),
      against: new D(0),
      rated: new D(0),
      n: 0,
      items: 0,
      priced: false,
    };
    g.items += 1;
    const unit = r.item.costUnit ?? "円";
    if (r.economy && isMoneyUnit(unit)) {
      const f = moneyFactor(unit);
      g.cost = g.cost.plus(r.economy.cost.times(f));
      g.against = g.against.plus(r.economy.against.times(f));
      g.priced = true;
    }
    if (r.effectiveness !== null) {
      g.rated = g.rated.plus(r.effectiveness);
      g.n += 1;
    }
    groups.set(r.item.theme, g);
  }
  return Array.from(groups, ([theme, g]) => ({
    theme,
    economy: g.priced && !g.against.isZero() ? g.cost.div(g.against).times(HUNDRED) : null,
    effectiveness: g.n === 0 ? null : g.rated.div(g.n),
    items: g.items,
  }));
}
