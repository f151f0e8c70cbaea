import { insertionFormula } from "../../../src/taskpane/functions/useInsertFunction";

describe("insertionFormula", () => {
  it("writes the namespaced function with empty parentheses", () => {
    expect(insertionFormula("WAREKI")).toBe("=ZAISEI.WAREKI()");
  });
});
