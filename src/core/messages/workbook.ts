import type { MessageText } from "./types";

/** Messages of the workbook area. Codes start with "workbook.". */
export const workbookMessages: Record<string, MessageText> = {
  "workbook.noSuchSheet": {
    ja: "シート「{sheet}」が見つかりません。シート名を確認してください。",
    en: "There is no sheet named “{sheet}”. Check the sheet name.",
  },
  "workbook.badAddress": {
    ja: "「{address}」はセル範囲の指定として読めません（例: B2:M40）。",
    en: "“{address}” is not a cell range (for example B2:M40).",
  },
  "workbook.emptyRange": {
    ja: "シート「{sheet}」で読み取る値が見つかりません。範囲が指定されていないか、対象のセルがすべて空です。",
    en: "Nothing to read on sheet “{sheet}”: either no range was given or every cell to read is empty.",
  },
  "workbook.tooManyCells": {
    ja: "範囲が大きすぎます（{cells} セル）。一度に読めるのは {limit} セルまでです。範囲を分けてください。",
    en: "The range is too large ({cells} cells); at most {limit} cells can be read at once. Split the range.",
  },
  "workbook.aborted": {
    ja: "読み取りを中止しました。",
    en: "Reading was cancelled.",
  },
  "workbook.readFailed": {
    ja: "範囲 {address} の値を Excel から受け取れませんでした。範囲を小さくしてもう一度お試しください。",
    en: "Excel returned no values for {address}. Try again with a smaller range.",
  },
  "workbook.cellNotEmpty": {
    ja: "セル {address} には既に内容があります。上書きする場合は「上書き」を選んでください。",
    en: "Cell {address} is not empty. Choose “Overwrite” to replace its contents.",
  },
  "workbook.notSingleCell": {
    ja: "関数を挿入するセルを 1 つだけ選択してください（選択中: {address}）。",
    en: "Select exactly one cell to insert the function into (selected: {address}).",
  },
  "workbook.multipleAreas": {
    ja: "複数の範囲（またはグラフなどセル以外のもの）が選択されています。1つの連続したセル範囲を選択してください。",
    en: "Several ranges (or something other than cells, such as a chart) are selected. Select one contiguous range of cells.",
  },
  "workbook.notAFormula": {
    ja: "「{formula}」は数式ではありません（= で始まる必要があります）。",
    en: "“{formula}” is not a formula (it must start with =).",
  },
  "workbook.chartNoSeries": {
    ja: "グラフ「{title}」に系列がありません。描く値を 1 つ以上指定してください。",
    en: "Chart “{title}” has no series. Give at least one series of values to draw.",
  },
  "workbook.chartNoCategories": {
    ja: "グラフ「{title}」に項目（年度など）がありません。",
    en: "Chart “{title}” has no categories (such as fiscal years).",
  },
  "workbook.chartSeriesLength": {
    ja: "グラフ「{title}」の系列「{series}」の値は {values} 個ですが、項目は {categories} 個です。数をそろえてください。",
    en: "Series “{series}” of chart “{title}” has {values} values for {categories} categories. They must match.",
  },
  "workbook.chartBadValue": {
    ja: "グラフ「{title}」の系列「{series}」の項目「{category}」の値が有限の数ではありません（値がない場合は空欄にしてください）。",
    en: "Series “{series}” of chart “{title}” has a value for “{category}” that is not a finite number (leave it blank when there is none).",
  },
  "workbook.chartNoValues": {
    ja: "グラフ「{title}」にはどの系列にも値がありません。値が入ってから作成してください。",
    en: "Chart “{title}” has no value in any series. Draw it once there are values.",
  },
  "workbook.chartBadPlan": {
    ja: "グラフ「{title}」の指定を Excel で描けません: {detail}",
    en: "Excel cannot draw chart “{title}” as planned: {detail}",
  },
  "workbook.chartDuplicateId": {
    ja: "同じ ID「{id}」のグラフが 2 つあります。ID はグラフごとに別にしてください。",
    en: "Two charts have the same id “{id}”. Each chart needs its own id.",
  },
  "workbook.pageBadLayout": {
    ja: "グラフのページの設定を Excel が受け付けません: {detail}",
    en: "Excel cannot set up the chart page as planned: {detail}",
  },
  "workbook.ownSheetProtected": {
    ja: "シート「{sheet}」は保護されているため、グラフや書式を設定できません。シートの保護を解除してから、もう一度お試しください。",
    en: "Sheet “{sheet}” is protected, so no charts or formats can be set there. Unprotect the sheet, then try again.",
  },
  "workbook.badTableName": {
    ja: "「{name}」はテーブル名に使えません（文字か _ で始め、空白やセル番地の形は使えません）。",
    en: "“{name}” cannot be a table name (start with a letter or _, no spaces, not a cell reference).",
  },
  "workbook.tableNameTaken": {
    ja: "テーブル名「{name}」は、このブックの別のシートで既に使われています。",
    en: "The table name “{name}” is already used on another sheet of this workbook.",
  },
  "workbook.badValidationList": {
    ja: "{address} のドロップダウンリストを作れません（項目が空、項目にカンマや引用符がある、または合計 255 文字を超えています）。",
    en: "The drop-down list for {address} cannot be made (an empty item, a comma or quote in an item, or over 255 characters in all).",
  },
  "workbook.chartPageSheetIgnored": {
    ja: "グラフのページのシートとして記録された「{sheet}」は本アドインが作ったシートではないため、使わずに新しいシートを作りました。",
    en: "Sheet “{sheet}” is recorded as the chart page's sheet but is not one the add-in made, so a new sheet was added instead.",
  },
  "workbook.tooManyMarks": {
    ja: "印を付けるセルが多すぎます。一度に付けられる印は {limit} か所までです。範囲を分けてください。",
    en: "Too many cells to mark: at most {limit} marks can be laid at once. Split the range.",
  },
  "workbook.tooManyCharts": {
    ja: "本アドインのグラフが多すぎます。置けるのは {limit} 個までです。不要なグラフを削除してください。",
    en: "The add-in has too many charts: at most {limit}. Remove the charts you no longer need.",
  },
  "workbook.marksRegistryUnreadable": {
    ja: "ブックに保存された本アドインの印の記録が読めない形式のため、使わずに無視しました。利用者の書式は変更していません。",
    en: "The add-in's record of its marks in this workbook is not in a readable form, so it was ignored. None of your formats were changed.",
  },
  "workbook.marksRegistryIgnored": {
    ja: "ブックに保存された本アドインの印の記録のうち {ignored} 件が不正な形式のため、使わずに無視しました。",
    en: "{ignored} entries of the add-in's record of its marks in this workbook are malformed and were ignored.",
  },
  "workbook.sheetsRegistryUnreadable": {
    ja: "ブックに保存された本アドインが作ったシートの記録が読めない形式のため、使わずに無視しました。どのシートにも書き込んでいません。",
    en: "The add-in's record of the sheets it made in this workbook is not in a readable form, so it was ignored. Nothing was written to any sheet.",
  },
  "workbook.chartsRegistryUnreadable": {
    ja: "ブックに保存された本アドインのグラフの記録が読めない形式のため、使わずに無視しました。利用者のグラフやセルは変更していません。",
    en: "The add-in's record of its charts in this workbook is not in a readable form, so it was ignored. None of your charts or cells were changed.",
  },
  "workbook.chartsRegistryIgnored": {
    ja: "ブックに保存された本アドインのグラフの記録のうち {ignored} 件が不正な形式のため、使わずに無視しました。",
    en: "{ignored} entries of the add-in's record of its charts in this workbook are malformed and were ignored.",
  },
  "workbook.chartDataSheetIgnored": {
    ja: "グラフ用データのシートとして記録されたシート「{sheet}」は本アドインが作ったシートではないため、書き込みませんでした。",
    en: "Sheet “{sheet}” is recorded as the add-in's chart data sheet but is not one the add-in made, so nothing was written to it.",
  },
  "workbook.sheetProtected": {
    ja: "シート「{sheet}」は保護されているため、印を付けたり消したりできません。シートの保護を解除してから、もう一度お試しください。",
    en: "Sheet “{sheet}” is protected, so no marks can be laid or removed there. Unprotect the sheet, then try again.",
  },
  "workbook.notOwnSheet": {
    ja: "シート「{sheet}」は本アドインが作ったシートではないため、書き込みませんでした。",
    en: "Sheet “{sheet}” was not made by the add-in, so nothing was written to it.",
  },
  "workbook.mark.error": { ja: "誤り", en: "Error" },
  "workbook.mark.confirm": { ja: "要確認", en: "To confirm" },
  "workbook.mark.note": { ja: "端数", en: "Rounding" },
  "workbook.notXlsx": {
    ja: "ファイルを Excel ブック（.xlsx）として読めませんでした: {detail}",
    en: "The file could not be read as an Excel workbook (.xlsx): {detail}",
  },
  "workbook.unsupported": {
    ja: "この Excel では「{feature}」を使えません（{requirement} が必要です）。Excel を更新するか、Web 版の Excel をお使いください。",
    en: "This version of Excel cannot do “{feature}” (needs {requirement}). Update Excel or use Excel on the web.",
  },
  "workbook.cellEditMode": {
    ja: "セルの編集中は操作できません。Enter キーか Esc キーで編集を終えてから、もう一度お試しください。",
    en: "Excel is editing a cell. Press Enter or Esc to finish editing, then try again.",
  },
  "workbook.accessDenied": {
    ja: "シートまたはブックが保護されているため変更できません。",
    en: "The sheet or workbook is protected and cannot be changed.",
  },
  "workbook.invalidArgument": {
    ja: "Excel が指定を受け付けませんでした: {detail}",
    en: "Excel rejected the request: {detail}",
  },
  "workbook.shapeMismatch": {
    ja: "{sheet}!{address} に書き込む値の形が範囲と合いません（値は {rows} 行 × {columns} 列、範囲は {expectedRows} 行 × {expectedColumns} 列）。",
    en: "The values for {sheet}!{address} do not fit the range ({rows} × {columns} values for a range of {expectedRows} × {expectedColumns}).",
  },
  "workbook.cellsProtected": {
    ja: "シート「{sheet}」は保護されているため、セルに書き込めません。シートの保護を解除してから、もう一度お試しください。",
    en: "Sheet “{sheet}” is protected, so no cells can be written there. Unprotect the sheet, then try again.",
  },
  "workbook.hostError": {
    ja: "Excel でエラーが発生しました（{code}）: {detail}",
    en: "Excel reported an error ({code}): {detail}",
  },
};
