import { fiscalStrength } from "../../indicators/fiscalStrength";
import { argNumbers } from "../coerce";
import { failArg } from "../outcome";
import type { FunctionSpec } from "../types";
import { argDigits } from "./indicatorArgs";
import { failIndicator, fromResult } from "./indicatorOutcome";
import { MONEY, param } from "./params";

/** FISCAL_STRENGTH(収入額の範囲, 需要額の範囲, [digits]). Blank cells are errors (a missing year is not 0). */
export const FISCAL_STRENGTH_FUNCTION: FunctionSpec = {
  id: "FISCAL_STRENGTH",
  category: "ratio",
  ja: {
    name: "財政力指数",
    description:
      "基準財政収入額 ÷ 基準財政需要額 の3か年平均。digits=2（既定）は各年度を小数第2位に四捨五入してから平均し四捨五入、digits=3 は平均を小数第3位に四捨五入。",
  },
  en: {
    name: "Fiscal strength index",
    description:
      "Mean over the years of standard revenue ÷ standard demand. digits 2 (default): each year rounded half-up to 2 dp, averaged, rounded; digits 3: the raw mean rounded half-up.",
  },
  params: [
    param(
      "revenues",
      ["基準財政収入額", "各年度の基準財政収入額（通常3年度、1行または1列）"],
      ["revenues", "Standard fiscal revenue of each year (usually 3)"],
      { unit: MONEY, matrix: true }
    ),
    param(
      "demands",
      ["基準財政需要額", "各年度の基準財政需要額（収入額と同じ個数）"],
      ["demands", "Standard fiscal demand of each year (same count)"],
      { unit: MONEY, matrix: true }
    ),
    param(
      "digits",
      ["桁数", "2（公表の方式、既定）または 3"],
      ["digits", "2 (official method, default) or 3"],
      { optional: true }
    ),
  ],
  result: { dimensionality: "scalar" },
  formula: {
    ja: "平均(基準財政収入額 ÷ 基準財政需要額)",
    en: "mean(standard revenue ÷ standard demand)",
  },
  precision: {
    digits: 2,
    rounding: "half-up",
    note: {
      ja: "各年度を小数第2位に四捨五入→平均→四捨五入。3桁の場合は単純平均を四捨五入",
      en: "each year rounded to 2 dp, averaged, rounded; with 3 digits the raw mean is rounded",
    },
  },
  source: {
    ja: "地方交付税法 第14条（基準財政収入額）・第11条（基準財政需要額）、総務省 決算カードの算定方法",
    en: "Local Allocation Tax Act, arts. 11 and 14; MIC settlement card convention",
  },
  confidence: "M",
  examples: [
    { formula: "=ZAISEI.FISCAL_STRENGTH({4449,4649,4749}, {10000,10000,10000})", result: "0.46" },
    {
      formula: "=ZAISEI.FISCAL_STRENGTH({4449,4649,4749}, {10000,10000,10000}, 3)",
      result: "0.462",
    },
  ],
  evaluate: (args) => {
    const spec = FISCAL_STRENGTH_FUNCTION;
    const revenues = argNumbers(args, 0, spec);
    if (!revenues.ok) return revenues;
    const demands = argNumbers(args, 1, spec);
    if (!demands.ok) return demands;
    const digits = argDigits(args, 2, spec, 2, 2, 3);
    if (!digits.ok) return digits;
    if (digits.value !== 2 && digits.value !== 3)
      return failArg("value", "functions.argChoice", spec, 2, {
        text: String(digits.value),
        choices: "2, 3",
      });
    const result = fiscalStrength(revenues.value, demands.value, digits.value);
    if (result.kind === "error" && result.issue.code.endsWith("lengthMismatch"))
      return failIndicator(spec, 1, result.issue);
    return fromResult(result, spec, 1);
  },
};
