/**
 * Excel's error values as `Range.values` hands them over (a string such as "#DIV/0!"), typed by
 * hand or the cached result of a formula, with the message code that says what each means.
 * Source: Microsoft's list of Excel error values (#NULL! … #UNKNOWN!, including the dynamic-array
 * and data-type errors of Microsoft 365).
 */
const EXCEL_ERRORS: Readonly<Record<string, string>> = {
  "#NULL!": "notation.excelErrorNull",
  "#DIV/0!": "notation.excelErrorDiv0",
  "#VALUE!": "notation.excelErrorValue",
  "#REF!": "notation.excelErrorRef",
  "#NAME?": "notation.excelErrorName",
  "#NUM!": "notation.excelErrorNum",
  "#N/A": "notation.excelErrorNA",
  "#SPILL!": "notation.excelErrorSpill",
  "#CALC!": "notation.excelErrorCalc",
  "#GETTING_DATA": "notation.excelErrorGettingData",
  "#FIELD!": "notation.excelErrorField",
  "#BLOCKED!": "notation.excelErrorBlocked",
  "#CONNECT!": "notation.excelErrorConnect",
  "#BUSY!": "notation.excelErrorBusy",
  "#UNKNOWN!": "notation.excelErrorUnknown",
};

/** Every Excel error literal, in Microsoft's order. */
export const EXCEL_ERROR_LITERALS: readonly string[] = Object.keys(EXCEL_ERRORS);

/**
 * The message code for an Excel error value (the cell text trimmed, 全角 folded, any case), or
 * null when the text is not one. Cheap for ordinary cells: only text starting with # is looked up.
 *
 * @example excelErrorCode("#DIV/0!") // "notation.excelErrorDiv0"
 * @example excelErrorCode("#1 市税") // null
 */
export function excelErrorCode(text: string): string | null {
  const t = text.trim();
  const c = t.charCodeAt(0);
  if (c !== 35 /* # */ && c !== 0xff03 /* ＃ */) return null;
  return EXCEL_ERRORS[t.normalize("NFKC").toUpperCase()] ?? null;
}
