import type { MessageText } from "./types";

/** Messages of the table area. Codes start with "table.". */
export const tableMessages: Record<string, MessageText> = {
  "table.noData": {
    ja: "範囲に表のデータ（見出しと数値の欄）が見つかりません。表全体を選択してください。",
    en: "No table data (headers and figure columns) was found in the range. Select the whole table.",
  },
  "table.notCalculated": {
    ja: "数式({text})の計算結果が保存されていません。Excel で再計算して保存してください。",
    en: "Not calculated: the formula ({text}) has no saved result. Recalculate and save in Excel.",
  },
  "table.unitMismatch": {
    ja: "セルの単位「{cellUnit}」が行・列の単位「{rowUnit}」と異なり、換算できません。数値は「{cellUnit}」のまま扱います。（{text}）",
    en: 'The cell\'s unit "{cellUnit}" differs from the row or column unit "{rowUnit}" and cannot be converted; the figure is kept in "{cellUnit}" ({text}).',
  },
  "table.unitMissing": {
    ja: "「{text}」には単位がないため、行・列の単位「{rowUnit}」に換算できません。「4億円」のように単位を付けてください。",
    en: 'The figure "{text}" has no unit, so it cannot be converted to the row or column unit "{rowUnit}". Write the unit (for example 4億円).',
  },
};
