import type { Cell, CellValue as XlsxValue } from "exceljs";
import type { CellValue } from "../../core/grid";
import { GENERAL, type MemoryCell } from "./MemorySheet";

const MS_PER_DAY = 24 * 3600 * 1000;
/** 1970-01-01 as an Excel serial in the 1900 date system; the 1904 system is 1,462 days later. */
const UNIX_EPOCH_SERIAL = 25569;
const DATE1904_OFFSET = 1462;

/**
 * A JS Date (exceljs reads date-formatted numbers as UTC Dates) back to the Excel serial number,
 * which is what `Range.values` gives. Rounded to the millisecond exceljs kept.
 *
 * @example dateToSerial(new Date(Date.UTC(2024, 3, 1)), false) // 45383
 */
export function dateToSerial(date: Date, date1904: boolean): number {
  const serial = UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY - (date1904 ? DATE1904_OFFSET : 0);
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}

/** The plain value of an exceljs cell value, as Excel's `Range.values` would show it. */
function plainValue(v: XlsxValue | undefined, date1904: boolean): CellValue {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if ("richText" in v) return v.richText.map((run) => run.text).join("");
  if ("error" in v) return v.error; // "#N/A": Excel's Range.values gives errors as their text
  if ("hyperlink" in v) return plainValue(v.text as XlsxValue, date1904);
  if ("formula" in v || "sharedFormula" in v) return plainValue(v.result as XlsxValue, date1904);
  return "";
}

/**
 * Reads one exceljs cell the way Excel's Range API reports it: a merged cell's value only in its
 * top-left cell (exceljs repeats the master's value in every merged cell), a formula's cached
 * result as the value (the memory workbook does not calculate) with the formula kept beside it.
 *
 * @example cellFromXlsx(sheet.getCell("B2"), false) // { value: 1234, formula: null, numberFormat: "#,##0" }
 */
export function cellFromXlsx(cell: Cell, date1904: boolean): MemoryCell {
  const numberFormat = cell.numFmt || GENERAL;
  if (cell.isMerged && cell.master !== cell) return { value: "", formula: null, numberFormat };
  const raw = cell.value as XlsxValue;
  const isFormula =
    raw !== null && typeof raw === "object" && ("formula" in raw || "sharedFormula" in raw);
  const formula = isFormula ? `=${cell.formula}` : null;
  return { value: plainValue(raw, date1904), formula, numberFormat };
}

/**
 * Writes a memory cell into an exceljs cell: a formula with its cached result (so other readers
 * see the value), a constant as is, and the number format unless it is General.
 *
 * @example cellToXlsx(sheet.getCell("C3"), { value: 42, formula: "=A1*2", numberFormat: "0" })
 */
export function cellToXlsx(target: Cell, cell: MemoryCell): void {
  if (cell.formula !== null) {
    const formula = cell.formula.replace(/^=/, "");
    target.value =
      cell.value === ""
        ? { formula, date1904: false }
        : { formula, result: cell.value, date1904: false };
  } else {
    target.value = cell.value === "" ? null : cell.value;
  }
  if (cell.numberFormat !== GENERAL) target.numFmt = cell.numberFormat;
  else if (target.numFmt) target.numFmt = GENERAL;
}
