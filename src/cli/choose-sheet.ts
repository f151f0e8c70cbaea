import { findSheetName } from "../workbook/memory/sheetName";
import { CliError } from "./cli-error";
import type { SheetInfo } from "./xlsx/xlsx-package";

/** Sheet names a missing-sheet message lists before saying how many more there are. */
export const MAX_LISTED_SHEETS = 20;

/** 「表1, 表2, …」: the first {@link MAX_LISTED_SHEETS} names, with how many were left out. */
function sheetList(sheets: readonly SheetInfo[]): { sheets: string; more: number } {
  const shown = sheets.slice(0, MAX_LISTED_SHEETS).map((s) => s.name);
  return { sheets: shown.join(", "), more: sheets.length - shown.length };
}

/**
 * The sheet `zaisei inspect` reads. A named sheet is found as Excel finds it (case-insensitive,
 * after NFC normalisation), hidden or not: the user asked for it. Without a name: the first
 * visible sheet, else the first hidden one; a very hidden sheet (only a macro can show it; it
 * often holds settings) is never chosen.
 *
 * @example chooseSheet("a.xlsx", pkg.sheets, "outlook").name // "Outlook"
 */
export function chooseSheet(
  file: string,
  sheets: readonly SheetInfo[],
  wanted?: string
): SheetInfo {
  if (wanted !== undefined) {
    const name = findSheetName(
      sheets.map((s) => s.name),
      wanted
    );
    const found = sheets.find((s) => s.name === name);
    if (found) return found;
    const list = sheetList(sheets);
    throw new CliError(
      list.more === 0
        ? { code: "cli.noSuchSheet", params: { sheet: wanted, sheets: list.sheets } }
        : {
            code: "cli.noSuchSheetMore",
            params: { sheet: wanted, sheets: list.sheets, more: list.more, count: sheets.length },
          }
    );
  }
  const chosen =
    sheets.find((s) => s.visibility === "visible") ?? sheets.find((s) => s.visibility === "hidden");
  if (chosen) return chosen;
  throw new CliError({
    code: "cli.noVisibleSheet",
    params: { file, sheets: sheetList(sheets).sheets },
  });
}
