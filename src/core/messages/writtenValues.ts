import type { MessageText } from "./types";

/** Messages of the value-writing workflow and its pane section (writtenValues.*). */
export const writtenValuesMessages: Record<string, MessageText> = {
  "writtenValues.notComputed": {
    ja: "計算できなかったため、書き込みませんでした: {reason}",
    en: "Nothing was written because the value could not be computed: {reason}",
  },
  "writtenValues.inputErrorValue": {
    ja: "{arg}: セル {cell} にエラー値 {text} があるため計算できません。元のセルのエラーを直してください。",
    en: "{arg}: cell {cell} holds the error value {text}, so nothing can be computed. Fix the error in that cell first.",
  },
  "writtenValues.inputNotCalculated": {
    ja: "{arg}: セル {cell} の数式 {formula} に計算結果がありません（計算されていないか、空の文字列を返しています）。Excel で再計算してから、もう一度お試しください。",
    en: "{arg}: the formula {formula} in cell {cell} has no result (it was never calculated, or it returns empty text). Recalculate in Excel, then try again.",
  },
  "writtenValues.inputIsDate": {
    ja: "{arg}: セル {cell} は日付の表示形式（{format}）の数値です。金額や数量の引数には使えません。参照するセルを確認してください。",
    en: "{arg}: cell {cell} holds a number formatted as a date ({format}), which cannot be an amount or quantity. Check which cell the argument refers to.",
  },
  "writtenValues.inputSheetMissing": {
    ja: "{arg}: シート「{sheet}」が見つかりません（削除されたか、名前が変わりました）。参照するセルを指定し直してください。",
    en: "{arg}: there is no sheet named “{sheet}” (it was deleted or renamed). Point the argument at its cells again.",
  },
  "writtenValues.inputBadAddress": {
    ja: "{arg}: 「{address}」（シート「{sheet}」）はセル範囲として読めません。B2 や B2:D2 のように指定してください（列全体・行全体は使えません）。",
    en: "{arg}: “{address}” (sheet “{sheet}”) is not a cell range. Give a range such as B2 or B2:D2 (whole columns or rows cannot be used).",
  },
  "writtenValues.inputTooLarge": {
    ja: "{arg}: 範囲 {address}（シート「{sheet}」）は {cells} セルあり、一度に読める {limit} セルを超えます。範囲を小さくしてください。",
    en: "{arg}: the range {address} (sheet “{sheet}”) has {cells} cells, more than the {limit} that can be read at once. Use a smaller range.",
  },
  "writtenValues.noRoom": {
    ja: "結果（{rows} 行 × {columns} 列）は {cell} から書き込むとシートの端を越えます。書き込み先を選び直してください。",
    en: "The result ({rows} × {columns} cells) does not fit on the sheet from {cell}. Choose another target cell.",
  },
  "writtenValues.overlapsRecord": {
    ja: "書き込み先が、{cell} に書き込んだ値（{formula}）と一部重なります。先にその値を削除してから書き込んでください。",
    en: "The target partly overlaps the value written at {cell} ({formula}). Remove that value first, then write again.",
  },
  "writtenValues.tooMany": {
    ja: "このブックに書き込んだ値は {limit} 件までです。不要になった値を削除してから書き込んでください。",
    en: "A workbook can hold at most {limit} written values. Remove values you no longer need, then write again.",
  },
  "writtenValues.editedSinceWrite": {
    ja: "セル {cell} の内容は書き込んだ後に変更されています。変更を消さないよう、元に戻しませんでした。",
    en: "Cell {cell} has been changed since the value was written; it was not put back, so that the change is not lost.",
  },
  "writtenValues.unknownRecord": {
    ja: "書き込んだ値 {id} は記録にありません（既に削除されたか、元に戻されています）。一覧を更新してください。",
    en: "There is no written value {id} (it was removed or undone meanwhile). Refresh the list.",
  },
  "writtenValues.shapeChanged": {
    ja: "結果の大きさが変わりました（{expectedRows} 行 × {expectedColumns} 列 → {rows} 行 × {columns} 列）。値を削除してから書き込み直してください。",
    en: "The result changed size ({expectedRows} × {expectedColumns} → {rows} × {columns}). Remove the value and write it again.",
  },
  "writtenValues.settingDamaged": {
    ja: "ブックに記録された書き込み値のうち {count} 件は読み取れないため無視しました（ブックが他のプログラムで変更された可能性があります）。",
    en: "{count} of the written values recorded in the workbook could not be read and were ignored (another program may have changed the workbook).",
  },
};
