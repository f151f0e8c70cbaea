/**
 * A rectangular block of cells as Excel hands it over: `values` exactly as `Range.values` gives
 * them (numbers, strings, booleans; an empty cell is ""), `numberFormats` as `Range.numberFormat`
 * gives them, and optionally `texts` (what the cell shows, `Range.text`).
 * Rows may be ragged when a grid was built by hand; readers must not assume a full rectangle.
 */
export type CellValue = string | number | boolean;

export interface Grid {
  /** Sheet name. */
  sheet: string;
  /** Zero-based row and column of the top-left cell on the sheet. */
  top: number;
  left: number;
  values: CellValue[][];
  numberFormats?: string[][];
  texts?: string[][];
  /**
   * Formulas as `Range.formulas` gives them ("=SUM(B2:B5)"; "" for a constant or an empty cell),
   * present when the read asked for them. A cell with a formula and the value "" was never
   * calculated (a file saved by a program that does not calculate): it is not blank.
   */
  formulas?: string[][];
}

/** A cell position on a sheet, zero-based. */
export interface CellPos {
  row: number;
  col: number;
}

/** Converts a zero-based column index to letters: 0 → "A", 27 → "AB". */
export function columnLetters(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Converts letters to a zero-based column index: "A" → 0, "AB" → 27. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of a zero-based cell: (0,0) → "A1". */
export function cellAddress(pos: CellPos): string {
  return `${columnLetters(pos.col)}${pos.row + 1}`;
}

export interface RangeBox {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/**
 * Parses "B2", "B2:M40", "$B$2:$M$40" (no sheet part) into a zero-based box, or null when the
 * text is not an A1 range.
 */
export function parseA1Range(address: string): RangeBox | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(
    address.trim()
  );
  if (!m) return null;
  const c1 = columnIndex(m[1]!);
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  if (r1 < 0 || r2 < 0) return null;
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  return { top, left, rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

/** A1 address of a box: "B2:M40" (or "B2" for one cell). */
export function boxAddress(box: RangeBox): string {
  const a = cellAddress({ row: box.top, col: box.left });
  if (box.rows === 1 && box.cols === 1) return a;
  return `${a}:${cellAddress({ row: box.top + box.rows - 1, col: box.left + box.cols - 1 })}`;
}

/**
 * Whether Excel writes this sheet name in quotes in a reference: anything but letters, digits,
 * "_" and "." (a space, a full-width bracket, "-"), a leading digit or ".", or a name that reads
 * as a cell or R1C1 reference ("A1", "R7決算", "C", "TRUE"). Quoting when unsure is harmless:
 * Excel accepts a quoted name always.
 */
function sheetNeedsQuotes(sheet: string): boolean {
  if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet)) return true;
  if (/^[A-Za-z]{1,3}\d/.test(sheet)) return true;
  if (/^[RrCc](?:\d|$)/.test(sheet) || /^[Rr]\d*[Cc]/.test(sheet)) return true;
  return /^(?:TRUE|FALSE)$/i.test(sheet);
}

/**
 * A cell or range with its sheet as Excel writes it in a formula: quoted (an apostrophe doubled)
 * when the name needs it. The address is kept as given.
 *
 * @example sheetReference("R7 決算", "B2:D2") // "'R7 決算'!B2:D2"
 * @example sheetReference("歳入", "C30") // "歳入!C30"
 */
export function sheetReference(sheet: string, address: string): string {
  return `${sheetNeedsQuotes(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet}!${address}`;
}

/**
 * Reads a reference as the user types it in Excel: `B2`, `$B$2:$D$2`, `計算!B2`,
 * `'R7 決算'!B2:D2` (as {@link sheetReference} writes them). Without a sheet part the reference is
 * on `currentSheet`. The address comes back without `$` ("B2:D2"); null when the text is not a
 * reference (a sheet name with an unpaired quote, an address that is not A1).
 *
 * @example parseSheetReference("'R7 決算'!$B$2", "計算") // { sheet: "R7 決算", address: "B2" }
 */
export function parseSheetReference(
  text: string,
  currentSheet: string
): { sheet: string; address: string } | null {
  const trimmed = text.trim();
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(trimmed);
  const bare = quoted ? null : /^([^'!]+)!(.+)$/.exec(trimmed);
  const sheet = quoted ? quoted[1]!.replace(/''/g, "'") : bare ? bare[1]!.trim() : currentSheet;
  const address = quoted ? quoted[2]! : bare ? bare[2]! : trimmed;
  const box = parseA1Range(address);
  if (!box || sheet === "") return null;
  return { sheet, address: boxAddress(box) };
}
