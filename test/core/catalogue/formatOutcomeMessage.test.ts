import {
  formatOutcomeMessage,
  localizeIssue,
  withLanguagePairs,
} from "../../../src/core/catalogue/formatOutcomeMessage";
import { formatMessage } from "../../../src/core/messages";

const issue = {
  code: "functions.argMissing",
  params: withLanguagePairs({ argJa: "引数1（年度）", argEn: "Argument 1 (fiscalYear)" }),
};

describe("formatOutcomeMessage", () => {
  it("fills a language pair with the language asked", () => {
    expect(formatOutcomeMessage(issue, "ja")).toBe("引数1（年度）が指定されていません");
    expect(formatOutcomeMessage(issue, "en")).toBe("Argument 1 (fiscalYear) is missing");
  });

  it("still fills the placeholder through plain formatMessage (Japanese label)", () => {
    expect(formatMessage(issue, "en")).toBe("引数1（年度） is missing");
  });
});

describe("localizeIssue", () => {
  it("leaves params without pairs and issues without params alone", () => {
    expect(localizeIssue({ code: "x" }, "en")).toEqual({ code: "x" });
    expect(localizeIssue({ code: "x", params: { textJa: "a" } }, "en").params).toEqual({
      textJa: "a",
    });
  });
});
