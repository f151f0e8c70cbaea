import { achievement, parseDirection, ACHIEVEMENT_PRECISION } from "../../indicators/achievement";
import { argNumber, argOptionalNumber, argOptionalText } from "../coerce";
import { failArg } from "../outcome";
import type { FunctionSpec } from "../types";
import { fromResult } from "./indicatorOutcome";
import { param, PERCENT } from "./params";

/** ACHIEVEMENT(actual, target, [direction], [baseline]). A blank actual is "no data" (#N/A), never 0. */
export const ACHIEVEMENT_FUNCTION: FunctionSpec = {
  id: "ACHIEVEMENT",
  category: "kpi",
  ja: {
    name: "達成率",
    description:
      "目標に対する達成率（%）。高いほど良い: 実績÷目標、低いほど良い: 目標÷実績、基準値あり: (実績−基準)÷(目標−基準)。法定の算式はないため方式を明示して使います。",
  },
  en: {
    name: "Achievement rate",
    description:
      "Progress towards a target (%): higher-better actual ÷ target, lower-better target ÷ actual, with a baseline (actual − baseline) ÷ (target − baseline). No statutory formula: state the method.",
  },
  params: [
    param(
      "actual",
      ["実績値", "実績値（空欄は「データなし」で #N/A）"],
      ["actual", 'Actual value (blank is "no data", #N/A)']
    ),
    param("target", ["目標値", "目標値"], ["target", "Target value"]),
    param(
      "direction",
      ["方向", "増加（高いほど良い、既定）・減少（低いほど良い）、higher / lower"],
      ["direction", "higher (default) or lower (増加 / 減少)"],
      { optional: true }
    ),
    param(
      "baseline",
      ["基準値", "基準値（指定すると (実績−基準)÷(目標−基準)。目標=基準は定義不能）"],
      [
        "baseline",
        "Baseline; when given, (actual − baseline) ÷ (target − baseline); undefined when target = baseline",
      ],
      { optional: true }
    ),
  ],
  result: { dimensionality: "scalar", unit: { ja: PERCENT[0], en: PERCENT[1] } },
  formula: {
    ja: "実績÷目標 ／ 目標÷実績 ／ (実績−基準)÷(目標−基準) × 100",
    en: "actual ÷ target / target ÷ actual / (actual − baseline) ÷ (target − baseline) × 100",
  },
  precision: {
    ...ACHIEVEMENT_PRECISION,
    note: {
      ja: "表示用に小数第1位へ四捨五入（達成の判定は KPI_STATUS で正確な値により行う）",
      en: "rounded to 1 dp for display (judge achievement on exact values with KPI_STATUS)",
    },
  },
  source: {
    ja: "法定の算式なし。会計検査院・監査委員の有効性評価の慣行",
    en: "No statutory formula; convention of effectiveness audits",
  },
  confidence: "M",
  examples: [
    { formula: "=ZAISEI.ACHIEVEMENT(98.5, 99)", result: "99.5" },
    { formula: '=ZAISEI.ACHIEVEMENT(26000, 24700, "減少")', result: "95" },
    {
      formula: '=ZAISEI.ACHIEVEMENT(940, 850, "減少", 1000)',
      result: "40",
      note: {
        ja: "基準1,000件から△150件の目標に対し△60件",
        en: "60 of a 150 reduction from 1,000",
      },
    },
  ],
  evaluate: (args) => {
    const spec = ACHIEVEMENT_FUNCTION;
    if (args[0] === null || args[0] === "") return failArg("na", "functions.argBlank", spec, 0);
    const actual = argNumber(args, 0, spec);
    if (!actual.ok) return actual;
    const target = argNumber(args, 1, spec);
    if (!target.ok) return target;
    const directionText = argOptionalText(args, 2, spec);
    if (!directionText.ok) return directionText;
    const direction = directionText.value === null ? "higher" : parseDirection(directionText.value);
    if (direction === null)
      return failArg("value", "functions.argChoice", spec, 2, {
        text: directionText.value ?? "",
        choicesJa: "増加, 減少, higher, lower",
        choicesEn: "higher, lower",
      });
    const baseline = argOptionalNumber(args, 3, spec);
    if (!baseline.ok) return baseline;
    const result = achievement(actual.value, target.value, direction, baseline.value);
    const errorArg =
      result.method.id === "achievement.inverse"
        ? 0
        : result.method.id === "achievement.baseline"
          ? 3
          : 1;
    return fromResult(result, spec, errorArg);
  },
};
