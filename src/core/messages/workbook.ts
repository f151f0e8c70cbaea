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
  "workbook.hostError": {
    ja: "Excel でエラーが発生しました（{code}）: {detail}",
    en: "Excel reported an error ({code}): {detail}",
  },
};
