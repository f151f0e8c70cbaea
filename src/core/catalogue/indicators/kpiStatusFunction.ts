import { kpiStatus, KPI_VERDICT_LABELS } from "../../indicators/kpiStatus";
import { parseJapaneseNumber } from "../../notation";
import { argNumber, argText } from "../coerce";
import { excelMatrix, failArg } from "../outcome";
import type { FunctionSpec } from "../types";
import { failIndicator } from "./indicatorOutcome";
import { param } from "./params";

/** KPI_STATUS(actual, target_text): spills one row {判定, 差}. Money targets compare in 円, % in percent. */
export const KPI_STATUS_FUNCTION: FunctionSpec = {
  id: "KPI_STATUS",
  category: "kpi",
  ja: {
    name: "目標判定",
    description:
      "計画に印字された目標（99.0%以上、13%以内、80%台、24,700時間以下、△50件、26億円以上）と実績を正確な値で比べ、「達成／未達成／範囲内／範囲外」と差（実績−目標）を1行にスピルします。",
  },
  en: {
    name: "KPI status",
    description:
      "Judges an actual against a target as printed (99.0%以上, 13%以内, 80%台, 24,700時間以下, △50件, 26億円以上) on exact values; spills one row: verdict and distance (actual − target).",
  },
  params: [
    param(
      "actual",
      [
        "実績値",
        "実績値。金額は円、率は%の数値（99.2。%書式のセルの 0.992 は ×100 して渡す）、△目標は符号付きの増減",
      ],
      [
        "actual",
        "Actual: money in 円, rates in percent (99.2; multiply a %-formatted cell's 0.992 by 100), for △ targets the signed change",
      ]
    ),
    param(
      "targetText",
      ["目標", '目標の表記（例: "99.0%以上"、"80%台"、"△50件"）'],
      ["targetText", 'The target as printed (e.g. "99.0%以上", "80%台", "△50件")']
    ),
  ],
  result: { dimensionality: "matrix" },
  formula: {
    ja: "以上: 実績≥目標、以下・以内: 実績≤目標、台: 下限≤実績<上限、△: 実績≤目標（削減）、数値のみ: 実績≥目標",
    en: "以上 A ≥ T; 以下/以内 A ≤ T; 台 lower ≤ A < upper; △ A ≤ T (reduction); plain A ≥ T",
  },
  source: {
    ja: "行政改革プランの数値目標の表記（domain.md §2・§5）",
    en: "Target notation of reform plans",
  },
  confidence: "M",
  examples: [
    { formula: '=ZAISEI.KPI_STATUS(99.2, "99.0%以上")', result: '{"達成",0.2}' },
    { formula: '=ZAISEI.KPI_STATUS(91.2, "80%台")', result: '{"範囲外",1.2}' },
    { formula: '=ZAISEI.KPI_STATUS(-30, "△50件")', result: '{"未達成",20}' },
    { formula: '=ZAISEI.KPI_STATUS(2647000000, "26億円以上")', result: '{"達成",47000000}' },
  ],
  evaluate: (args) => {
    const spec = KPI_STATUS_FUNCTION;
    if (args[0] === null || args[0] === "") return failArg("na", "functions.argBlank", spec, 0);
    const actual = argNumber(args, 0, spec);
    if (!actual.ok) return actual;
    const text = argText(args, 1, spec);
    if (!text.ok) return text;
    const result = kpiStatus(actual.value, parseJapaneseNumber(text.value), text.value);
    if (!result.ok) return failIndicator(spec, 1, result.issue);
    return excelMatrix(
      [[KPI_VERDICT_LABELS[result.status.verdict].ja, result.status.distance]],
      spec
    );
  },
};
