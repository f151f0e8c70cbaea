import type { Decimal } from "../../core/decimal";
import { formatJapaneseNumber } from "../../core/notation/formatJapaneseNumber";
import type { TableRecognition } from "../../core/table/types";
import { yearList } from "../../core/check";

/**
 * A figure of a finding as Japanese finance tables print it: △ for negatives, thousands
 * separators, exact up to six decimals (284.5 stays 284.5, a third is cut at 0.333333).
 *
 * @example figureText(new D(-1234.5)) // "△1,234.5"
 */
export function figureText(value: Decimal): string {
  return formatJapaneseNumber(value.decimalPlaces() > 6 ? value.toDecimalPlaces(6) : value);
}

/** Fiscal years as a short list: 2022–2030, or 2021, 2023 (the checker's own list, as its messages print it). */
export const yearsText: (years: number[]) => string = yearList;

/**
 * The unit of each figure cell of a recognised table (A1 → unit), the unit its value is read in
 * (the cell's, its column's or its row's, as the recognition settled it). Cells without one are
 * left out.
 *
 * @example unitsByCell(recognition).get("B12") // "百万円"
 */
export function unitsByCell(recognition: TableRecognition): Map<string, string> {
  const units = new Map<string, string>();
  for (const row of recognition.rows) {
    for (const cell of row.cells) {
      const unit = cell.unit ?? row.unit;
      if (unit) units.set(cell.address, unit);
    }
  }
  return units;
}
