import { FUNCTIONS, findFunction } from "../../../src/core/catalogue";
import { INDICATOR_FUNCTIONS } from "../../../src/core/catalogue/indicators";
import { functionMessages } from "../../../src/core/messages/functions";
import { isValidFunctionName } from "../../../src/functions/generate/metadataText";

describe("FUNCTIONS", () => {
  it("includes the foundation functions and every indicator entry", () => {
    const ids = FUNCTIONS.map((f) => f.id);
    expect(ids.slice(0, 3)).toEqual(["VALUE", "FISCALYEAR", "WAREKI"]);
    for (const f of INDICATOR_FUNCTIONS) expect(ids).toContain(f.id);
  });

  it("has unique ids that Excel accepts (A–Z 0–9 _ ., starting with a letter, at least 3 characters)", () => {
    // Rules: Microsoft "Custom functions naming and localization"; custom-functions-metadata validateId.
    const ids = FUNCTIONS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z][A-Z0-9_.]{2,127}$/);
  });

  it("has Japanese names that are valid, unique function names", () => {
    const names = FUNCTIONS.map((f) => f.ja.name);
    expect(names.filter((n) => !isValidFunctionName(n))).toEqual([]);
    const folded = names.map((n) => n.toUpperCase());
    expect(new Set(folded).size).toBe(folded.length);
    // A Japanese name equal to another function's id would clash in functions-ja.json lookups.
    expect(folded.filter((n) => FUNCTIONS.some((f) => f.id === n))).toEqual([]);
  });

  it("declares parameters with ASCII ids, ja/en texts, and optional ones only at the end", () => {
    for (const f of FUNCTIONS) {
      const ids = f.params.map((p) => p.id);
      expect({ id: f.id, unique: new Set(ids).size === ids.length }).toEqual({
        id: f.id,
        unique: true,
      });
      for (const p of f.params) {
        expect(p.id).toMatch(/^[a-z][A-Za-z0-9]*$/);
        expect(
          p.ja.name.length * p.en.name.length * p.ja.description.length * p.en.description.length
        ).toBeGreaterThan(0);
      }
      const firstOptional = f.params.findIndex((p) => p.optional);
      if (firstOptional >= 0)
        expect({ id: f.id, tail: f.params.slice(firstOptional).every((p) => p.optional) }).toEqual({
          id: f.id,
          tail: true,
        });
    }
  });

  it("documents every function with texts in both languages and at least one example of its own", () => {
    for (const f of FUNCTIONS) {
      for (const text of [
        f.ja.name,
        f.en.name,
        f.ja.description,
        f.en.description,
        f.formula.ja,
        f.formula.en,
        f.source.ja,
        f.source.en,
      ]) {
        expect(text.trim()).not.toBe("");
      }
      expect(f.examples.length).toBeGreaterThan(0);
      for (const e of f.examples)
        expect(e.formula.toUpperCase().startsWith(`=ZAISEI.${f.id}(`)).toBe(true);
    }
  });
});

describe("findFunction", () => {
  it("finds an entry by id in any case, with or without the namespace", () => {
    expect(findFunction("wareki")?.id).toBe("WAREKI");
    expect(findFunction(" ZAISEI.FiscalYear ")?.id).toBe("FISCALYEAR");
    expect(findFunction("SUM")).toBeUndefined();
  });
});

describe("functionMessages", () => {
  it("keeps every code in the functions area with both languages", () => {
    for (const [code, text] of Object.entries(functionMessages)) {
      expect(code.startsWith("functions.")).toBe(true);
      expect(text.ja.length * text.en.length).toBeGreaterThan(0);
    }
  });
});
