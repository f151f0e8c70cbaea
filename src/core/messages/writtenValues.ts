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
  // The 関数 tab's 「値として書き込む」 and 「書き込んだ値」 (src/taskpane/functions).
  "writtenValues.pane.heading": { ja: "値として書き込む", en: "Write as value" },
  "writtenValues.pane.introNoCustomFunctions": {
    ja: "このExcelではカスタム関数が計算されません。ここで同じ計算をして、結果を値としてセルに書き込みます。書き込んだ値は引数のセルとともに記録され、「再計算」で入力の変更に合わせて更新できます。",
    en: "Custom functions do not calculate in this Excel. Compute the same result here and write it into a cell as a value. Each written value is recorded with its argument cells, so Recalculate can update it after the inputs change.",
  },
  "writtenValues.pane.intro": {
    ja: "数式を挿入する代わりに、ここで計算した結果を値としてセルに書き込むこともできます。",
    en: "Instead of inserting the formula, you can also compute the result here and write it into a cell as a value.",
  },
  "writtenValues.pane.modeLabel": { ja: "{name} の指定方法", en: "How to give {name}" },
  "writtenValues.pane.modeCells": { ja: "セル", en: "Cells" },
  "writtenValues.pane.modeTyped": { ja: "値を入力", en: "Type a value" },
  "writtenValues.pane.refLabel": {
    ja: "{name} のセル(例:計算!B2)",
    en: "Cells for {name} (e.g. Sheet1!B2)",
  },
  "writtenValues.pane.typedLabel": { ja: "{name} の値", en: "Value of {name}" },
  "writtenValues.pane.optionalHint": {
    ja: "空欄なら省略します",
    en: "Leave it empty to omit it",
  },
  "writtenValues.pane.useSelection": { ja: "選択範囲を使う", en: "Use the selection" },
  "writtenValues.pane.badReference": {
    ja: "「{text}」はセルの参照として読めません(例:B2、計算!B2:D2、'R7 決算'!B2)",
    en: "“{text}” is not a cell reference (e.g. B2, Sheet1!B2:D2, 'FY2025 results'!B2)",
  },
  "writtenValues.pane.compute": { ja: "計算", en: "Compute" },
  "writtenValues.pane.busy": { ja: "処理しています…", en: "Working…" },
  "writtenValues.pane.resultHeading": { ja: "計算結果", en: "Result" },
  "writtenValues.pane.value": { ja: "値", en: "Value" },
  "writtenValues.pane.formula": { ja: "同じ計算の数式", en: "Equivalent formula" },
  "writtenValues.pane.problems": {
    ja: "読めない入力があるため計算していません:",
    en: "Not computed: some inputs cannot be read:",
  },
  "writtenValues.pane.target": { ja: "書き込み先", en: "Target cell" },
  "writtenValues.pane.retarget": {
    ja: "選択セルを書き込み先にする",
    en: "Use the selected cell",
  },
  "writtenValues.pane.write": { ja: "書き込む", en: "Write" },
  "writtenValues.pane.cannotWrite": {
    ja: "エラーの結果は書き込みません。引数を直してから計算してください。",
    en: "An error result is not written. Correct the arguments and compute again.",
  },
  "writtenValues.pane.cellNotEmpty": {
    ja: "{cell} は空ではありません(現在の内容:{content})。上書きしますか?",
    en: "{cell} is not empty (it holds: {content}). Overwrite it?",
  },
  "writtenValues.pane.written": {
    ja: "{cell} に {value} を書き込みました({formula} と同じ計算)。",
    en: "Wrote {value} into {cell} (the same computation as {formula}).",
  },
  "writtenValues.pane.writtenReplaced": {
    ja: "このセルの以前の記録を置き換えました。",
    en: "It replaces the earlier record of this cell.",
  },
  "writtenValues.pane.undo": { ja: "元に戻す", en: "Undo" },
  "writtenValues.pane.undone": {
    ja: "{cell} を書き込む前の状態に戻しました。",
    en: "Put {cell} back as it was before writing.",
  },
  "writtenValues.pane.listHeading": { ja: "書き込んだ値", en: "Written values" },
  "writtenValues.pane.listIntro": {
    ja: "「値として書き込む」で書き込んだ値です。どの関数とどのセルから計算したか(同じ計算の数式)を示します。",
    en: "Values written with Write as value, each with the function and cells it was computed from (its equivalent formula).",
  },
  "writtenValues.pane.listEmpty": {
    ja: "このブックに書き込んだ値はまだありません。",
    en: "No values have been written into this workbook yet.",
  },
  "writtenValues.pane.listCount": { ja: "{count} 件", en: "{count} values" },
  "writtenValues.pane.loading": {
    ja: "書き込んだ値を読み込んでいます…",
    en: "Loading the written values…",
  },
  "writtenValues.pane.recordLabel": { ja: "{cell}({name})", en: "{cell} ({name})" },
  "writtenValues.pane.selectCell": { ja: "{cell} を選択", en: "Select {cell}" },
  "writtenValues.pane.selected": { ja: "{cell} を選択しました。", en: "Selected {cell}." },
  "writtenValues.pane.writtenAt": { ja: "書き込み:{time}", en: "Written: {time}" },
  "writtenValues.pane.recalc": { ja: "再計算", en: "Recalculate" },
  "writtenValues.pane.cancel": { ja: "中止", en: "Cancel" },
  "writtenValues.pane.recalcProgress": {
    ja: "再計算しています… {done} / {total} 件",
    en: "Recalculating… {done} of {total}",
  },
  "writtenValues.pane.recalcCancelled": {
    ja: "再計算を中止しました。",
    en: "Recalculation was cancelled.",
  },
  "writtenValues.pane.recalcReport": { ja: "再計算の結果", en: "Recalculation result" },
  "writtenValues.pane.recalcSummary": {
    ja: "{total} 件を再計算しました:変わった値 {changed} 件、変わらない値 {unchanged} 件、計算できない値 {failed} 件、書き換えられていた値 {edited} 件、シートがない値 {missing} 件。",
    en: "Recalculated {total}: {changed} changed, {unchanged} unchanged, {failed} not computed, {edited} edited by hand, {missing} with their sheet gone.",
  },
  "writtenValues.pane.recalcChanged": {
    ja: "{cell}({name}):{before} → {after}",
    en: "{cell} ({name}): {before} → {after}",
  },
  "writtenValues.pane.recalcFailed": {
    ja: "{cell}({name}):計算できないため、セルはそのままです。{reason}",
    en: "{cell} ({name}): not computed, the cell was left as it was. {reason}",
  },
  "writtenValues.pane.recalcEdited": {
    ja: "{cell}({name}):書き込んだ後に書き換えられているため、上書きしませんでした(現在の内容:{current})。",
    en: "{cell} ({name}): edited since it was written, so it was not overwritten (it holds: {current}).",
  },
  "writtenValues.pane.recalcMissing": {
    ja: "{cell}({name}):シートが見つかりません。",
    en: "{cell} ({name}): its sheet is gone.",
  },
  "writtenValues.pane.undoRecalc": { ja: "再計算を元に戻す", en: "Undo the recalculation" },
  "writtenValues.pane.recalcUndone": {
    ja: "再計算の前の値に戻しました。",
    en: "Put the values back as they were before the recalculation.",
  },
  "writtenValues.pane.remove": { ja: "削除", en: "Remove" },
  "writtenValues.pane.removeQuestion": {
    ja: "{cell} の記録を削除します。セルはどうしますか?",
    en: "Remove the record of {cell}. What should happen to the cell?",
  },
  "writtenValues.pane.removeKeep": { ja: "値を残す", en: "Keep the value" },
  "writtenValues.pane.removeRestore": { ja: "書き込み前に戻す", en: "Restore the cell as before" },
  "writtenValues.pane.removeCancel": { ja: "やめる", en: "Cancel" },
  "writtenValues.pane.removedKept": {
    ja: "{cell} の記録を削除しました(値はセルに残しています)。",
    en: "Removed the record of {cell}; the value stays in the cell.",
  },
  "writtenValues.pane.removedRestored": {
    ja: "{cell} を書き込む前の状態に戻し、記録を削除しました。",
    en: "Put {cell} back as it was before writing and removed its record.",
  },
};
