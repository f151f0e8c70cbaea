/** A name in both languages, for messages: English messages never carry the Japanese name. */
export interface InputName {
  ja: string;
  en: string;
}

/**
 * The names the indicators give their inputs in messages: Japanese as the 決算カード and the
 * 健全化判断比率 sheets print them, English as a sentence can carry them after "Argument n (…):".
 */
export const INPUT_NAMES = {
  realDeficit: { ja: "実質赤字額", en: "the real deficit" },
  standardFiscalScale: { ja: "標準財政規模", en: "the standard fiscal scale" },
  scaleLessIncludedDebtService: {
    ja: "標準財政規模 − 算入公債費等",
    en: "the standard fiscal scale − the debt service included in demand",
  },
  deficitsTotal: { ja: "赤字・資金不足の合計", en: "the total of deficits and shortages" },
  surplusesTotal: { ja: "黒字・剰余の合計", en: "the total of surpluses" },
  fundShortage: { ja: "資金の不足額", en: "the fund shortage" },
  businessScale: { ja: "事業の規模", en: "the business scale" },
  standardRevenue: { ja: "基準財政収入額", en: "the standard fiscal revenue" },
  standardDemand: { ja: "基準財政需要額", en: "the standard fiscal demand" },
  recurrentRevenueTotal: {
    ja: "経常一般財源等の合計",
    en: "the total of recurrent general revenue and bonds",
  },
  assessed: { ja: "調定額", en: "the assessed amount" },
  collected: { ja: "収入済額", en: "the collected amount" },
  supplyCost: { ja: "給水原価", en: "the supply cost" },
  recurrentCost: { ja: "経常費用", en: "the recurrent cost" },
  population: { ja: "人口", en: "the population" },
  output: { ja: "アウトプット", en: "the output" },
  budget: { ja: "予算現額", en: "the current budget" },
  target: { ja: "目標値", en: "the target" },
  actual: { ja: "実績値", en: "the actual value" },
  targetLessBaseline: { ja: "目標値 − 基準値", en: "the target − the baseline" },
  deposits: { ja: "積立", en: "the deposits" },
  withdrawals: { ja: "取崩", en: "the withdrawals" },
} as const satisfies Record<string, InputName>;

/**
 * Issue params that name an input in both languages: `{key}` in a template becomes the Japanese
 * or the English name (formatOutcomeMessage resolves the pair).
 *
 * @example nameParams(INPUT_NAMES.population) // { nameJa: "人口", nameEn: "the population" }
 */
export function nameParams(name: InputName, key = "name"): Record<string, string> {
  return { [`${key}Ja`]: name.ja, [`${key}En`]: name.en };
}
