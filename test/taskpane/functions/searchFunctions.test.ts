import type { FunctionSpec } from "../../../src/core/catalogue/types";
import { FUNCTIONS } from "../../../src/core/catalogue";
import { searchFunctions } from "../../../src/taskpane/functions/searchFunctions";

function spec(id: string, ja: string, en: string, jaDesc = "", enDesc = ""): FunctionSpec {
  const base = FUNCTIONS[0]!;
  return {
    ...base,
    id,
    ja: { name: ja, description: jaDesc },
    en: { name: en, description: enDesc },
  };
}

const CATALOGUE = [
  spec("VALUE", "数値変換", "Number from notation", "表記の数値を返します", "Returns the number"),
  spec("RATIO_A", "実質公債費比率", "Real debt service ratio", "公債費の負担", "Debt burden"),
  spec(
    "DEBT_LOAD",
    "負担額",
    "Burden",
    "実質公債費比率の分子",
    "Numerator of the real debt service ratio"
  ),
];

describe("searchFunctions", () => {
  it.each([
    ["", ["VALUE", "RATIO_A", "DEBT_LOAD"]],
    ["公債費", ["RATIO_A", "DEBT_LOAD"]],
    ["ｄｅｂｔ", ["RATIO_A", "DEBT_LOAD"]],
    ["zaisei.value", ["VALUE"]],
    ["real   ratio", ["RATIO_A", "DEBT_LOAD"]],
    ["比率　実質", ["RATIO_A", "DEBT_LOAD"]],
    ["burden", ["DEBT_LOAD", "RATIO_A"]],
    ["存在しない", []],
  ])("finds %p as %p (name matches before description matches)", (query, ids) => {
    expect(searchFunctions(CATALOGUE, query).map((f) => f.id)).toEqual(ids);
  });

  it("finds every catalogue function by its own id and by its Japanese and English names", () => {
    for (const f of FUNCTIONS) {
      expect(searchFunctions(FUNCTIONS, f.id).map((m) => m.id)).toContain(f.id);
      expect(searchFunctions(FUNCTIONS, f.ja.name).map((m) => m.id)).toContain(f.id);
      expect(searchFunctions(FUNCTIONS, f.en.name).map((m) => m.id)).toContain(f.id);
    }
  });
});
