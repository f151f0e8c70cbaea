import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FUNCTIONS } from "../../src/core/catalogue";
import {
  GENERATED_HEADER,
  renderFunctionsSource,
} from "../../src/functions/generate/renderFunctionsSource";
import { renderJaLocalization } from "../../src/functions/generate/renderJaLocalization";
import { formatGenerated } from "../../src/functions/generate/formatGenerated";
import * as generated from "../../src/functions/functions";

const root = join(__dirname, "../..");
const read = (path: string) => readFileSync(join(root, path), "utf8");
const STALE = "stale: run npx tsx scripts/gen-functions.ts";

describe("src/functions/functions.ts", () => {
  it("is what scripts/gen-functions.ts writes from the catalogue", () => {
    const path = "src/functions/functions.ts";
    const expected = formatGenerated(join(root, path), renderFunctionsSource(FUNCTIONS));
    expect({ file: read(path), hint: STALE }).toEqual({ file: expected, hint: STALE });
  });

  it("starts with the generated header and exports one function declaration per entry", () => {
    expect(read("src/functions/functions.ts").startsWith(GENERATED_HEADER)).toBe(true);
    expect(Object.keys(generated).sort()).toEqual(
      FUNCTIONS.map((f) => f.id.replace(/\./g, "_")).sort()
    );
  });

  it("calls the runner with the arguments in order", () => {
    // Outside Excel the runner throws on an error, so only successful calls are checked here.
    expect(
      (generated as Record<string, (...a: unknown[]) => unknown>).WAREKI?.(2025, "short")
    ).toBe("R7");
    expect((generated as Record<string, (...a: unknown[]) => unknown>).VALUE?.("4億円")).toBe(
      400000000
    );
  });
});

describe("src/functions/functions-ja-localization.json", () => {
  it("is what scripts/gen-functions.ts writes from the catalogue", () => {
    const path = "src/functions/functions-ja-localization.json";
    const expected = formatGenerated(join(root, path), renderJaLocalization(FUNCTIONS));
    expect({ file: read(path), hint: STALE }).toEqual({ file: expected, hint: STALE });
  });
});
