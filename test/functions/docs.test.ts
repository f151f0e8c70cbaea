import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FUNCTIONS } from "../../src/core/catalogue";
import { evaluateFormula, formatFunctionValue } from "../../src/functions/formula";
import { renderFunctionsDoc } from "../../src/functions/generate/renderFunctionsDoc";
import { formatGenerated } from "../../src/functions/generate/formatGenerated";

describe("docs/functions.md", () => {
  it("is what scripts/gen-docs.ts writes from the catalogue", () => {
    const hint = "stale: run npx tsx scripts/gen-docs.ts";
    const path = join(__dirname, "../../docs/functions.md");
    const expected = formatGenerated(path, renderFunctionsDoc(FUNCTIONS));
    expect({ file: readFileSync(path, "utf8"), hint }).toEqual({ file: expected, hint });
  });

  it("puts the Japanese section before the English one", () => {
    const doc = renderFunctionsDoc(FUNCTIONS);
    expect(doc.indexOf("## 日本語")).toBeGreaterThan(0);
    expect(doc.indexOf("## 日本語")).toBeLessThan(doc.indexOf("## English"));
  });
});

describe("catalogue examples", () => {
  const examples = FUNCTIONS.flatMap((f) =>
    f.examples.map((e) => [f.id, e.formula, e.result] as const)
  );

  it.each(examples)("%s: %s gives %s through evaluateFormula", (_id, formula, expected) => {
    const { value, error } = evaluateFormula(formula, "ja");
    expect(error ? error.code : formatFunctionValue(value!)).toBe(expected);
  });
});
