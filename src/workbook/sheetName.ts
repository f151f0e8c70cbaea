/**
 * The key Excel compares sheet names by: case-insensitive ("Outlook" and "OUTLOOK" are one
 * sheet, Excel refuses to create both, and `worksheets.getItem("outlook")` finds either), after
 * Unicode NFC normalisation so that 「ガ」 typed as カ + combining ゛ (macOS file names, pasted
 * text) is the same name as the precomposed 「ガ」.
 *
 * @example sheetNameKey("Outlook") === sheetNameKey("OUTLOOK") // true
 */
export function sheetNameKey(name: string): string {
  return name.normalize("NFC").toUpperCase();
}

/**
 * The sheet name among `names` that `wanted` denotes as Excel matches names, or undefined.
 * An exact match wins over a case-insensitive one.
 *
 * @example findSheetName(["中長期財政見通し", "KPI"], "kpi") // "KPI"
 */
export function findSheetName(names: readonly string[], wanted: string): string | undefined {
  if (names.includes(wanted)) return wanted;
  const key = sheetNameKey(wanted);
  return names.find((name) => sheetNameKey(name) === key);
}
