/**
 * The file name of a workbook from the address Office gives for it (`Office.context.document.url`:
 * a path or an https address, percent-encoded or not); "" for an unsaved workbook (no address).
 *
 * @example workbookFileName("https://contoso.sharepoint.com/Shared%20Documents/%E8%A6%8B%E9%80%9A%E3%81%97.xlsx") // "見通し.xlsx"
 */
export function workbookFileName(url: string | null | undefined): string {
  const last = (url ?? "").split("?")[0]!.split(/[\\/]/).pop() ?? "";
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
