import type { CellValue } from "../grid";
import type { ParsedCell } from "../notation/types";
import { isKnownUnit } from "./columnUnit";
import { headerBlank, type HeaderLayout } from "./layoutHeader";

export interface ColumnStats {
  /** Body cells holding figures. */
  figures: number;
  /** Body cells holding words (labels such as 「市税」, 「1 市税」, 「(1) 歳入」). */
  words: number;
  /** Body cells that are not empty. */
  filled: number;
}

const JAPANESE_LETTER = /[\u3040-\u30ff\u4e00-\u9fff]/;

/**
 * Whether a cell reads as a row label rather than a figure. The notation reader takes 「1 市税」 as
 * 1 of a unit 「市税」 and 「(1) 歳入」 as an ambiguous figure; as labels they are words.
 *
 * @example isWordCell("1 市税", parseCellValue("1 市税")) // true
 */
export function isWordCell(raw: CellValue, parsed: ParsedCell): boolean {
  // "" with a parsed reading is a formula without its result: its formula text is not a word.
  if (typeof raw !== "string" || raw === "") return false;
  if (parsed.kind === "text") return true;
  if (parsed.kind === "number") {
    const unit = parsed.quantity.unit;
    return parsed.quantity.unitKind === "count" && unit !== null && !isKnownUnit(unit);
  }
  return parsed.kind === "invalid" && JAPANESE_LETTER.test(parsed.text);
}

/**
 * Zero counts for a column before its body is read.
 *
 * @example emptyStats() // { figures: 0, words: 0, filled: 0 }
 */
export function emptyStats(): ColumnStats {
  return { figures: 0, words: 0, filled: 0 };
}

function isWordColumn(s: ColumnStats | undefined): boolean {
  return s !== undefined && s.figures === 0 && s.words > 0;
}

/**
 * The row-label columns of a table whose years (if any) run across: the first filled column when
 * it holds words, and the word columns after it that belong to the same label — a blank header
 * (the continuation of a merged 「団体名」 over 県 and 市), the same top header, or any word column
 * before the first year column. A word column with its own header (「産業構造分類」) is data.
 *
 * @example chooseLabelColumns(stats, layout, 0, 9, null) // [0, 1] for the staffing table
 */
export function chooseLabelColumns(
  stats: ColumnStats[],
  layout: HeaderLayout,
  cMin: number,
  cMax: number,
  firstYearCol: number | null
): number[] {
  let c0 = cMin;
  while (c0 <= cMax && stats[c0]?.filled === 0) c0++;
  if (c0 > cMax || !isWordColumn(stats[c0])) return [];
  const cols = [c0];
  const top0 = layout.cells[0]?.[c0] ?? "";
  for (let c = c0 + 1; c <= cMax; c++) {
    if (!isWordColumn(stats[c])) break;
    const sameLabel = headerBlank(layout, c) || (top0 !== "" && layout.cells[0]?.[c] === top0);
    if (!sameLabel && !(firstYearCol !== null && c < firstYearCol)) break;
    cols.push(c);
  }
  return cols;
}
