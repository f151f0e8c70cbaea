import type { MessageText } from "../messages/types";

/**
 * Messages of the fiscal indicators. They belong to the "functions" area of the one catalogue;
 * src/core/messages/functions.ts spreads them in (codes "functions.indicator.*").
 */
export const INDICATOR_MESSAGES: Record<string, MessageText> = {
  "functions.indicator.divisionByZero": {
    ja: "{name} が 0 のため計算できません。",
    en: "{name} is 0, so the figure cannot be computed.",
  },
  "functions.indicator.negativeAmount": {
    ja: "{name} は正の額で入力してください（△表記の値は符号を反転してください）。",
    en: "Enter {name} as a positive amount (flip the sign of values printed with △).",
  },
  "functions.indicator.notPositive": {
    ja: "{name} は正の値が必要です。",
    en: "{name} must be positive.",
  },
  "functions.indicator.noDeficit": {
    ja: "赤字（資金不足）がないため算定しません（「－」）。",
    en: 'There is no deficit (shortage), so the ratio is not computed ("－").',
  },
  "functions.indicator.futureBurdenCovered": {
    ja: "将来負担額が充当可能財源等を上回らないため算定しません（「－」）。",
    en: 'The future burden does not exceed the resources available for it, so the ratio is not computed ("－").',
  },
  "functions.indicator.lengthMismatch": {
    ja: "{a} と {b} の個数が違います（{countA} 個と {countB} 個）。",
    en: "{a} and {b} have different lengths ({countA} and {countB}).",
  },
  "functions.indicator.emptyInput": {
    ja: "{name} に値がありません。",
    en: "{name} has no values.",
  },
  "functions.indicator.progressUndefined": {
    ja: "目標値と基準値が同じため、達成率を定義できません。",
    en: "The target equals the baseline, so progress is undefined.",
  },
  "functions.indicator.targetNotNumeric": {
    ja: "目標「{text}」を数値目標として読めません。",
    en: 'The target "{text}" cannot be read as a numeric target.',
  },
};
