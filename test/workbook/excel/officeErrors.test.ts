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
