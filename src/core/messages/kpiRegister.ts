import type { MessageText } from "./types";

/** Messages of KPI register recognition (kpiRegister.*). Codes start with "kpiRegister.". */
export const kpiRegisterMessages: Record<string, MessageText> = {
  "kpiRegister.notRegister": {
    ja: "シート「{sheet}」にKPIシートの見出し（「指標」の列と、方向・目標値・単位・年度の列）が見つかりません。",
    en: "Sheet {sheet} has no KPI register header (an indicator column with direction, goal, unit or fiscal-year columns).",
  },
  "kpiRegister.noIndicator": {
    ja: "{row}行目（No.{no}）は指標が空欄のため、項目名だけの行として読み取っていません。",
    en: "Row {row} (No. {no}) has no indicator: an item without an indicator is not read.",
  },
  "kpiRegister.unknownDirection": {
    ja: "{cell}の方向「{text}」を読めません（増加・減少・達成・範囲、↑・↓ などで書いてください）。",
    en: "{cell}: the direction “{text}” is not understood (use higher, lower, milestone or range, ↑ or ↓).",
  },
  "kpiRegister.noDirection": {
    ja: "方向が空欄で、目標の書き方（以上・以内・範囲）からも決まらないため、読み取っていません。",
    en: "The direction is blank and the target (at least, at most, a band) does not say it: the row is not read.",
  },
  "kpiRegister.unknownTargetType": {
    ja: "{cell}の目標の種類「{text}」を読めません（毎年度・累計・最終・マイルストーン）。",
    en: "{cell}: the target type “{text}” is not understood (yearly, cumulative, final, milestone).",
  },
  "kpiRegister.unitMismatch": {
    ja: "{cell}の「{text}」は単位が{found}で、この行の単位{unit}と種類が違います。",
    en: "{cell}: “{text}” is in {found}, a different kind of unit from the row's unit {unit}.",
  },
  "kpiRegister.textInNumber": {
    ja: "{cell}に数値ではなく文字「{text}」があります。",
    en: "{cell} holds the text “{text}” where a number belongs.",
  },
  "kpiRegister.unreadableNumber": {
    ja: "{cell}の「{text}」を数値として読めません。",
    en: "{cell}: “{text}” cannot be read as a number.",
  },
  "kpiRegister.errorValue": {
    ja: "{cell}はエラー値「{text}」です。元の数式を確認してください。",
    en: "{cell} is the error value {text}: check the formula behind it.",
  },
  "kpiRegister.dateInNumber": {
    ja: "{cell}は日付（{text}）で、数値の入る欄に合いません。",
    en: "{cell} is a date ({text}) where a number belongs.",
  },
  "kpiRegister.badYear": {
    ja: "{cell}の年度「{text}」を読めません（R8、令和8年度、R4-R8、2026 など）。",
    en: "{cell}: the fiscal year “{text}” cannot be read (R8, 令和8年度, R4-R8, 2026 …).",
  },
  "kpiRegister.boundsReversed": {
    ja: "{cell}の下限{lower}が上限{upper}より大きいため、範囲として読めません。",
    en: "{cell}: the lower bound {lower} is above the upper bound {upper}.",
  },
  "kpiRegister.duplicateColumn": {
    ja: "{column}列「{header}」は{first}列と同じ内容の見出しのため、使っていません。",
    en: "Column {column} “{header}” repeats the header of column {first} and is not used.",
  },
  "kpiRegister.illustrativeColumns": {
    ja: "「（例示）」の列（{columns}）は説明用の例示値で、公式の数値ではありません。",
    en: "The columns marked (例示, illustrative) ({columns}) hold illustrative values, not official figures.",
  },
  "kpiRegister.templatePeriod": {
    ja: "計画期間 {from}～{to} ではKPIシートを作成できません（開始年度 ≦ 終了年度、{max}年度以内）。",
    en: "No KPI sheet can be made for the plan period {from}–{to} (the first year up to the last, at most {max} years).",
  },
  "kpiRegister.yearColumnIgnored": {
    ja: "{column}列「{header}」は年度の列ですが、計画・実績・事業費などのどれか分からないため、使っていません。",
    en: "Column {column} “{header}” names a fiscal year but not whether it is a plan, an actual or a cost: it is not used.",
  },
};
