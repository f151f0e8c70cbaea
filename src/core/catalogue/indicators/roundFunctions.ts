import { roundDecimal } from "../../decimal";
import { parseRoundingMode } from "../../indicators/parseRoundingMode";
import { roundToTotal } from "../../indicators/roundToTotal";
import type { Decimal } from "../../decimal";
import { argNumber, argOptionalText } from "../coerce";
import { excelMatrix, excelValue, failArg } from "../outcome";
import type { FunctionSpec } from "../types";
import { argCellGrid } from "./argCellGrid";
import { argDigits } from "./indicatorArgs";
import { param } from "./params";

const DIGITS_DESCRIPTION: [string, string] = [
  "小数点以下の桁数（−10〜10。負の数は十の位以上で丸める）",
  "Decimal places (−10 to 10; negative rounds to tens, hundreds, …)",
];

/** ROUND(value, digits, [mode]): 四捨五入 (default) / 切り捨て / 切り上げ, on the absolute value as 決算 sheets do. */
export const ROUND_FUNCTION: FunctionSpec = {
  id: "ROUND",
  category: "rounding",
  ja: {
    name: "端数処理",
    description:
      "10進数で正確に端数処理します（四捨五入・切り捨て・切り上げ）。負の数は絶対値で処理（△1.25 の切り捨ては △1.2）。",
  },
  en: {
    name: "Round",
    description:
      "Rounds exactly in decimal (half-up, down, up); negatives are rounded on the absolute value (△1.25 truncated is △1.2).",
  },
  params: [
    param("value", ["値", "端数処理する数値"], ["value", "The number to round"]),
    param("digits", ["桁数", DIGITS_DESCRIPTION[0]], ["digits", DIGITS_DESCRIPTION[1]]),
    param(
      "mode",
      ["方式", "四捨五入（既定）・切り捨て・切り上げ、または half-up / down / up"],
      ["mode", "四捨五入 (default), 切り捨て, 切り上げ or half-up / down / up"],
      { optional: true }
    ),
  ],
  result: { dimensionality: "scalar" },
  formula: {
    ja: "指定の桁・方式で10進数のまま丸める",
    en: "round in decimal at the given digits and mode",
  },
  source: {
    ja: "決算・予算書の端数処理の慣行",
    en: "Rounding conventions of Japanese budget and settlement books",
  },
  confidence: "H",
  examples: [
    { formula: '=ZAISEI.ROUND(12.7588, 1, "切り捨て")', result: "12.7" },
    {
      formula: "=ZAISEI.ROUND(2.675, 2)",
      result: "2.68",
      note: { ja: "2進の浮動小数点では 2.67 になる値", en: "binary floating point gives 2.67" },
    },
    { formula: '=ZAISEI.ROUND(-1.25, 1, "down")', result: "-1.2" },
    { formula: "=ZAISEI.ROUND(12345, -3)", result: "12000" },
  ],
  evaluate: (args) => {
    const spec = ROUND_FUNCTION;
    const value = argNumber(args, 0, spec);
    if (!value.ok) return value;
    if (args[1] === null) return failArg("value", "functions.argMissing", spec, 1);
    const digits = argDigits(args, 1, spec, 0, -10, 10);
    if (!digits.ok) return digits;
    const modeText = argOptionalText(args, 2, spec);
    if (!modeText.ok) return modeText;
    const mode = modeText.value === null ? "half-up" : parseRoundingMode(modeText.value);
    if (mode === null)
      return failArg("value", "functions.argChoice", spec, 2, {
        text: modeText.value ?? "",
        choicesJa: "四捨五入, 切り捨て, 切り上げ, half-up, down, up",
        choicesEn: "half-up, down, up",
      });
    return excelValue(roundDecimal(value.value, digits.value, mode), spec);
  },
};

/** ROUND_TO_TOTAL(parts, digits): 端数調整 so the rounded parts add up to the rounded total; spills the same shape. */
export const ROUND_TO_TOTAL_FUNCTION: FunctionSpec = {
  id: "ROUND_TO_TOTAL",
  category: "rounding",
  ja: {
    name: "端数調整",
    description:
      "内訳を丸めた合計が、合計を四捨五入した値と一致するよう端数を調整します（最大剰余法。同順位は先の項目）。同じ形でスピル。",
  },
  en: {
    name: "Round to total",
    description:
      "Rounds parts so they add up to the half-up rounded total (largest remainder; ties to the earlier part); spills the same shape.",
  },
  params: [
    param(
      "parts",
      ["内訳", "内訳の範囲（空欄は不可）"],
      ["parts", "The parts (blanks not allowed)"],
      { matrix: true }
    ),
    param("digits", ["桁数", DIGITS_DESCRIPTION[0]], ["digits", DIGITS_DESCRIPTION[1]]),
  ],
  result: { dimensionality: "matrix" },
  formula: {
    ja: "各項目を切り下げ、不足分を端数の大きい順に1単位ずつ配分",
    en: "floor each part, then give the missing units to the largest remainders",
  },
  source: {
    ja: "構成比・内訳表の端数調整の慣行（最大剰余法）",
    en: "Convention for breakdown tables (largest remainder method)",
  },
  confidence: "M",
  examples: [
    { formula: "=ZAISEI.ROUND_TO_TOTAL({33.3,33.3,33.4}, 0)", result: "{33,33,34}" },
    {
      formula: "=ZAISEI.ROUND_TO_TOTAL({1.5;1.5}, 0)",
      result: "{2;1}",
      note: { ja: "同順位は先の項目へ", en: "ties go to the earlier part" },
    },
  ],
  evaluate: (args) => {
    const spec = ROUND_TO_TOTAL_FUNCTION;
    const parts = argCellGrid(args, 0, spec, "error");
    if (!parts.ok) return parts;
    if (args[1] === null) return failArg("value", "functions.argMissing", spec, 1);
    const digits = argDigits(args, 1, spec, 0, -10, 10);
    if (!digits.ok) return digits;
    const rounded = roundToTotal(parts.value.values as Decimal[], digits.value);
    const { rows, columns } = parts.value;
    const out: Decimal[][] = [];
    for (let r = 0; r < rows; r++) out.push(rounded.slice(r * columns, (r + 1) * columns));
    return excelMatrix(out, spec);
  },
};
