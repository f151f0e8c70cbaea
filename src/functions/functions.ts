// generated — do not edit; run npx tsx scripts/gen-functions.ts
// One declaration per entry of src/core/catalogue (FUNCTIONS). custom-functions-metadata-plugin reads the
// JSDoc below to write functions.json; scripts/functions-ja-plugin.js derives functions-ja.json from it.
import { runFunction } from "./runner";

/**
 * Returns the number a figure printed in Japanese finance notation stands for (△ 65, 4億円, 1,234千円); money in 円 or the unit asked.
 * @customfunction VALUE VALUE
 * @param text A printed figure (e.g. "△ 65", "1億2,000万円"). A number is returned as is.
 * @param [unit] Money unit of the result (円, 千円, 万円, 百万円, 千万円, 億円). A bare number is taken to be in it. Default 円.
 * @returns 円 (or the unit asked)
 */
export function VALUE(text: unknown, unit?: unknown): unknown {
  return runFunction("VALUE", [text, unit ?? null]);
}

/**
 * Returns the western fiscal year of a label (令和7年度, R7, 平成32年度) or of a date.
 * @customfunction FISCALYEAR FISCALYEAR
 * @param text A fiscal-year label, a date, or a date cell (e.g. "令和7年度", "R7", "令和2年4月1日")
 * @param [era] Era for labels without one such as 7年度 (令和, 平成, 昭和 or R, H, S)
 * @returns fiscal year (western)
 */
export function FISCALYEAR(text: unknown, era?: unknown): unknown {
  return runFunction("FISCALYEAR", [text, era ?? null]);
}

/**
 * Writes a western fiscal year in the Japanese calendar (令和7年度, R7); FY2019 is 令和元年度.
 * @customfunction WAREKI WAREKI
 * @param year Western fiscal year, 1868 to 9999 (e.g. 2025); a label such as "R7" is accepted too
 * @param [style] "long" (令和7年度, default), "short" (R7), "western" (2025年度)
 * @returns Japanese fiscal year
 */
export function WAREKI(year: unknown, style?: unknown): unknown {
  return runFunction("WAREKI", [year, style ?? null]);
}

/**
 * The standard fiscal scale from the ordinary allocation tax, standard fiscal revenue, specific revenue and (R3–R7) the temporary bond capacity.
 * @customfunction SFS SFS
 * @param ordinaryGrant Ordinary local allocation tax (in thousand yen)
 * @param standardRevenue Standard fiscal revenue (in thousand yen)
 * @param specificRevenue Specific revenue counted at 100% (transfer taxes, grants) (in thousand yen)
 * @param [temporaryBondCapacity] Temporary fiscal measure bond capacity (R3–R7); omitted or blank is 0 (in thousand yen)
 * @returns the money unit of the inputs
 */
export function SFS(
  ordinaryGrant: unknown,
  standardRevenue: unknown,
  specificRevenue: unknown,
  temporaryBondCapacity?: unknown
): unknown {
  return runFunction("SFS", [
    ordinaryGrant,
    standardRevenue,
    specificRevenue,
    temporaryBondCapacity ?? null,
  ]);
}

/**
 * The real deficit as a percentage of the standard fiscal scale; "－" when there is no deficit.
 * @customfunction DEFICIT_RATIO DEFICIT_RATIO
 * @param deficit The real deficit as a positive amount (0 or "－" for none) (all amounts in one unit; text amounts are converted to 千円) (in thousand yen)
 * @param standardFiscalScale Standard fiscal scale (blank not allowed) (in thousand yen)
 * @returns %
 */
export function DEFICIT_RATIO(deficit: unknown, standardFiscalScale: unknown): unknown {
  return runFunction("DEFICIT_RATIO", [deficit, standardFiscalScale]);
}

/**
 * All accounts' deficits and shortages minus their surpluses, as a percentage of the standard fiscal scale; "－" when not positive.
 * @customfunction CONSOLIDATED_DEFICIT_RATIO CONSOLIDATED_DEFICIT_RATIO
 * @param deficits Deficits and fund shortages of each account (positive). A range is allowed; blank cells are skipped (all amounts in one unit; text amounts are converted to 千円) (in thousand yen)
 * @param surpluses Surpluses of each account (positive). A range is allowed (in thousand yen)
 * @param standardFiscalScale Standard fiscal scale (blank not allowed) (in thousand yen)
 * @returns %
 */
export function CONSOLIDATED_DEFICIT_RATIO(
  deficits: unknown[][],
  surpluses: unknown[][],
  standardFiscalScale: unknown
): unknown {
  return runFunction("CONSOLIDATED_DEFICIT_RATIO", [deficits, surpluses, standardFiscalScale]);
}

/**
 * One year's real debt service ratio (%) at full precision; the published figure is the 3-year mean (DEBT_SERVICE_RATIO).
 * @customfunction DEBT_SERVICE_RATIO_YEAR DEBT_SERVICE_RATIO_YEAR
 * @param principalAndInterest A principal and interest on local bonds (in thousand yen)
 * @param quasiPrincipalAndInterest B quasi principal and interest (in thousand yen)
 * @param specificRevenue C specific revenue applied to A and B (in thousand yen)
 * @param includedInDemand D debt service included in standard fiscal demand (in thousand yen)
 * @param standardFiscalScale E standard fiscal scale (in thousand yen)
 * @returns %
 */
export function DEBT_SERVICE_RATIO_YEAR(
  principalAndInterest: unknown,
  quasiPrincipalAndInterest: unknown,
  specificRevenue: unknown,
  includedInDemand: unknown,
  standardFiscalScale: unknown
): unknown {
  return runFunction("DEBT_SERVICE_RATIO_YEAR", [
    principalAndInterest,
    quasiPrincipalAndInterest,
    specificRevenue,
    includedInDemand,
    standardFiscalScale,
  ]);
}

/**
 * The mean of the single-year ratios of N−2, N−1 and N, truncated to one decimal (the published figure).
 * @customfunction DEBT_SERVICE_RATIO DEBT_SERVICE_RATIO
 * @param principalAndInterest A principal and interest on local bonds: three cells N−2, N−1, N (one row or column) (in thousand yen)
 * @param quasiPrincipalAndInterest B quasi principal and interest: three cells N−2, N−1, N (one row or column) (in thousand yen)
 * @param specificRevenue C specific revenue applied to A and B: three cells N−2, N−1, N (one row or column) (in thousand yen)
 * @param includedInDemand D debt service included in standard fiscal demand: three cells N−2, N−1, N (one row or column) (in thousand yen)
 * @param standardFiscalScale E standard fiscal scale: three cells N−2, N−1, N (one row or column) (in thousand yen)
 * @returns %
 */
export function DEBT_SERVICE_RATIO(
  principalAndInterest: unknown[][],
  quasiPrincipalAndInterest: unknown[][],
  specificRevenue: unknown[][],
  includedInDemand: unknown[][],
  standardFiscalScale: unknown[][]
): unknown {
  return runFunction("DEBT_SERVICE_RATIO", [
    principalAndInterest,
    quasiPrincipalAndInterest,
    specificRevenue,
    includedInDemand,
    standardFiscalScale,
  ]);
}

/**
 * Future burden net of the resources available for it, as a percentage of the standard fiscal scale less included debt service; "－" when the numerator is not positive.
 * @customfunction FUTURE_BURDEN_RATIO FUTURE_BURDEN_RATIO
 * @param futureBurden Future burden (bonds outstanding, committed payments, …) (in thousand yen)
 * @param availableFunds Funds available to meet the burden (in thousand yen)
 * @param availableSpecificRevenue Expected specific revenue available (in thousand yen)
 * @param expectedDemandInclusion Amount expected to be included in standard fiscal demand (in thousand yen)
 * @param standardFiscalScale Standard fiscal scale (in thousand yen)
 * @param includedInDemand Debt service included in standard fiscal demand (in thousand yen)
 * @returns %
 */
export function FUTURE_BURDEN_RATIO(
  futureBurden: unknown,
  availableFunds: unknown,
  availableSpecificRevenue: unknown,
  expectedDemandInclusion: unknown,
  standardFiscalScale: unknown,
  includedInDemand: unknown
): unknown {
  return runFunction("FUTURE_BURDEN_RATIO", [
    futureBurden,
    availableFunds,
    availableSpecificRevenue,
    expectedDemandInclusion,
    standardFiscalScale,
    includedInDemand,
  ]);
}

/**
 * A public enterprise's fund shortage as a percentage of its business scale; "－" when there is no shortage.
 * @customfunction FUND_SHORTAGE_RATIO FUND_SHORTAGE_RATIO
 * @param shortage Fund shortage as a positive amount (0 or "－" for none) (in thousand yen)
 * @param businessScale Operating revenue − contract work revenue (in thousand yen)
 * @returns %
 */
export function FUND_SHORTAGE_RATIO(shortage: unknown, businessScale: unknown): unknown {
  return runFunction("FUND_SHORTAGE_RATIO", [shortage, businessScale]);
}

/**
 * The early-warning threshold (%) of a ratio; for the two deficit ratios it depends on the standard fiscal scale (municipalities).
 * @customfunction EARLY_THRESHOLD EARLY_THRESHOLD
 * @param kind deficit, consolidatedDeficit, debtService, futureBurden or fundShortage (or the Japanese name)
 * @param standardFiscalScale Standard fiscal scale (required for the two deficit kinds; blank not allowed)
 * @param [unit] Unit of the standard fiscal scale: 円, 千円, 百万円, 億円 (default 千円)
 * @returns %
 */
export function EARLY_THRESHOLD(
  kind: unknown,
  standardFiscalScale: unknown,
  unit?: unknown
): unknown {
  return runFunction("EARLY_THRESHOLD", [kind, standardFiscalScale, unit ?? null]);
}

/**
 * Compares a ratio with its thresholds (at or above, on exact values): 健全 / 早期健全化基準以上 / 財政再生基準以上; a real debt service ratio of 18% or more is 健全（許可団体）.
 * @customfunction HEALTH_STATUS HEALTH_STATUS
 * @param kind deficit, consolidatedDeficit, debtService, futureBurden or fundShortage (or the Japanese name)
 * @param ratio The ratio in percent (12.4; multiply a %-formatted cell's 0.124 by 100); "－" (not computed) is sound (in %)
 * @param [standardFiscalScale] Standard fiscal scale (required for the two deficit kinds; blank not allowed)
 * @param [unit] Unit of the standard fiscal scale: 円, 千円, 百万円, 億円 (default 千円)
 * @returns Soundness status
 */
export function HEALTH_STATUS(
  kind: unknown,
  ratio: unknown,
  standardFiscalScale?: unknown,
  unit?: unknown
): unknown {
  return runFunction("HEALTH_STATUS", [kind, ratio, standardFiscalScale ?? null, unit ?? null]);
}

/**
 * Mean over the years of standard revenue ÷ standard demand. digits 2 (default): each year rounded half-up to 2 dp, averaged, rounded; digits 3: the raw mean rounded half-up.
 * @customfunction FISCAL_STRENGTH FISCAL_STRENGTH
 * @param revenues Standard fiscal revenue of each year (usually 3) (in thousand yen)
 * @param demands Standard fiscal demand of each year (same count) (in thousand yen)
 * @param [digits] 2 (official method, default) or 3
 * @returns Fiscal strength index
 */
export function FISCAL_STRENGTH(
  revenues: unknown[][],
  demands: unknown[][],
  digits?: unknown
): unknown {
  return runFunction("FISCAL_STRENGTH", [revenues, demands, digits ?? null]);
}

/**
 * Recurrent general revenue spent on recurrent expenditure, as a percentage of recurrent general revenue (plus special revenue-shortfall bonds and temporary fiscal measure bonds).
 * @customfunction ORDINARY_BALANCE_RATIO ORDINARY_BALANCE_RATIO
 * @param recurrentExpenditure General revenue applied to recurrent expenditure (in thousand yen)
 * @param recurrentRevenue Recurrent general revenue (in thousand yen)
 * @param [revenueShortfallBonds] Special revenue-shortfall bonds (omitted or blank is 0) (in thousand yen)
 * @param [temporaryBonds] Temporary fiscal measure bonds (omitted or blank is 0) (in thousand yen)
 * @returns %
 */
export function ORDINARY_BALANCE_RATIO(
  recurrentExpenditure: unknown,
  recurrentRevenue: unknown,
  revenueShortfallBonds?: unknown,
  temporaryBonds?: unknown
): unknown {
  return runFunction("ORDINARY_BALANCE_RATIO", [
    recurrentExpenditure,
    recurrentRevenue,
    revenueShortfallBonds ?? null,
    temporaryBonds ?? null,
  ]);
}

/**
 * Collected ÷ assessed × 100; with ranges the totals are divided (the combined current + arrears rate, never a mean of rates).
 * @customfunction COLLECTION_RATE COLLECTION_RATE
 * @param assessed Assessed amount (a range is allowed; blanks are not) (in thousand yen)
 * @param collected Collected amount (same count as assessed) (in thousand yen)
 * @returns %
 */
export function COLLECTION_RATE(assessed: unknown[][], collected: unknown[][]): unknown {
  return runFunction("COLLECTION_RATE", [assessed, collected]);
}

/**
 * Water supply price ÷ supply cost × 100 (%); below 100% the tariff does not cover the cost.
 * @customfunction COST_RECOVERY_RATE COST_RECOVERY_RATE
 * @param supplyPrice Supply price (water revenue ÷ billed volume, yen/m³) (in yen/m³)
 * @param supplyCost Supply cost (yen/m³) (in yen/m³)
 * @returns %
 */
export function COST_RECOVERY_RATE(supplyPrice: unknown, supplyCost: unknown): unknown {
  return runFunction("COST_RECOVERY_RATE", [supplyPrice, supplyCost]);
}

/**
 * A public enterprise's or hospital's recurrent income ÷ recurrent cost × 100 (%); higher is better.
 * @customfunction ENTERPRISE_BALANCE_RATIO ENTERPRISE_BALANCE_RATIO
 * @param recurrentIncome Recurrent income (in thousand yen)
 * @param recurrentCost Recurrent cost (in thousand yen)
 * @returns %
 */
export function ENTERPRISE_BALANCE_RATIO(
  recurrentIncome: unknown,
  recurrentCost: unknown
): unknown {
  return runFunction("ENTERPRISE_BALANCE_RATIO", [recurrentIncome, recurrentCost]);
}

/**
 * Value ÷ population × per (default per 10,000, 2 dp half-up). For an average row pass the sums (a ratio of sums, not a mean of ratios).
 * @customfunction PER_CAPITA PER_CAPITA
 * @param value Staff, amount, … (use SUM for totals)
 * @param population Population (not 0) (in persons)
 * @param [per] Per how many people (default 10,000)
 * @param [digits] Decimal places (default 2, half-up)
 * @returns Per capita
 */
export function PER_CAPITA(
  value: unknown,
  population: unknown,
  per?: unknown,
  digits?: unknown
): unknown {
  return runFunction("PER_CAPITA", [value, population, per ?? null, digits ?? null]);
}

/**
 * Year-end balances from the opening balance plus each year's deposits minus withdrawals, spilled as one column; blank or "－" means no flow that year.
 * @customfunction FUND_BALANCE FUND_BALANCE
 * @param opening Balance at the end of the year before the first (in thousand yen)
 * @param deposits Deposits per year (positive; flip the sign of △-printed deposits). Blank = no flow (in thousand yen)
 * @param withdrawals Withdrawals per year (positive, same count) (in thousand yen)
 * @returns the money unit of the inputs
 */
export function FUND_BALANCE(
  opening: unknown,
  deposits: unknown[][],
  withdrawals: unknown[][]
): unknown[][] {
  return runFunction("FUND_BALANCE", [opening, deposits, withdrawals]) as unknown[][];
}

/**
 * Rounds exactly in decimal (half-up, down, up); negatives are rounded on the absolute value (△1.25 truncated is △1.2).
 * @customfunction ROUND ROUND
 * @param value The number to round
 * @param digits Decimal places (−10 to 10; negative rounds to tens, hundreds, …)
 * @param [mode] 四捨五入 (default), 切り捨て, 切り上げ or half-up / down / up
 * @returns Round
 */
export function ROUND(value: unknown, digits: unknown, mode?: unknown): unknown {
  return runFunction("ROUND", [value, digits, mode ?? null]);
}

/**
 * Rounds parts so they add up to the half-up rounded total (largest remainder; ties to the earlier part); spills the same shape.
 * @customfunction ROUND_TO_TOTAL ROUND_TO_TOTAL
 * @param parts The parts (blanks not allowed)
 * @param digits Decimal places (−10 to 10; negative rounds to tens, hundreds, …)
 * @returns Round to total
 */
export function ROUND_TO_TOTAL(parts: unknown[][], digits: unknown): unknown[][] {
  return runFunction("ROUND_TO_TOTAL", [parts, digits]) as unknown[][];
}

/**
 * Progress towards a target (%): higher-better actual ÷ target, lower-better target ÷ actual, with a baseline (actual − baseline) ÷ (target − baseline). No statutory formula: state the method.
 * @customfunction ACHIEVEMENT ACHIEVEMENT
 * @param actual Actual value (blank is "no data", #N/A)
 * @param target Target value
 * @param [direction] higher (default) or lower (増加 / 減少)
 * @param [baseline] Baseline; when given, (actual − baseline) ÷ (target − baseline); undefined when target = baseline
 * @returns %
 */
export function ACHIEVEMENT(
  actual: unknown,
  target: unknown,
  direction?: unknown,
  baseline?: unknown
): unknown {
  return runFunction("ACHIEVEMENT", [actual, target, direction ?? null, baseline ?? null]);
}

/**
 * Judges an actual against a target as printed (99.0%以上, 13%以内, 80%台, 24,700時間以下, △50件, 26億円以上) on exact values; spills one row: verdict and distance (actual − target).
 * @customfunction KPI_STATUS KPI_STATUS
 * @param actual Actual: money in 円, rates in percent (99.2; multiply a %-formatted cell's 0.992 by 100), for △ targets the signed change
 * @param targetText The target as printed (e.g. "99.0%以上", "80%台", "△50件")
 * @returns KPI status
 */
export function KPI_STATUS(actual: unknown, targetText: unknown): unknown[][] {
  return runFunction("KPI_STATUS", [actual, targetText]) as unknown[][];
}

/**
 * Cost (programme cost + staff cost) ÷ output (cases, users, …), an efficiency measure; not rounded.
 * @customfunction UNIT_COST UNIT_COST
 * @param cost Programme cost + staff cost (in yen)
 * @param output Output: cases, users, … (not 0)
 * @returns yen per unit
 */
export function UNIT_COST(cost: unknown, output: unknown): unknown {
  return runFunction("UNIT_COST", [cost, output]);
}

/**
 * Expenditure ÷ current budget × 100 (%), an economy measure. Unspent = budget − expenditure − carried forward.
 * @customfunction EXECUTION_RATE EXECUTION_RATE
 * @param spent Expenditure (in thousand yen)
 * @param budget Current budget (not 0) (in thousand yen)
 * @returns %
 */
export function EXECUTION_RATE(spent: unknown, budget: unknown): unknown {
  return runFunction("EXECUTION_RATE", [spent, budget]);
}
