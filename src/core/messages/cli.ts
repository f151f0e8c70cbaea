import type { MessageText } from "./types";

/** Messages of the cli area. Codes start with "cli.". */
export const cliMessages: Record<string, MessageText> = {
  "cli.usage": {
    ja: [
      "使い方: zaisei <コマンド> [オプション]",
      "",
      "  zaisei inspect <ファイル.xlsx> [--sheet シート名] [--range A1:M40] [--json] [--lang ja|en]",
      "      表を読み取り、年度・単位・行見出し・数値と読めないセルを表示します。",
      "      既定: 最初の表示されているシートの使用範囲（シート名は大文字・小文字を区別しません）。",
      "      ファイルには何も書き込みません。制御文字は \\x1b のように表示します。",
      "  zaisei check <ファイル.xlsx> [--sheet シート名] [--range A1:M40] [--rules ファイル] [--json] [--lang ja|en]",
      "      表を検算し、誤り・要確認・端数の指摘を、セル・印字・計算・差・規則とともに表示します。",
      "      --rules: 1 行に 1 規則（# で始まる行は注記、「off: 規則ID」で推定した規則を無効化）。",
      "      誤りか要確認があれば終了コード 1 を返します（端数だけなら 0）。",
      "  zaisei kpi <ファイル.xlsx> [--sheet シート名] [--year R8] [--json] [--lang ja|en]",
      "      KPIシートを読み、評価年度（R8・令和8年度・2026、既定は実績のある最新の年度）の目標・実績・",
      "      達成率（方法つき）・判定と、読み取れない行の理由、テーマ別の集計、グラフ案を表示します。",
      "      対応が必要な行（遅れなど、または読み取れない行）があれば終了コード 1 を返します。",
      "  zaisei calc '<数式>' [--json] [--lang ja|en]",
      "      数式を計算します（例: zaisei calc '=ZAISEI.WAREKI(2025)'）。",
      "  zaisei help | --help     この説明を表示します。",
      "  zaisei --version         版を表示します。",
      "",
      "      数式のエラーは標準出力に「#VALUE! 理由」の形で表示し、終了コード 1 を返します。",
      "",
      "終了コード: 0 成功 / 1 数式のエラー（calc）・誤りか要確認の指摘（check）・対応が必要な行（kpi） / 2 指定の誤り（ファイル・シート・範囲・年度・オプション、KPIシートがない、暗号化されたブックなど） / 3 内部エラー",
    ].join("\n"),
    en: [
      "Usage: zaisei <command> [options]",
      "",
      "  zaisei inspect <file.xlsx> [--sheet NAME] [--range A1:M40] [--json] [--lang ja|en]",
      "      Reads a table and shows its fiscal years, unit, row labels, figures and unreadable cells.",
      "      Default: the used range of the first visible sheet (sheet names match in any case).",
      "      Never writes to the file. Control characters are shown escaped (\\x1b).",
      "  zaisei check <file.xlsx> [--sheet NAME] [--range A1:M40] [--rules FILE] [--json] [--lang ja|en]",
      "      Checks the table: errors, figures to confirm and rounding notes, with cell, printed,",
      "      computed, difference and rule. --rules: one rule per line (# starts a comment,",
      "      “off: RULE-ID” switches an inferred rule off). Exits with 1 when there is an error or",
      "      a figure to confirm (0 with rounding notes only).",
      "  zaisei kpi <file.xlsx> [--sheet NAME] [--year R8] [--json] [--lang ja|en]",
      "      Reads a KPI register and shows, for the evaluation year (R8, 令和8年度, 2026; default: the",
      "      latest year with an actual), each row's target, actual, rate with its method and status,",
      "      the rows not read with the reason, the summary by theme and the chart plans. Exits with",
      "      1 when a row needs attention (behind, or not read).",
      "  zaisei calc '<formula>' [--json] [--lang ja|en]",
      "      Evaluates a formula (e.g. zaisei calc '=ZAISEI.WAREKI(2025)').",
      "  zaisei help | --help     Shows this text.",
      "  zaisei --version         Shows the version.",
      "",
      "      A formula error is printed on stdout as “#VALUE! reason” and exits with 1.",
      "",
      "Exit codes: 0 success / 1 formula error (calc), an error or a figure to confirm (check), a row needing attention (kpi) / 2 bad input (file, sheet, range, year, option, no KPI register, an encrypted workbook…) / 3 internal error",
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
  "cli.noPermission": {
    ja: "ファイル「{file}」を読む権限がありません。ファイルのアクセス権を確認してください。",
    en: "You have no permission to read “{file}”. Check the file's access rights.",
  },
  "cli.symlinkLoop": {
    ja: "「{file}」はシンボリックリンクが循環していて開けません。リンク先を確認してください。",
    en: "“{file}” cannot be opened: its symbolic links form a loop. Check where the links point.",
  },
  "cli.nameTooLong": {
    ja: "ファイルのパスまたは名前が長すぎて開けません（{length} 文字）: 「{file}」",
    en: "The path or file name is too long to open ({length} characters): “{file}”",
  },
  "cli.fileTooLarge": {
    ja: "「{file}」は {size} バイトあり、読める大きさ（{limit} バイト = 2 GiB）を超えています。表のあるシートだけを別のブックに保存してください。",
    en: "“{file}” is {size} bytes, more than can be read ({limit} bytes = 2 GiB). Save the sheet with the table in a workbook of its own.",
  },
  "cli.readError": {
    ja: "「{file}」を読み込めませんでした（{detail}）。",
    en: "“{file}” could not be read ({detail}).",
  },
  "cli.encrypted": {
    ja: "「{file}」はパスワードで暗号化されているため読めません。Excel で開き、ファイル → 情報 → ブックの保護 → パスワードを使用して暗号化 でパスワードを消して（空にして）保存し直してください。",
    en: "“{file}” is encrypted with a password and cannot be read. Open it in Excel, remove the password under File → Info → Protect Workbook → Encrypt with Password (leave it empty) and save it again.",
  },
  "cli.legacyXls": {
    ja: "「{file}」は Excel 97-2003 形式（.xls）のブックです。Excel で開き、.xlsx 形式で保存し直してください。",
    en: "“{file}” is an Excel 97-2003 workbook (.xls). Open it in Excel and save it as .xlsx.",
  },
  "cli.notWorkbookZip": {
    ja: "「{file}」は zip ファイルですが Excel ブックではありません（ブックの部分 xl/workbook.xml がありません）。Excel で .xlsx 形式で保存したファイルを指定してください。",
    en: "“{file}” is a zip archive but not an Excel workbook (it has no workbook part xl/workbook.xml). Give a file saved from Excel as .xlsx.",
  },
  "cli.noWorksheets": {
    ja: "「{file}」にはワークシートがありません。表のあるワークシートを含むブックを指定してください。",
    en: "“{file}” contains no worksheet. Give a workbook with a worksheet holding the table.",
  },
  "cli.noVisibleSheet": {
    ja: "「{file}」には表示できるシートがありません（すべて「非表示（VeryHidden）」です）。--sheet でシート名を指定してください。あるシート: {sheets}",
    en: "“{file}” has no sheet that can be shown (all are very hidden). Use --sheet to name one. Sheets: {sheets}",
  },
  "cli.sheetTooLarge": {
    ja: "シート「{sheet}」には一度に読める {limit} セルを超える値があります。--range で表の範囲を指定してください。",
    en: "Sheet “{sheet}” holds more values than the {limit} cells that can be read at once. Use --range to give the table's range.",
  },
  "cli.noSuchSheetMore": {
    ja: "シート「{sheet}」がありません。あるシート（{count} 枚）: {sheets} ほか {more} 枚",
    en: "There is no sheet “{sheet}”. Sheets ({count}): {sheets} and {more} more",
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
  "cli.inspectMoreCells": {
    ja: "  …ほか {count} 件（すべては --json で出力されます）",
    en: "  … and {count} more (--json lists them all)",
  },
  "cli.inspectAllReadable": { ja: "読めないセルはありません。", en: "No unreadable cells." },
  "cli.inspectIssues": {
    ja: "表の読み取りについての注意（{count}）:",
    en: "Notes on reading the table ({count}):",
  },
  "cli.unitSourceCaption": { ja: "表の上の注記", en: "note above the table" },
  "cli.unitSourceHeader": { ja: "見出し", en: "header" },
  "cli.orientationColumns": { ja: "列方向", en: "across columns" },
  "cli.orientationRows": { ja: "行方向", en: "down rows" },
  "cli.checkRange": {
    ja: "検算: シート {sheet}　範囲 {range}　単位 {unit}",
    en: "Checked: sheet {sheet}  range {range}  unit {unit}",
  },
  "cli.checkNoUnit": { ja: "（表示なし）", en: "(none shown)" },
  "cli.checkRounding": { ja: "端数処理: {method}（{basis}）", en: "Rounding: {method} ({basis})" },
  "cli.roundingExact": { ja: "端数なし", en: "none (exact figures)" },
  "cli.roundingBasis.detected": { ja: "表の数値から判定", en: "read from the figures" },
  "cli.roundingBasis.assumed": {
    ja: "数値からは決まらないため四捨五入と仮定",
    en: "the figures do not decide it; half-up assumed",
  },
  "cli.roundingBasis.given": { ja: "指定", en: "given" },
  "cli.checkCounts": {
    ja: "誤り {error}・要確認 {confirm}・端数 {note}",
    en: "errors {error}, to confirm {confirm}, rounding {note}",
  },
  "cli.checkUnreadable": {
    ja: "読めないセル（{count}）— 推測せず、これらを含む規則は検算していません:",
    en: "Unreadable cells ({count}) — not guessed; the rules through them were not checked:",
  },
  "cli.checkTexts": {
    ja: "数値のかわりに文字のあるセル（{count}）— これらを含む規則は検算していません:",
    en: "Cells holding words instead of a figure ({count}) — the rules through them were not checked:",
  },
  "cli.checkNoFindings": {
    ja: "指摘はありません（検算できた規則はすべて成り立っています）。",
    en: "No findings: every rule that could be checked holds.",
  },
  "cli.checkGroup": { ja: "{severity}（{count}）:", en: "{severity} ({count}):" },
  "cli.checkFindingAmounts": {
    ja: "{cell}  印字 {printed}  計算 {expected}  差 {difference}",
    en: "{cell}  printed {printed}  computed {expected}  difference {difference}",
  },
  "cli.checkTolerance": { ja: "端数の幅 {lo}〜{hi}", en: "rounding allows {lo} to {hi}" },
  "cli.checkYears": { ja: "年度 {years}（{count} 年度）", en: "years {years} ({count})" },
  "cli.checkRuleLine": { ja: "規則: {rule}", en: "rule: {rule}" },
  "cli.checkRules": { ja: "規則（{count}）:", en: "Rules ({count}):" },
  "cli.checkRuleEntry": {
    ja: "{id}  {source}・{state}  {text}",
    en: "{id}  {source}, {state}  {text}",
  },
  "cli.ruleSourceInferred": { ja: "推定", en: "inferred" },
  "cli.ruleSourceUser": { ja: "利用者", en: "user" },
  "cli.ruleOn": { ja: "有効", en: "on" },
  "cli.ruleOff": { ja: "無効", en: "off" },
  "cli.badRule": {
    ja: "規則ファイル「{file}」の {line} 行目: {detail}",
    en: "Rules file “{file}”, line {line}: {detail}",
  },
  "cli.unknownRuleId": {
    ja: "規則ファイル「{file}」の {line} 行目: 規則 ID「{id}」はこの表にありません（zaisei check の「規則」の一覧で ID を確認してください）。",
    en: "Rules file “{file}”, line {line}: this table has no rule with id “{id}” (see the rule list of zaisei check).",
  },
  "cli.ruleOffWithoutId": {
    ja: "規則ファイル「{file}」の {line} 行目: off: の後に無効にする規則の ID を書いてください。",
    en: "Rules file “{file}”, line {line}: write the id of the rule to switch off after off:.",
  },
  "cli.ruleTooLong": {
    ja: "規則ファイル「{file}」の {line} 行目が長すぎます（{limit} 文字まで）。",
    en: "Rules file “{file}”, line {line} is too long (at most {limit} characters).",
  },
  "cli.tooManyRules": {
    ja: "規則ファイル「{file}」の規則が多すぎます（{limit} 行まで）。",
    en: "Rules file “{file}” holds too many rules (at most {limit}).",
  },
  "cli.rulesFileTooLarge": {
    ja: "規則ファイル「{file}」は {size} バイトあり、読める大きさ（{limit} バイト）を超えています。",
    en: "Rules file “{file}” is {size} bytes, more than can be read ({limit} bytes).",
  },
  "cli.rulesFileNotText": {
    ja: "規則ファイル「{file}」は UTF-8 のテキストではありません。UTF-8 で保存し直してください。",
    en: "Rules file “{file}” is not UTF-8 text. Save it as UTF-8.",
  },
};
