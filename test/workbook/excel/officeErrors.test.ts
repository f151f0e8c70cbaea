import { formatMessage } from "../../../src/core/messages";
import { isTooBigError, toWorkbookError } from "../../../src/workbook/excel/officeErrors";
import { WorkbookError } from "../../../src/workbook/port";

const office = (code: string) =>
  Object.assign(new Error(`${code} message`), { code, name: "RichApi.Error" });

describe("toWorkbookError", () => {
  // Codes: Excel.ErrorCodes in @types/office-js.
  it.each([
    ["ItemNotFound", { sheet: "歳入" }, "workbook.noSuchSheet"],
    ["ItemNotFound", {}, "workbook.hostError"],
    ["InvalidArgument", { address: "A1:" }, "workbook.badAddress"],
    ["InvalidArgument", {}, "workbook.invalidArgument"],
    ["InvalidOperationInCellEditMode", {}, "workbook.cellEditMode"],
    ["AccessDenied", {}, "workbook.accessDenied"],
    // A multi-area selection (office-js-docs-pr#2477).
    ["InvalidSelection", { address: "A1:B2" }, "workbook.multipleAreas"],
    ["ApiNotFound", {}, "workbook.unsupported"],
    ["ResponsePayloadSizeLimitExceeded", { address: "A1:Z99999" }, "workbook.readFailed"],
    ["GeneralException", {}, "workbook.hostError"],
  ])("maps %s with hint %j to %s", (code, hint, expected) => {
    expect((toWorkbookError(office(code), hint) as WorkbookError).code).toBe(expected);
  });

  it("passes a WorkbookError and a programmer error through unchanged", () => {
    const own = new WorkbookError("workbook.aborted");
    const bug = new TypeError("x is undefined");
    expect(toWorkbookError(own)).toBe(own);
    expect(toWorkbookError(bug)).toBe(bug);
  });
});

describe("isTooBigError", () => {
  it("recognises the payload limit and nothing else", () => {
    expect(isTooBigError(office("ResponsePayloadSizeLimitExceeded"))).toBe(true);
    expect(isTooBigError(office("ItemNotFound"))).toBe(false);
    expect(isTooBigError(null)).toBe(false);
  });
});

describe("toWorkbookError for a multi-area selection", () => {
  it("asks, in Japanese first, for one contiguous range", () => {
    const error = toWorkbookError(office("InvalidSelection")) as WorkbookError;
    expect(formatMessage(error, "ja")).toBe(
      "複数の範囲（またはグラフなどセル以外のもの）が選択されています。1つの連続したセル範囲を選択してください。"
    );
    expect(formatMessage(error, "en")).toMatch(
      /^Several ranges .* Select one contiguous range of cells\.$/
    );
  });
});
