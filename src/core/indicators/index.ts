/**
 * Fiscal indicators (健全化判断比率 and friends, KPI progress, 3E measures): pure, exact
 * (decimal.js), each result rounded to its published precision and carrying its method.
 */
export type { IndicatorResult, Method, Precision } from "./types";
export { INDICATOR_MESSAGES } from "./indicatorMessages";
export { standardFiscalScale } from "./standardFiscalScale";
export type { StandardFiscalScaleInput } from "./standardFiscalScale";
export { deficitRatio, DEFICIT_RATIO_PRECISION } from "./deficitRatio";
export {
  consolidatedDeficitRatio,
  CONSOLIDATED_DEFICIT_RATIO_PRECISION,
} from "./consolidatedDeficitRatio";
export {
  debtServiceRatio,
  debtServiceRatioYear,
  DEBT_SERVICE_RATIO_PRECISION,
} from "./debtServiceRatio";
export type { DebtServiceYear } from "./debtServiceRatio";
export { futureBurdenRatio, FUTURE_BURDEN_RATIO_PRECISION } from "./futureBurdenRatio";
export type { FutureBurdenInput } from "./futureBurdenRatio";
export { fundShortageRatio, FUND_SHORTAGE_RATIO_PRECISION } from "./fundShortageRatio";
export { parseRatioKind } from "./ratioKind";
export type { RatioKind } from "./ratioKind";
export { earlyHealthThreshold, rebuildThreshold, deficitX } from "./thresholds";
export type { Threshold, ThresholdOptions } from "./thresholds";
export { healthStatus, HEALTH_LEVEL_LABELS } from "./healthStatus";
export type { HealthLevel, HealthStatus } from "./healthStatus";
export { fiscalStrength } from "./fiscalStrength";
export { ordinaryBalanceRatio, ORDINARY_BALANCE_RATIO_PRECISION } from "./ordinaryBalanceRatio";
export { collectionRate, COLLECTION_RATE_PRECISION } from "./collectionRate";
export { costRecoveryRate, COST_RECOVERY_RATE_PRECISION } from "./costRecoveryRate";
export {
  enterpriseBalanceRatio,
  ENTERPRISE_BALANCE_RATIO_PRECISION,
} from "./enterpriseBalanceRatio";
export { perCapita } from "./perCapita";
export { fundBalance } from "./fundBalance";
export type { FundBalanceResult } from "./fundBalance";
export { parseRoundingMode } from "./parseRoundingMode";
export { roundToTotal } from "./roundToTotal";
export { achievement, parseDirection, ACHIEVEMENT_PRECISION } from "./achievement";
export type { AchievementDirection } from "./achievement";
export { kpiStatus, KPI_VERDICT_LABELS } from "./kpiStatus";
export type { KpiRule, KpiStatus, KpiStatusResult, KpiVerdict } from "./kpiStatus";
export { unitCost } from "./unitCost";
export { executionRate, unspentAmount, EXECUTION_RATE_PRECISION } from "./executionRate";
