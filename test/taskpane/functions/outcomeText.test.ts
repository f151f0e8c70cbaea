import { outcomeText, valueText } from "../../../src/taskpane/functions/outcomeText";

describe("outcomeText", () => {
  it("shows a value as the cell would hold it", () => {
    expect(outcomeText({ ok: true, value: 12.7 }, "ja")).toEqual({ ok: true, text: "12.7" });
    expect(outcomeText({ ok: true, value: "－" }, "ja")).toEqual({ ok: true, text: "－" });
    expect(outcomeText({ ok: true, value: true }, "en")).toEqual({ ok: true, text: "TRUE" });
  });

  it("shows an error as Excel's error text with its message in the language asked", () => {
    const outcome = {
      ok: false as const,
      error: "div0" as const,
      issue: {
        code: "functions.argBlank",
        params: { argJa: "引数2（アウトプット）", argEn: "Argument 2 (output)" },
      },
    };
    const en = outcomeText(outcome, "en");
    expect(en).toMatchObject({ ok: false, error: "#DIV/0!" });
    expect(en.ok === false && en.message).toContain("Argument 2 (output)");
    const ja = outcomeText(outcome, "ja");
    expect(ja.ok === false && ja.message).toContain("引数2（アウトプット）");
  });
});

describe("valueText", () => {
  it("shows one written cell as its value and a block as an array constant", () => {
    expect(valueText([[3000]])).toBe("3000");
    expect(valueText([["=1+1"]])).toBe("=1+1");
    expect(
      valueText([
        [1, "－"],
        [2, 3],
      ])
    ).toBe('{1,"－";2,3}');
  });
});
