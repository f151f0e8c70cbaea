import type { Decimal } from "../../decimal";
import { healthStatus } from "../../indicators/healthStatus";
import { failArg, ok } from "../outcome";
import type { ArgResult } from "../outcome";
import type { ExcelArg, FunctionSpec } from "../types";
import { argAmountOrNone, argKind, argScaleOku } from "./indicatorArgs";
import { param, PERCENT } from "./params";
import {
  KIND_PARAM,
  needsScale,
  SCALE_DESCRIPTION,
  THRESHOLD_SOURCE,
  UNIT_PARAM,
} from "./thresholdParams";

/** The ratio argument: a number, or "－" (not computed) which is null. Blank is an error. */
function argRatio(args: ExcelArg[], spec: FunctionSpec): ArgResult<Decimal | null> {
  const read = argAmountOrNone(args, 1, spec);
  if (!read.ok) return read;
  return ok(read.value === "none" ? null : read.value);
}

/** HEALTH_STATUS(kind, ratio, [標準財政規模], [unit]): 健全 / 早期健全化基準以上 / 財政再生基準以上. */
export const HEALTH_STATUS_FUNCTION: FunctionSpec = {
  id: "HEALTH_STATUS",
  category: "health",
  ja: {
    name: "健全化判断",
    description:
      "比率を早期健全化基準・財政再生基準と比べ（以上 = ≥、正確な値で比較）、「健全」「早期健全化基準以上」「財政再生基準以上」を返します。実質公債費比率18%以上は「健全（許可団体）」。",
  },
  en: {
    name: "Soundness status",
    description:
      "Compares a ratio with its thresholds (at or above, on exact values): 健全 / 早期健全化基準以上 / 財政再生基準以上; a real debt service ratio of 18% or more is 健全（許可団体）.",
  },
  params: [
    KIND_PARAM,
    param(
      "ratio",
      [
        "比率",
        "比率（%の数値 12.4。%書式のセルの 0.124 は ×100 して渡す）。「－」（算定せず）は健全",
      ],
      [
        "ratio",
        'The ratio in percent (12.4; multiply a %-formatted cell\'s 0.124 by 100); "－" (not computed) is sound',
      ],
      { unit: PERCENT }
    ),
    param(
      "standardFiscalScale",
      ["標準財政規模", SCALE_DESCRIPTION[0]],
      ["standardFiscalScale", SCALE_DESCRIPTION[1]],
      { optional: true }
    ),
    UNIT_PARAM,
  ],
  result: { dimensionality: "scalar" },
  formula: {
    ja: "比率 ≥ 財政再生基準 → 財政再生基準以上、比率 ≥ 早期健全化基準 → 早期健全化基準以上、それ以外 → 健全",
    en: "ratio ≥ rebuilding threshold → 財政再生基準以上; ≥ early threshold → 早期健全化基準以上; else 健全",
  },
  source: THRESHOLD_SOURCE,
  confidence: "H",
  examples: [
    {
      formula: '=ZAISEI.HEALTH_STATUS("実質公債費比率", 13.0)',
      result: "健全",
      note: { ja: "氷見市 R8 推計 13.0（基準25）", en: "Himi R8 projection 13.0 (threshold 25)" },
    },
    { formula: '=ZAISEI.HEALTH_STATUS("実質公債費比率", 18.0)', result: "健全（許可団体）" },
    { formula: '=ZAISEI.HEALTH_STATUS("debtService", 25)', result: "早期健全化基準以上" },
    {
      formula: '=ZAISEI.HEALTH_STATUS("実質赤字比率", 13.34, 100, "億円")',
      result: "早期健全化基準以上",
      note: { ja: "基準13.333…%", en: "threshold 13.333…%" },
    },
    { formula: '=ZAISEI.HEALTH_STATUS("将来負担比率", "－")', result: "健全" },
  ],
  evaluate: (args) => {
    const spec = HEALTH_STATUS_FUNCTION;
    const kind = argKind(args, 0, spec);
    if (!kind.ok) return kind;
    const ratio = argRatio(args, spec);
    if (!ratio.ok) return ratio;
    let scale: Decimal | null = null;
    if (needsScale(kind.value)) {
      if (args[2] === null || args[2] === undefined)
        return failArg("value", "functions.argMissing", spec, 2);
      const read = argScaleOku(args, 2, 3, spec);
      if (!read.ok) return read;
      scale = read.value;
    }
    return ok(healthStatus(kind.value, ratio.value, scale).label.ja);
  },
};
