import type { MessageText } from "./types";

/** Messages of the 「このExcelで使える機能」 panel and the disabled features (capabilities.*). */
export const capabilitiesMessages: Record<string, MessageText> = {
  "capabilities.panel.title": { ja: "このExcelで使える機能", en: "What this Excel can do" },
  "capabilities.panel.summary": {
    ja: "{total} 機能中 {available} が使えます",
    en: "{available} of {total} features available",
  },
  "capabilities.panel.list": { ja: "機能の一覧", en: "Features" },
  "capabilities.panel.available": { ja: "✓ 使えます", en: "✓ Available" },
  "capabilities.panel.unavailable": { ja: "× 使えません", en: "× Not available" },
  "capabilities.panel.remedy": { ja: "できること: {remedy}", en: "What you can do: {remedy}" },
  "capabilities.panel.excelApi": {
    ja: "この Excel の ExcelApi: {version} まで",
    en: "ExcelApi of this Excel: up to {version}",
  },
  "capabilities.panel.noExcelApi": {
    ja: "この Excel は ExcelApi に対応していません",
    en: "This Excel supports no ExcelApi level",
  },
  "capabilities.panel.browser": {
    ja: "ブラウザーのデモです（メモリー上のブック）。?office= で Office の版を模擬できます: {profiles}",
    en: "Browser demo (a workbook in memory). ?office= simulates an Office version: {profiles}",
  },
  "capabilities.panel.simulated": {
    ja: "ブラウザーで {office} を模擬しています（?office={profile}）",
    en: "Simulating {office} in the browser (?office={profile})",
  },
  "capabilities.panel.unknownProfile": {
    ja: "?office={profile} は知らない Office です。使える値: {profiles}",
    en: "?office={profile} is not a known Office. Known values: {profiles}",
  },
  "capabilities.panel.notActivated": {
    ja: "実際の {office} では、ExcelApi 1.4 がないためアドインそのものが起動しません（マニフェストの要件）",
    en: "In a real {office} the add-in does not start at all: it needs ExcelApi 1.4 (the manifest's requirement)",
  },
  "capabilities.panel.trident": {
    ja: "実際の {office} では作業ウィンドウが Internet Explorer 11 の Webview で開くため、このアドインは表示されません（Microsoft 365 か Office 2021 以降が必要です）",
    en: "In a real {office} the task pane opens in Internet Explorer 11's webview, where this add-in does not run (it needs Microsoft 365 or Office 2021 or later)",
  },
  "capabilities.feature.customFunctions": {
    ja: "カスタム関数（セルの ZAISEI.* 数式）",
    en: "Custom functions (ZAISEI.* formulas in cells)",
  },
  "capabilities.feature.valueWriting": {
    ja: "値として書き込む（関数の結果をセルへ）",
    en: "Write as value (function results into cells)",
  },
  "capabilities.feature.readTables": { ja: "表の読み取り", en: "Reading tables" },
  "capabilities.feature.workbookSettings": {
    ja: "ブックへの設定の保存（検算ルール・評価基準）",
    en: "Saving settings in the workbook (check rules, grading schemes)",
  },
  "capabilities.feature.checkMarks": { ja: "検算の印をセルに付ける", en: "Check marks on cells" },
  "capabilities.feature.ownSheets": {
    ja: "監査シートなどのシートの追加",
    en: "Adding sheets (audit working paper and others)",
  },
  "capabilities.feature.kpiCharts": { ja: "KPI グラフの作成", en: "Creating KPI charts" },
  "capabilities.feature.kpiSheet": { ja: "KPIシートの作成", en: "Creating the KPI sheet" },
  "capabilities.reason.customFunctions": {
    ja: "このExcel（{version}）ではカスタム関数が動きません（{sets} がありません）",
    en: "Custom functions do not run in this Excel ({version}): it lacks {sets}",
  },
  "capabilities.reason.browserFunctions": {
    ja: "ブラウザーのデモでは、セルの ZAISEI.* 数式は計算されません（カスタム関数は Excel の中でだけ動きます）",
    en: "ZAISEI.* formulas do not calculate in the browser demo (custom functions run only inside Excel)",
  },
  "capabilities.reason.missing": {
    ja: "このExcel（{version}）には {sets} がありません",
    en: "This Excel ({version}) lacks {sets}",
  },
  "capabilities.remedy.valueWriting": {
    ja: "「関数」タブの「値として書き込む」で、同じ計算の結果を値としてセルに書き込めます",
    en: "Use 'Write as value' in the Functions tab: it writes the same calculation's result into a cell as a value",
  },
  "capabilities.remedy.upgrade": {
    ja: "{sets} は Microsoft 365 または {office} 以降の Excel にあります（情報システム担当にご相談ください）",
    en: "{sets} is in Excel for Microsoft 365 or {office} and later (ask your IT department)",
  },
  "capabilities.remedy.upgradeM365": {
    ja: "{sets} は Microsoft 365 の Excel（Web 版を含む）にだけあります（情報システム担当にご相談ください）",
    en: "{sets} is only in Excel for Microsoft 365 (including Excel on the web; ask your IT department)",
  },
};
