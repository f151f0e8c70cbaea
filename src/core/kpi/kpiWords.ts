import { parseDirection } from "../indicators/achievement";
import type { Language } from "../messages/types";
import type { KpiDirection, KpiTargetType } from "./types";

/**
 * The words of a KPI register's 方向 / 目標の種類 / 状況 columns (data/kpi-registers-README.md §1),
 * Japanese first, with the English words of an English register. The first word of each list is
 * the one the 「KPIシートを作成」 drop-downs offer.
 */
export const KPI_DIRECTION_WORDS: Record<Language, readonly string[]> = {
  ja: ["増加", "減少", "達成", "範囲"],
  en: ["higher", "lower", "milestone", "range"],
};
export const KPI_TARGET_TYPE_WORDS: Record<Language, readonly string[]> = {
  ja: ["毎年度", "累計", "最終", "マイルストーン"],
  en: ["yearly", "cumulative", "final", "milestone"],
};
export const KPI_STATUS_WORDS: Record<Language, readonly string[]> = {
  ja: ["完了", "取組中", "未着手"],
  en: ["completed", "in progress", "not started"],
};

/** Folds width, case and spacing so that 「 増 加 」, "Higher" and "HIGHER" compare equal. */
export function foldWord(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

const DIRECTIONS: Record<string, KpiDirection> = {
  向上: "higher",
  拡大: "higher",
  "↑": "higher",
  "⬆": "higher",
  高いほど良い: "higher",
  大きいほど良い: "higher",
  increase: "higher",
  削減: "lower",
  縮減: "lower",
  低減: "lower",
  "↓": "lower",
  "⬇": "lower",
  低いほど良い: "lower",
  小さいほど良い: "lower",
  decrease: "lower",
  reduce: "lower",
  達成: "milestone",
  milestone: "milestone",
  範囲: "range",
  維持: "range",
  range: "range",
  band: "range",
};

/**
 * Reads a 方向 cell: 増加 / 向上 / ↑ / 高いほど良い → higher, 減少 / 削減 / ↓ / 低いほど良い → lower,
 * 達成 → milestone, 範囲 → range (and the words {@link parseDirection} knows). Unknown text → null.
 *
 * @example parseKpiDirection("↑") // "higher"
 */
export function parseKpiDirection(text: string): KpiDirection | null {
  const word = foldWord(text);
  return DIRECTIONS[word] ?? parseDirection(word);
}

const TARGET_TYPES: Record<string, KpiTargetType> = {
  毎年度: "yearly",
  毎年: "yearly",
  各年度: "yearly",
  単年度: "yearly",
  yearly: "yearly",
  annual: "yearly",
  everyyear: "yearly",
  累計: "cumulative",
  累積: "cumulative",
  cumulative: "cumulative",
  最終: "final",
  最終年度: "final",
  目標年度: "final",
  final: "final",
  マイルストーン: "milestone",
  milestone: "milestone",
  達成: "milestone",
};

/**
 * Reads a 目標の種類 cell (毎年度 / 累計 / 最終 / マイルストーン, yearly / cumulative / final /
 * milestone). Unknown text → null.
 */
export function parseKpiTargetType(text: string): KpiTargetType | null {
  return TARGET_TYPES[foldWord(text)] ?? null;
}

export type KpiStatusKind = "completed" | "inProgress" | "notStarted";

const STATUSES: Record<string, KpiStatusKind> = {
  完了: "completed",
  達成: "completed",
  済: "completed",
  実施済: "completed",
  completed: "completed",
  done: "completed",
  取組中: "inProgress",
  実施中: "inProgress",
  進行中: "inProgress",
  継続: "inProgress",
  inprogress: "inProgress",
  未着手: "notStarted",
  未実施: "notStarted",
  notstarted: "notStarted",
};

/**
 * What a status text says, in either language (完了 / 取組中 / 未着手, completed / in progress /
 * not started); free text → null.
 *
 * @example kpiStatusOf("in progress") // "inProgress"
 */
export function kpiStatusOf(text: string | null): KpiStatusKind | null {
  return text === null ? null : (STATUSES[foldWord(text)] ?? null);
}
