import { ZERO } from "../../indicators/result";
import { standardFiscalScale } from "../../indicators/standardFiscalScale";
import { argNumber, argOptionalNumber } from "../coerce";
import type { FunctionSpec } from "../types";
import { fromResult } from "./indicatorOutcome";
import { MONEY, param } from "./params";

/** SFS(普通交付税, 基準財政収入額, 特定収入見込額, [臨財債発行可能額]). A blank 臨財債 is 0 by omission. */
export const SFS_FUNCTION: FunctionSpec = {
  id: "SFS",
  category: "health",
  ja: {
    name: "標準財政規模",
    description:
      "普通交付税・基準財政収入額・特定収入見込額（と臨時財政対策債発行可能額）から標準財政規模を求めます。",
  },
  en: {
    name: "Standard fiscal scale",
    description:
      "The standard fiscal scale from the ordinary allocation tax, standard fiscal revenue, specific revenue and (R3–R7) the temporary bond capacity.",
  },
  params: [
    param(
      "ordinaryGrant",
      ["普通交付税", "普通交付税額"],
      ["ordinaryGrant", "Ordinary local allocation tax"],
      { unit: MONEY }
    ),
    param(
      "standardRevenue",
      ["基準財政収入額", "基準財政収入額"],
      ["standardRevenue", "Standard fiscal revenue"],
      { unit: MONEY }
    ),
    param(
      "specificRevenue",
      ["特定収入見込額", "譲与税・交付金等の特定収入見込額（基準財政収入額に100%算入されるもの）"],
      ["specificRevenue", "Specific revenue counted at 100% (transfer taxes, grants)"],
      { unit: MONEY }
    ),
    param(
      "temporaryBondCapacity",
      ["臨財債発行可能額", "臨時財政対策債発行可能額（令和3〜7年度）。省略・空欄は0"],
      [
        "temporaryBondCapacity",
        "Temporary fiscal measure bond capacity (R3–R7); omitted or blank is 0",
      ],
      { unit: MONEY, optional: true }
    ),
  ],
  result: {
    dimensionality: "scalar",
    unit: { ja: "入力と同じ金額単位", en: "the money unit of the inputs" },
  },
  formula: {
    ja: "普通交付税 + (基準財政収入額 − 特定収入見込額) × 100/75 + 特定収入見込額 + 臨財債発行可能額",
    en: "ordinary grant + (standard revenue − specific revenue) × 100/75 + specific revenue + temporary bond capacity",
  },
  source: {
    ja: "地方公共団体の財政の健全化に関する法律施行令 第2条、地方財政法施行令",
    en: "Order for Enforcement of the Act on Assurance of Sound Financial Status of Local Governments, art. 2",
  },
  confidence: "H",
  examples: [
    { formula: "=ZAISEI.SFS(100, 75, 0)", result: "200" },
    {
      formula: "=ZAISEI.SFS(1000, 900, 300, 50)",
      result: "2150",
      note: { ja: "1000 + 600×100/75 + 300 + 50", en: "1000 + 600 × 100/75 + 300 + 50" },
    },
  ],
  evaluate: (args) => {
    const spec = SFS_FUNCTION;
    const grant = argNumber(args, 0, spec);
    if (!grant.ok) return grant;
    const revenue = argNumber(args, 1, spec);
    if (!revenue.ok) return revenue;
    const specific = argNumber(args, 2, spec);
    if (!specific.ok) return specific;
    const bonds = argOptionalNumber(args, 3, spec);
    if (!bonds.ok) return bonds;
    const input = {
      ordinaryGrant: grant.value,
      standardRevenue: revenue.value,
      specificRevenue: specific.value,
      temporaryBondCapacity: bonds.value ?? ZERO,
    };
    return fromResult(standardFiscalScale(input), spec, 1);
  },
};
