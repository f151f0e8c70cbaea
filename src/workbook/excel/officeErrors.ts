import { WorkbookError } from "../port";

/** What the caller was doing, so that an Office error can name the sheet or cell concerned. */
export interface ErrorHint {
  sheet?: string;
  address?: string;
}

/** Office error codes that mean "this request was too big": read less per sync and retry. */
const TOO_BIG = new Set([
  "ResponsePayloadSizeLimitExceeded",
  "RequestPayloadSizeLimitExceeded",
  "RangeExceedsLimit",
]);

function officeCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/**
 * True for an Office error that a smaller request would avoid (the web's 5 MB payload limit).
 *
 * @example isTooBigError({ code: "ResponsePayloadSizeLimitExceeded" }) // true
 */
export function isTooBigError(error: unknown): boolean {
  const code = officeCode(error);
  return code !== undefined && TOO_BIG.has(code);
}

/**
 * Maps an Office error (OfficeExtension.Error, "RichApi.Error") to a WorkbookError with a catalogue
 * code; a WorkbookError passes through; anything without an Office code is a programmer error and
 * is rethrown as is (never swallowed, never disguised).
 *
 * @example toWorkbookError({ code: "ItemNotFound", message: "…" }, { sheet: "歳入" }) // WorkbookError("workbook.noSuchSheet")
 */
export function toWorkbookError(error: unknown, hint: ErrorHint = {}): unknown {
  if (error instanceof WorkbookError) return error;
  const code = officeCode(error);
  if (code === undefined) return error;
  const detail = error instanceof Error ? error.message : code;
  switch (code) {
    case "ItemNotFound":
      return hint.sheet !== undefined
        ? new WorkbookError("workbook.noSuchSheet", { sheet: hint.sheet })
        : new WorkbookError("workbook.hostError", { code, detail });
    case "InvalidArgument":
    case "InvalidReference":
      return hint.address !== undefined
        ? new WorkbookError("workbook.badAddress", { address: hint.address })
        : new WorkbookError("workbook.invalidArgument", { detail });
    case "InvalidOperationInCellEditMode":
      // Clicking the task pane does not end cell editing (OfficeDev/office-js#3388), so a retry
      // would fail the same way; `Excel.run({ delayForCellEdit: true })` (ExcelApi 1.11) would
      // instead hold the request silently until the user leaves the cell, which looks like a hang
      // behind a progress bar (office-js-docs-pr#660). The user is told how to finish editing.
      return new WorkbookError("workbook.cellEditMode");
    case "InvalidSelection":
      // getSelectedRange refuses a selection of several areas (Ctrl+click; office-js-docs-pr#2477)
      // and, by design, a selected chart (office-js#2268): the message names both.
      return new WorkbookError("workbook.multipleAreas");
    case "AccessDenied":
      return new WorkbookError("workbook.accessDenied");
    case "ApiNotFound":
    case "UnsupportedFeature":
      return new WorkbookError("workbook.unsupported", {
        feature: detail,
        requirement: "ExcelApi",
      });
    default:
      if (TOO_BIG.has(code))
        return new WorkbookError("workbook.readFailed", { address: hint.address ?? "" });
      return new WorkbookError("workbook.hostError", { code, detail });
  }
}
