import type { FunctionSpec, ParamSpec } from "../../../src/core/catalogue/types";
import { ok } from "../../../src/core/catalogue/outcome";

function param(id: string, ja: string, en: string, extra: Partial<ParamSpec> = {}): ParamSpec {
  return {
    id,
    ja: { name: ja, description: ja },
    en: { name: en, description: en },
    dimensionality: "scalar",
    ...extra,
  };
}

/** A catalogue entry shaped like a ratio function, for exercising the argument readers. */
export const TEST_SPEC: FunctionSpec = {
  id: "TEST_RATIO",
  category: "ratio",
  ja: { name: "試験比率", description: "試験用" },
  en: { name: "Test ratio", description: "for tests" },
  params: [
    param("demand", "基準財政需要額", "standard fiscal demand", {
      unit: { ja: "千円", en: "thousand yen" },
    }),
    param("revenue", "基準財政収入額", "standard fiscal revenue", {
      unit: { ja: "千円", en: "thousand yen" },
    }),
    param("series", "3か年の値", "three-year values", {
      dimensionality: "matrix",
      unit: { ja: "千円", en: "thousand yen" },
    }),
    param("rate", "比率", "rate", { unit: { ja: "%", en: "%" }, optional: true }),
    param("label", "区分", "kind", { optional: true }),
    param("plain", "係数", "factor", { optional: true }),
  ],
  result: { dimensionality: "scalar" },
  formula: { ja: "試験", en: "test" },
  source: { ja: "試験", en: "test" },
  confidence: "L",
  examples: [],
  evaluate: () => ok(0),
};
