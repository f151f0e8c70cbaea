import { workbookFileName } from "../../../src/taskpane/check/workbookFileName";

describe("workbookFileName", () => {
  it("takes the file name from a percent-encoded https address", () => {
    expect(
      workbookFileName(
        "https://contoso.sharepoint.com/Shared%20Documents/%E8%A6%8B%E9%80%9A%E3%81%97.xlsx?web=1"
      )
    ).toBe("見通し.xlsx");
  });

  it("takes the file name from a Windows path and keeps a malformed escape as written", () => {
    expect(workbookFileName("C:\\\\財政課\\\\見通し 100%.xlsx")).toBe("見通し 100%.xlsx");
  });

  it("is empty for a workbook never saved", () => {
    expect(workbookFileName(undefined)).toBe("");
    expect(workbookFileName("")).toBe("");
  });
});
