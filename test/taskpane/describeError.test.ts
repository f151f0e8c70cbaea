import { describeError } from "../../src/taskpane/describeError";
import { WorkbookError } from "../../src/workbook/port";

describe("describeError", () => {
  it("words a WorkbookError's language pairs in the pane's language", () => {
    const error = new WorkbookError("writtenValues.notComputed", {
      reasonJa: "空欄です",
      reasonEn: "it is blank",
      reasonCode: "functions.blank",
    });
    expect(describeError(error, "en")).toContain("it is blank");
    expect(describeError(error, "en")).not.toContain("空欄です");
    expect(describeError(error, "ja")).toContain("空欄です");
  });

  it("falls back to the generic message with the error's own text", () => {
    expect(describeError(new Error("boom"), "en")).toContain("boom");
  });
});
