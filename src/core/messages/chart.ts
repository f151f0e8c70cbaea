import type { MessageText } from "./types";

/** Messages of chart plans and previews (chart.*). Codes start with "chart.". */
export const chartMessages: Record<string, MessageText> = {
  "chart.title.indicator": {
    ja: "{no}. {indicator}（{unit}）",
    en: "No.{no} {indicator} ({unit})",
  },
  "chart.title.indicatorNoUnit": { ja: "{no}. {indicator}", en: "No.{no} {indicator}" },
  "chart.title.cumulative": {
    ja: "{no}. {indicator}：目標に対する累計（%）",
    en: "No.{no} {indicator}: running total against the goal (%)",
  },
  "chart.title.cumulativeNoUnit": {
    ja: "{no}. {indicator}：目標に対する累計（%）",
    en: "No.{no} {indicator}: running total against the goal (%)",
  },
  "chart.title.overview": { ja: "{year} 達成率（%）", en: "Achievement rates, {year} (%)" },
  "chart.title.overviewPart": {
    ja: "{year} 達成率（%）（{part}/{count}）",
    en: "Achievement rates, {year} (%) ({part}/{count})",
  },
  "chart.title.statusBoard": {
    ja: "{year} テーマ別の状況（件数）",
    en: "Status by theme, {year} (count)",
  },
  "chart.title.effects": { ja: "テーマ別の効果（平均点）", en: "Effects by theme (mean score)" },
  "chart.series.actual": { ja: "実績", en: "Actual" },
  "chart.series.plan": { ja: "計画", en: "Plan" },
  "chart.series.goal": { ja: "目標", en: "Goal" },
  "chart.series.goalYear": { ja: "目標（{year}）", en: "Goal ({year})" },
  "chart.series.linearPath": { ja: "年度の目標（直線）", en: "Yearly target (straight line)" },
  "chart.series.lower": { ja: "下限", en: "Lower bound" },
  "chart.series.upper": { ja: "上限", en: "Upper bound" },
  "chart.series.actualRunning": { ja: "実績（累計）", en: "Actual (running total)" },
  "chart.series.planRunning": { ja: "計画（累計）", en: "Plan (running total)" },
  "chart.series.goal100": { ja: "目標（100%）", en: "Goal (100%)" },
  "chart.series.goal100Year": { ja: "目標（{year}・100%）", en: "Goal ({year}, 100%)" },
  "chart.series.target100": { ja: "目標（100%）", en: "Target (100%)" },
  "chart.series.rate": { ja: "達成率", en: "Achievement rate" },
  "chart.effect.service": { ja: "市民サービス", en: "Citizen services" },
  "chart.effect.fiscal": { ja: "財政効果", en: "Fiscal effect" },
  "chart.effect.efficiency": { ja: "業務効率化", en: "Operational efficiency" },
  "chart.axis.value": { ja: "実績・計画（{unit}）", en: "Actual and plan ({unit})" },
  "chart.axis.valueNoUnit": { ja: "実績・計画", en: "Actual and plan" },
  "chart.axis.fiscalYear": { ja: "年度", en: "Fiscal year" },
  "chart.axis.goalShare": { ja: "目標に対する累計（%）", en: "Running total against the goal (%)" },
  "chart.axis.rate": { ja: "達成率（%）", en: "Achievement rate (%)" },
  "chart.axis.count": { ja: "指標数（件）", en: "Indicators (count)" },
  "chart.axis.score": { ja: "平均点（0〜5点）", en: "Mean score (0–5)" },
  "chart.category.baseline": { ja: "{year}（基準）", en: "{year} (baseline)" },
  "chart.category.noTheme": { ja: "テーマなし", en: "No theme" },
  "chart.category.whole": { ja: "計画全体", en: "Whole plan" },
  "chart.method.ratio": { ja: "高いほど良い A/T", en: "higher is better A/T" },
  "chart.method.inverse": { ja: "低いほど良い T/A", en: "lower is better T/A" },
  "chart.method.baseline": {
    ja: "基準値からの変化 (A−B)/(T−B)",
    en: "change from baseline (A−B)/(T−B)",
  },
  "chart.method.cumulative": { ja: "累計 Σ実績/Σ計画", en: "cumulative Σactual/Σplan" },
  "chart.method.range": { ja: "範囲内かどうか", en: "within the range or not" },
  "chart.method.milestone": { ja: "マイルストーン（状況）", en: "milestone (status)" },
  "chart.note.method": {
    ja: "達成率の方法：{method}（{year}）",
    en: "Rate method: {method} ({year})",
  },
  "chart.note.overshoot": {
    ja: "計画が期間目標を超えています",
    en: "The plan goes beyond the period goal",
  },
  "chart.note.reduction": {
    ja: "△は削減（減少）を表します",
    en: "△ marks a reduction (negative amount)",
  },
  "chart.note.linearPath": {
    ja: "計画がないため、基準値から目標値への直線を年度の目標としています",
    en: "With no yearly plan, the yearly targets are the straight line from the baseline to the goal",
  },
  "chart.note.cumulative": {
    ja: "累計 ÷ 目標値 {goal}{unit}",
    en: "Running total ÷ goal of {goal} {unit}",
  },
  "chart.note.overview": {
    ja: "達成率の方法は指標ごと（A/T、T/A など）。達成率を計算できない指標は含みません",
    en: "The rate method differs by indicator (A/T, T/A …); indicators without a rate are left out",
  },
  "chart.note.statusBoard": { ja: "評定：{scheme}", en: "Grading: {scheme}" },
  "chart.note.effects": {
    ja: "計画書の効果の点数（0〜5点）のテーマ別平均。空欄は含みません",
    en: "Mean of the plan's effect scores (0–5) per theme; blank scores are left out",
  },
  "chart.note.illustrative": {
    ja: "例示：実績は説明用の例示値で、公式の数値ではありません",
    en: "Illustrative: the actuals are example values, not official figures",
  },
  "chart.note.separator": { ja: " ／ ", en: "; " },
  "chart.page.title": { ja: "KPI進捗　{sheet}（{year}）", en: "KPI progress: {sheet} ({year})" },
  "chart.page.sheetBaseName": { ja: "KPI進捗", en: "KPI progress" },
  "chart.page.scheme": { ja: "評定：{scheme}", en: "Grading: {scheme}" },
  "chart.page.count": { ja: "グラフ {count} 件", en: "{count} charts" },
  "chart.preview.empty": { ja: "表示できる値がありません", en: "No values to show" },
  "chart.noSeries": { ja: "グラフ {id} に系列がありません。", en: "Chart {id} has no series." },
  "chart.noCategories": {
    ja: "グラフ {id} に項目（横軸）がありません。",
    en: "Chart {id} has no categories.",
  },
  "chart.seriesLength": {
    ja: "グラフ {id} の系列「{series}」の値が {values} 個で、項目の {categories} 個と合いません。",
    en: "Chart {id}: series “{series}” has {values} values for {categories} categories.",
  },
  "chart.notFinite": {
    ja: "グラフ {id} の系列「{series}」の {category} の値が有限の数ではありません。",
    en: "Chart {id}: series “{series}” has a value that is not a finite number at {category}.",
  },
  "chart.badAnchor": {
    ja: "グラフ {id} の配置先「{anchor}」はセル番地ではありません。",
    en: "Chart {id}: the anchor “{anchor}” is not a cell address.",
  },
  "chart.badSize": {
    ja: "グラフ {id} の大きさ（幅 {width}pt、高さ {height}pt）が正しくありません。",
    en: "Chart {id}: the size (width {width}pt, height {height}pt) is not positive.",
  },
};
