import { D } from "../decimal";
import type { Decimal } from "../decimal";
import type { RatioKind } from "./ratioKind";
import { earlyHealthThreshold, rebuildThreshold } from "./thresholds";
import type { ThresholdOptions } from "./thresholds";

/** 実質公債費比率 18% or more: new 地方債 needs a permit (地方財政法 第5条の4). */
const PERMIT_LINE = new D(18);

export type HealthLevel = "healthy" | "early" | "rebuild";

export const HEALTH_LEVEL_LABELS: Record<HealthLevel, { ja: string; en: string }> = {
  healthy: { ja: "健全", en: "sound" },
  early: { ja: "早期健全化基準以上", en: "at or above the early-warning threshold" },
  rebuild: { ja: "財政再生基準以上", en: "at or above the rebuilding threshold" },
};

export interface HealthStatus {
  level: HealthLevel;
  /** 実質公債費比率 ≥ 18%: 地方債 許可団体. Always false for the other kinds. */
  permitRequired: boolean;
  early: Decimal;
  rebuild: Decimal | null;
  /** Short label: 健全 / 健全（許可団体） / 早期健全化基準以上 / 経営健全化基準以上 / 財政再生基準以上. */
  label: { ja: string; en: string };
}

/**
 * Compares a ratio with its thresholds on exact values; 以上 means ≥ (健全化法 第4条・第8条 "以上").
 * A ratio that is not computed ("－", pass null) is 健全. For 資金不足比率 the line is the
 * 経営健全化基準. `scaleOku` (標準財政規模 in 億円) is required for the two deficit kinds.
 *
 * @example healthStatus("debtService", new D("13.0"), null).label.ja // "健全"
 */
export function healthStatus(
  kind: RatioKind,
  ratio: Decimal | null,
  scaleOku: Decimal | null,
  options: ThresholdOptions = {}
): HealthStatus {
  const early = earlyHealthThreshold(kind, scaleOku, options).value;
  const rebuild = rebuildThreshold(kind);
  const permitRequired = kind === "debtService" && ratio !== null && ratio.gte(PERMIT_LINE);
  let level: HealthLevel = "healthy";
  if (ratio !== null && rebuild !== null && ratio.gte(rebuild)) level = "rebuild";
  else if (ratio !== null && ratio.gte(early)) level = "early";
  return { level, permitRequired, early, rebuild, label: labelOf(kind, level, permitRequired) };
}

function labelOf(
  kind: RatioKind,
  level: HealthLevel,
  permitRequired: boolean
): { ja: string; en: string } {
  if (level === "early" && kind === "fundShortage") {
    return { ja: "経営健全化基準以上", en: "at or above the management soundness threshold" };
  }
  if (level === "healthy" && permitRequired)
    return { ja: "健全（許可団体）", en: "sound (bond issues need a permit)" };
  return HEALTH_LEVEL_LABELS[level];
}
