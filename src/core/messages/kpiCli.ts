import type { MessageText } from "./types";

/** Messages of the CLI kpi command (kpiCli.*). Codes start with "kpiCli.". */
export const kpiCliMessages: Record<string, MessageText> = {
  "kpiCli.newSheetName": { ja: "KPIシート", en: "KPI sheet" },
  "kpiCli.noRegisterInFile": {
    ja: "ファイル「{file}」のシート（{sheets}）にKPIシートの見出しが見つかりません。--sheet でシートを指定するか、見出し（指標・方向・目標値・単位・年度の列）を確認してください。",
    en: "No sheet of {file} ({sheets}) has a KPI register header. Name the sheet with --sheet, or check the header (indicator, direction, goal, unit, fiscal-year columns).",
  },
  "kpiCli.badYear": {
    ja: "--year「{year}」を年度として読めません（R8・令和8年度・2026 のように指定してください）。",
    en: "--year {year} is not a fiscal year (write R8, 令和8年度 or 2026).",
  },
  "kpiCli.yearOutside": {
    ja: "{year}はKPIシート「{sheet}」の年度（{years}）にありません。",
    en: "{year} is not a fiscal year of the KPI register {sheet} ({years}).",
  },
  "kpiCli.noYears": {
    ja: "KPIシート「{sheet}」に年度の列（R7計画・令和7年度 実績など）がないため、評価する年度を決められません。",
    en: "The KPI register {sheet} has no fiscal-year columns (R7 plan, FY2025 actual…): there is no year to evaluate.",
  },
  "kpiCli.heading": {
    ja: "KPIシート「{sheet}」（見出し {headerRows} 行目）: 指標 {items} 件、読み取れない行 {skipped} 件",
    en: "KPI register {sheet} (header row {headerRows}): {items} indicators, {skipped} rows not read",
  },
  "kpiCli.evaluation": {
    ja: "評価年度: {year}（{other}）　判定基準: {scheme}　年度: {years}",
    en: "Evaluation year: {year} ({other}), grading scheme: {scheme}, register years: {years}",
  },
  "kpiCli.note": { ja: "注記: {text}", en: "Note: {text}" },
  "kpiCli.col.no": { ja: "番号", en: "No" },
  "kpiCli.col.indicator": { ja: "指標", en: "Indicator" },
  "kpiCli.col.unit": { ja: "単位", en: "Unit" },
  "kpiCli.col.method": { ja: "方法", en: "Method" },
  "kpiCli.col.target": { ja: "目標", en: "Target" },
  "kpiCli.col.actual": { ja: "実績", en: "Actual" },
  "kpiCli.col.rate": { ja: "達成率", en: "Rate" },
  "kpiCli.col.achieved": { ja: "目標達成", en: "Met" },
  "kpiCli.col.status": { ja: "判定", en: "Status" },
  "kpiCli.achievedYes": { ja: "達成", en: "yes" },
  "kpiCli.achievedNo": { ja: "未達", en: "no" },
  "kpiCli.planOvershoots": {
    ja: "※計画が期間目標を超えています",
    en: "* the plan goes beyond the period goal",
  },
  "kpiCli.attentionMark": { ja: "要注意", en: "attention" },
  "kpiCli.noItemsYet": {
    ja: "指標の行はまだありません（見出しの下に入力してください）。",
    en: "No indicator rows yet (fill them in below the header).",
  },
  "kpiCli.moreRows": {
    ja: "… ほか {count} 行（--json ですべて表示します）",
    en: "… {count} more rows (--json shows them all)",
  },
  "kpiCli.skippedHeading": {
    ja: "読み取れなかった行（{count} 行、判定に含めていません）:",
    en: "Rows not read ({count}, not graded):",
  },
  "kpiCli.skippedRow": { ja: "{row}行目: {reason}", en: "Row {row}: {reason}" },
  "kpiCli.summaryHeading": {
    ja: "集計（{year}）: 全 {total} 件　対応が必要な行 {attention} 件",
    en: "Summary ({year}): {total} indicators, {attention} need attention",
  },
  "kpiCli.statusCount": { ja: "{label} {count} 件（{share}）", en: "{label} {count} ({share})" },
  "kpiCli.wholePlan": { ja: "全体", en: "Whole plan" },
  "kpiCli.themeLine": { ja: "{theme}（{total} 件）: {counts}", en: "{theme} ({total}): {counts}" },
  "kpiCli.noTheme": { ja: "（テーマなし）", en: "(no theme)" },
  "kpiCli.charts": {
    ja: "グラフ案: {count} 枚（{kinds}）。作業ウィンドウの「KPI」タブで Excel のグラフとして挿入できます。",
    en: "Chart plans: {count} ({kinds}). The task pane's KPI tab inserts them as Excel charts.",
  },
  "kpiCli.kindCount": { ja: "{kind} {count}", en: "{kind} {count}" },
  "kpiCli.kind.indicator": { ja: "指標別", en: "per indicator" },
  "kpiCli.kind.cumulative": { ja: "累計", en: "cumulative" },
  "kpiCli.kind.overview": { ja: "達成率一覧", en: "rate overview" },
  "kpiCli.kind.statusBoard": { ja: "テーマ別状況", en: "status board" },
  "kpiCli.kind.effects": { ja: "効果", en: "effects" },
};
