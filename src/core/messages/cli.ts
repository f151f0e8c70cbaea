import type { MessageText } from "./types";

/** Messages of the cli area. Codes start with "cli.". */
export const cliMessages: Record<string, MessageText> = {
  "cli.usage": {
    ja: [
      "使い方: zaisei <コマンド> [オプション]",
      "",
      "  zaisei inspect <ファイル.xlsx> [--sheet シート名] [--range A1:M40] [--json] [--lang ja|en]",
      "      表を読み取り、年度・単位・行見出し・数値と読めないセルを表示します。",
      "      既定: 最初のシートの使用範囲。ファイルには何も書き込みません。",
      "  zaisei calc '<数式>' [--json] [--lang ja|en]",
      "      数式を計算します（例: zaisei calc '=ZAISEI.WAREKI(2025)'）。",
      "  zaisei help | --help     この説明を表示します。",
      "  zaisei --version         版を表示します。",
      "",
      "      数式のエラーは標準出力に「#VALUE! 理由」の形で表示し、終了コード 1 を返します。",
      "",
      "終了コード: 0 成功 / 1 数式のエラー（calc） / 2 指定の誤り（ファイル・シート・範囲・オプション） / 3 内部エラー",
    ].join("\n"),
    en: [
      "Usage: zaisei <command> [options]",
      "",
      "  zaisei inspect <file.xlsx> [--sheet NAME] [--range A1:M40] [--json] [--lang ja|en]",
      "      Reads a table and shows its fiscal years, unit, row labels, figures and unreadable cells.",
      "      Default: the used range of the first sheet. Never writes to the file.",
      "  zaisei calc '<formula>' [--json] [--lang ja|en]",
      "      Evaluates a formula (e.g. zaisei calc '=ZAISEI.WAREKI(2025)').",
      "  zaisei help | --help     Shows this text.",
      "  zaisei --version         Shows the version.",
      "",
      "      A formula error is printed on stdout as “#VALUE! reason” and exits with 1.",
      "",
      "Exit codes: 0 success / 1 formula error (calc) / 2 bad input (file, sheet, range, option) / 3 internal error",
    ].join("\n"),
  },
  "cli.unknownCommand": {
    ja: "コマンド「{command}」はありません。zaisei --help で使い方を確認してください。",
    en: "There is no command “{command}”. See zaisei --help.",
  },
  "cli.unknownOption": {
    ja: "オプション「{option}」は使えません。zaisei --help で使い方を確認してください。",
    en: "Unknown option “{option}”. See zaisei --help.",
  },
  "cli.missingValue": {
    ja: "オプション {option} の後に値を指定してください。",
    en: "Option {option} needs a value.",
  },
  "cli.badLanguage": {
    ja: "--lang には ja か en を指定してください（指定: {lang}）。",
    en: "--lang takes ja or en (got “{lang}”).",
  },
  "cli.missingFileArgument": {
    ja: "読み取る .xlsx ファイルを指定してください（例: zaisei inspect 見通し.xlsx）。",
    en: "Give the .xlsx file to read (e.g. zaisei inspect outlook.xlsx).",
  },
  "cli.missingFormula": {
    ja: "計算する数式を指定してください（例: zaisei calc '=ZAISEI.WAREKI(2025)'）。",
    en: "Give the formula to evaluate (e.g. zaisei calc '=ZAISEI.WAREKI(2025)').",
  },
  "cli.extraArgument": {
    ja: "余分な引数「{argument}」があります。数式や名前に空白を含む場合は引用符で囲んでください。",
    en: "Unexpected argument “{argument}”. Quote a formula or name that contains spaces.",
  },
  "cli.fileNotFound": {
    ja: "ファイル「{file}」が見つかりません。パスを確認してください。",
    en: "File “{file}” was not found. Check the path.",
  },
  "cli.notAFile": {
    ja: "「{file}」はファイルではありません。.xlsx ファイルを指定してください。",
    en: "“{file}” is not a file. Give an .xlsx file.",
  },
  "cli.notXlsx": {
    ja: "「{file}」は Excel ブック（.xlsx）ではありません。Excel で .xlsx 形式で保存し直してください。",
    en: "“{file}” is not an Excel workbook (.xlsx). Save it from Excel as .xlsx.",
  },
  "cli.unreadableXlsx": {
    ja: "「{file}」を Excel ブックとして読めませんでした: {detail}",
    en: "“{file}” could not be read as an Excel workbook: {detail}",
  },
  "cli.noSuchSheet": {
    ja: "シート「{sheet}」がありません。あるシート: {sheets}",
    en: "There is no sheet “{sheet}”. Sheets: {sheets}",
  },
  "cli.badRange": {
    ja: "範囲「{range}」は読めません。A1 形式で指定してください（例: A1:M40）。",
    en: "Range “{range}” is not valid. Use A1 notation (e.g. A1:M40).",
  },
  "cli.emptyRange": {
    ja: "シート「{sheet}」の範囲 {range} には値がありません。表のある範囲を指定してください。",
    en: "Range {range} on sheet “{sheet}” holds no values. Give the range that holds the table.",
  },
  "cli.emptySheet": {
    ja: "シート「{sheet}」には値がありません。--sheet で表のあるシートを指定してください。",
    en: "Sheet “{sheet}” holds no values. Use --sheet to choose the sheet with the table.",
  },
  "cli.unexpected": {
    ja: "予期しないエラーが発生しました: {detail}",
    en: "Unexpected error: {detail}",
  },
  "cli.inspectRange": {
    ja: "シート: {sheet}　範囲: {range}（{cells} セル）",
    en: "Sheet: {sheet}  range: {range} ({cells} cells)",
  },
  "cli.inspectTitle": { ja: "表題: {title}", en: "Title: {title}" },
  "cli.inspectNoTitle": { ja: "表題: （見つかりません）", en: "Title: (none found)" },
  "cli.inspectUnit": {
    ja: "単位: {unit}（{source}: {address}「{text}」）",
    en: "Unit: {unit} ({source}: {address} “{text}”)",
  },
  "cli.inspectNoUnit": {
    ja: "単位: （表示なし — 金額の単位が分かりません）",
    en: "Unit: (none shown — the money unit is unknown)",
  },
  "cli.inspectYears": {
    ja: "年度: {years}（{count} 年度、{orientation}）",
    en: "Fiscal years: {years} ({count} years, {orientation})",
  },
  "cli.inspectNoYears": {
    ja: "年度: （年度の見出しが見つかりません）",
    en: "Fiscal years: (no year headers found)",
  },
  "cli.inspectHeaderRows": { ja: "見出し行: {rows}", en: "Header rows: {rows}" },
  "cli.inspectColumns": { ja: "列: {columns}", en: "Columns: {columns}" },
  "cli.inspectRows": { ja: "行（{count}）:", en: "Rows ({count}):" },
  "cli.inspectCounts": {
    ja: "数値 {numbers}・空欄 {blanks}・なし（－） {none}・文字 {texts}・読めない {unreadable}",
    en: "numbers {numbers}, blanks {blanks}, none (–) {none}, text {texts}, unreadable {unreadable}",
  },
  "cli.inspectUnreadable": { ja: "読めないセル（{count}）:", en: "Unreadable cells ({count}):" },
  "cli.inspectAllReadable": { ja: "読めないセルはありません。", en: "No unreadable cells." },
  "cli.inspectIssues": {
    ja: "表の読み取りについての注意（{count}）:",
    en: "Notes on reading the table ({count}):",
  },
  "cli.unitSourceCaption": { ja: "表の上の注記", en: "note above the table" },
  "cli.unitSourceHeader": { ja: "見出し", en: "header" },
  "cli.orientationColumns": { ja: "列方向", en: "across columns" },
  "cli.orientationRows": { ja: "行方向", en: "down rows" },
};
