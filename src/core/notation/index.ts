/**
 * Japanese number notation as printed in 予算書 / 決算書 / 行革プラン (domain.md §2):
 * reading cells (△ negatives, 億/万 multipliers, units, qualifiers, table units) and writing
 * figures back in the same conventions. Pure: decimal.js only.
 */
export type { MoneyUnit, UnitKind, Comparison, Quantity, ParsedCell } from "./types";
export { MONEY_UNITS } from "./types";
export { normalizeNumberText } from "./normalizeNumberText";
export { parseJapaneseNumber } from "./parseJapaneseNumber";
export type { ParseNumberOptions } from "./parseJapaneseNumber";
export { parseCellValue } from "./parseCellValue";
export { excelNumber } from "./excelNumber";
export { parseTableUnit } from "./parseTableUnit";
export type { TableUnit } from "./parseTableUnit";
export { moneyFactor, convertMoney, toYen, isMoneyUnit } from "./moneyFactor";
export { formatJapaneseNumber } from "./formatJapaneseNumber";
export type { FormatNumberOptions } from "./formatJapaneseNumber";
export { formatMoney } from "./formatMoney";
export type { FormatMoneyOptions } from "./formatMoney";
export { formatCompoundYen } from "./formatCompoundYen";
