import type { MessageText } from "./types";

/**
 * Messages of the table checker (検算). Codes start with "check.". Parameters: cell (A1),
 * printed / expected / difference (figures as printed units), lo / hi (the differences rounding
 * allows), rule (the rule text), count, cells, years (fiscal years, 2022–2030), position.
 */
export const checkMessages: Record<string, MessageText> = {
  "check.sum.mismatch": {
    ja: "{cell} の合計 {printed} は内訳の和 {expected} と {difference} 違います（端数で説明できる差は {lo}〜{hi}）。{rule}",
    en: "The total {printed} in {cell} differs from the sum of its parts {expected} by {difference} (rounding explains {lo} to {hi}). {rule}",
  },
  "check.difference.mismatch": {
    ja: "{cell} の差引 {printed} は計算 {expected} と {difference} 違います（端数で説明できる差は {lo}〜{hi}）。{rule}",
    en: "The difference {printed} in {cell} differs from the computed {expected} by {difference} (rounding explains {lo} to {hi}). {rule}",
  },
  "check.carryForward.mismatch": {
    ja: "{cell} の繰越金 {printed} は前年度の {expected} と {difference} 違います。{rule}",
    en: "The amount carried forward {printed} in {cell} differs from the previous year's {expected} by {difference}. {rule}",
  },
  "check.fundRollForward.unexplained": {
    ja: "{cell} の基金残高は印字された積立・繰入で説明できません。前年度残高と増減からは {expected}、印字は {printed}（差 {difference}、{years}）。表にない積立・取崩しがないか確認してください。{rule}",
    en: "The fund balance in {cell} is not explained by the printed flows: the previous balance and flows give {expected}, the table prints {printed} (difference {difference}, {years}). Check for transfers the table does not show. {rule}",
  },
  "check.average.mismatch": {
    ja: "{cell} の平均 {printed} は対象行の計算 {expected} と {difference} 違います（端数で説明できる差は {lo}〜{hi}）。{rule}",
    en: "The average {printed} in {cell} differs from the computed {expected} by {difference} (rounding explains {lo} to {hi}). {rule}",
  },
  "check.ratio.mismatch": {
    ja: "{cell} の比率 {printed} は分子・分母からの計算 {expected} と {difference} 違います（端数で説明できる差は {lo}〜{hi}）。{rule}",
    en: "The ratio {printed} in {cell} differs from the one computed from its numerator and denominator {expected} by {difference} (rounding explains {lo} to {hi}). {rule}",
  },
  "check.oneCell": {
    ja: "{cell} の {printed} 1か所で {count} 件の検算が合いません。{cell} が {expected} なら全て合います（差 {difference}）。{rule}",
    en: "The single figure {printed} in {cell} breaks {count} identities; all of them hold if {cell} is {expected} (difference {difference}). {rule}",
  },
  "check.rounding": {
    ja: "{cell} の差 {difference} は端数で説明できます（端数で説明できる差は {lo}〜{hi}）。{rule}",
    en: "The difference {difference} in {cell} is explained by rounding (rounding explains {lo} to {hi}). {rule}",
  },
  "check.blankTarget": {
    ja: "{cell} は空欄のため検算していませんが、右辺は {expected} です。{rule}",
    en: "{cell} is blank and was not checked, although the right-hand side gives {expected}. {rule}",
  },
  "check.rule.expected": {
    ja: "規則の {position} 文字目に「{token}」が必要です。",
    en: 'Character {position} of the rule: expected "{token}".',
  },
  "check.rule.unexpected": {
    ja: "規則の {position} 文字目の「{token}」は読めません。",
    en: 'Character {position} of the rule: "{token}" cannot be read.',
  },
  "check.rule.expectedTerm": {
    ja: "規則の {position} 文字目で式が途切れています。",
    en: "Character {position} of the rule: the expression ends too early.",
  },
  "check.rule.unknownLabel": {
    ja: "規則の {position} 文字目「{label}」に当たる行・列が表にありません。",
    en: 'Character {position} of the rule: no row or column of the table is labelled "{label}".',
  },
  "check.rule.ambiguousLabel": {
    ja: "規則の {position} 文字目「{label}」は表に {count} か所あり、どれか決められません。",
    en: 'Character {position} of the rule: "{label}" labels {count} lines of the table; name one uniquely.',
  },
  "check.rule.noYears": {
    ja: "規則の {position} 文字目: 年度をずらす参照（[t-1]）ですが、この表の反対側の軸に年度がありません。",
    en: "Character {position} of the rule: a year offset ([t-1]) needs fiscal years on the other axis, and this table has none there.",
  },
};
