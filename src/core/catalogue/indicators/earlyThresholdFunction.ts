import { earlyHealthThreshold } from "../../indicators/thresholds";
import { excelValue } from "../outcome";
import type { FunctionSpec } from "../types";
import { argKind, argScaleOku } from "./indicatorArgs";
import { param, PERCENT } from "./params";
import {
  KIND_PARAM,
  needsScale,
  SCALE_DESCRIPTION,
  THRESHOLD_SOURCE,
  UNIT_PARAM,
} from "./thresholdParams";

/** EARLY_THRESHOLD(kind, 標準財政規模, [unit]): the exact 早期健全化基準 in %. */
export const EARLY_THRESHOLD_FUNCTION: FunctionSpec = {
  id: "EARLY_THRESHOLD",
  category: "health",
  ja: {
    name: "早期健全化基準",
    description:
      "比率の早期健全化基準（%）を返します。実質赤字・連結実質赤字は標準財政規模から算定（市町村）。",
  },
  en: {
    name: "Early-warning threshold",
    description:
      "The early-warning threshold (%) of a ratio; for the two deficit ratios it depends on the standard fiscal scale (municipalities).",
  },
  params: [
    KIND_PARAM,
    param(
      "standardFiscalScale",
      ["標準財政規模", SCALE_DESCRIPTION[0]],
      ["standardFiscalScale", SCALE_DESCRIPTION[1]]
    ),
    UNIT_PARAM,
  ],
  result: { dimensionality: "scalar", unit: { ja: PERCENT[0], en: PERCENT[1] } },
  formula: {
    ja: "実質赤字: (1/5 + X/S) ÷ 2 × 100（S億円、Xは地方財政法施行令22条）、連結: +5、実質公債費25、将来負担350（都道府県・指定都市400）、資金不足20",
    en: "deficit: (1/5 + X/S) ÷ 2 × 100 (S in 億円, X per Local Finance Act Order art. 22); consolidated: +5; debt service 25; future burden 350 (400 prefectures/designated cities); fund shortage 20",
  },
  source: THRESHOLD_SOURCE,
  confidence: "H",
  examples: [
    {
      formula: '=ZAISEI.EARLY_THRESHOLD("実質赤字比率", 4000000)',
      result: "15",
      note: { ja: "S = 40億円 < 50億円", en: "S = 4 billion yen" },
    },
    {
      formula: '=ZAISEI.EARLY_THRESHOLD("実質赤字", 100, "億円")',
      result: "13.333333333333334",
      note: { ja: "正確な値（公表は小数第2位）", en: "exact value (published to 2 dp)" },
    },
    { formula: '=ZAISEI.EARLY_THRESHOLD("consolidatedDeficit", 50000, "百万円")', result: "16.25" },
    { formula: '=ZAISEI.EARLY_THRESHOLD("実質公債費", 12363, "百万円")', result: "25" },
  ],
  evaluate: (args) => {
    const spec = EARLY_THRESHOLD_FUNCTION;
    const kind = argKind(args, 0, spec);
    if (!kind.ok) return kind;
    if (!needsScale(kind.value))
      return excelValue(earlyHealthThreshold(kind.value, null).value, spec);
    const scale = argScaleOku(args, 1, 2, spec);
    if (!scale.ok) return scale;
    return excelValue(earlyHealthThreshold(kind.value, scale.value).value, spec);
  },
};
