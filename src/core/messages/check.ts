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
  "check.share.mismatch": {
    ja: "{cell} の構成比 {printed} は金額と合計からの計算 {expected} と {difference} 違います（端数で説明できる差は {lo}〜{hi}）。{rule}",
    en: "The share {printed} in {cell} differs from the one computed from the amount and the total {expected} by {difference} (rounding explains {lo} to {hi}). {rule}",
  },
  "check.yearOnYear.mismatch": {
    ja: "{cell} の対前年度増減 {printed} は前年度からの計算 {expected} と {difference} 違います（端数で説明できる差は {lo}〜{hi}）。{rule}",
    en: "The year-on-year change {printed} in {cell} differs from the one computed from the previous year {expected} by {difference} (rounding explains {lo} to {hi}). {rule}",
  },
  "check.indicator.mismatch": {
    ja: "{cell} の指標 {printed} は表にある算定要素からの計算 {expected} と {difference} 違います（公表の端数処理で説明できる差は {lo}〜{hi}）。{rule}",
    en: "The indicator {printed} in {cell} differs from the one computed from the components in the table {expected} by {difference} (the published rounding explains {lo} to {hi}). {rule}",
  },
  "check.indicator.negative": {
    ja: "{cell} の{label} {printed} は負の値です。この指標は負になりません（該当しないときは「－」）。{rule}",
    en: "{cell} ({label}) is {printed}, a negative value; this indicator is never negative (it is printed as a dash when there is none). {rule}",
  },
  "check.indicator.fiscalStrength": {
    ja: "{cell} の{label} {printed} は 3 を超えています。財政力指数としてあり得る範囲（0〜3程度）の外です。{rule}",
    en: "{cell} ({label}) is {printed}, above 3: outside the range a fiscal strength index takes (0 to about 3). {rule}",
  },
  "check.indicator.percent": {
    ja: "{cell} の{label} {printed} は 1,000% を超えています。単位や桁を確認してください。{rule}",
    en: "{cell} ({label}) is {printed}, above 1,000%: check the unit and the digits. {rule}",
  },
  "check.threshold.permission": {
    ja: "{cell} の{label} {printed} は {threshold} 以上です。地方債の発行に許可が必要な団体（許可団体、地方財政法第5条の4）に当たります。{rule}",
    en: "{cell} ({label}) is {printed}, at or above {threshold}: the city needs permission to issue local bonds (Local Finance Act, art. 5-4). {rule}",
  },
  "check.threshold.early": {
    ja: "{cell} の{label} {printed} は早期健全化基準 {threshold} 以上です。財政健全化計画の策定と議会への報告・公表、外部監査が義務になります（財政健全化法第4条・第26条）。{rule}",
    en: "{cell} ({label}) is {printed}, at or above the early warning threshold {threshold}: a fiscal soundness plan, its report to the council and an external audit are required (Act on Assurance of Sound Financial Status of Local Governments, arts. 4 and 26). {rule}",
  },
  "check.threshold.rebuild": {
    ja: "{cell} の{label} {printed} は財政再生基準 {threshold} 以上です。財政再生計画の策定が義務になり、同意がなければ地方債の発行が制限されます（財政健全化法第8条・第11条）。{rule}",
    en: "{cell} ({label}) is {printed}, at or above the fiscal rebuilding threshold {threshold}: a fiscal rebuilding plan is required, and without its approval local bond issues are restricted (same Act, arts. 8 and 11). {rule}",
  },
  "check.threshold.management": {
    ja: "{cell} の{label} {printed} は経営健全化基準 {threshold} 以上です。その公営企業に経営健全化計画の策定が義務になります（財政健全化法第23条）。{rule}",
    en: "{cell} ({label}) is {printed}, at or above the management soundness threshold {threshold}: the public enterprise must adopt a management soundness plan (same Act, art. 23). {rule}",
  },
  "check.target.missed": {
    ja: "{cell} の{label} {printed} は目標（{compare} {target}）に届いていません（差 {difference}）。{rule}",
    en: "{cell} ({label}) is {printed} and misses its target ({compare} {target}; difference {difference}). {rule}",
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
  "check.rule.expectedNumber": {
    ja: "規則の {position} 文字目: 比較（<= など）の後に目標の数値が必要です（例: 実質公債費比率[令和8年度] <= 13）。",
    en: "Character {position} of the rule: a comparison (<= and so on) needs the target number after it (e.g. label[R8] <= 13).",
  },
  "check.rule.yearNotInTable": {
    ja: "規則の {position} 文字目: {year}年度はこの表にありません。",
    en: "Character {position} of the rule: fiscal year {year} is not in this table.",
  },
  "check.rule.noYears": {
    ja: "規則の {position} 文字目: 年度をずらす参照（[t-1]）ですが、この表の反対側の軸に年度がありません。",
    en: "Character {position} of the rule: a year offset ([t-1]) needs fiscal years on the other axis, and this table has none there.",
  },
};
