import { findFunction } from "../../../src/core/catalogue";
import { argSources, initialArgInputs } from "../../../src/taskpane/functions/argSources";

describe("initialArgInputs", () => {
  it("starts required parameters on cells and optional ones typed and empty", () => {
    // WAREKI(年度, [形式]): src/core/catalogue/foundation/warekiFunction.ts.
    expect(initialArgInputs(findFunction("WAREKI")!.params)).toEqual([
      { mode: "cells", text: "" },
      { mode: "typed", text: "" },
    ]);
  });
});

describe("argSources", () => {
  it("turns references, typed text and empty rows into sources", () => {
    expect(
      argSources(
        [
          { mode: "cells", text: "B2:D2" },
          { mode: "typed", text: "△1,234" },
          { mode: "cells", text: "  " },
          { mode: "cells", text: "'R7 決算'!A1" },
        ],
        "計算"
      )
    ).toEqual({
      ok: true,
      args: [
        { kind: "cells", ref: { sheet: "計算", address: "B2:D2" } },
        { kind: "typed", text: "△1,234" },
        { kind: "omitted" },
        { kind: "cells", ref: { sheet: "R7 決算", address: "A1" } },
      ],
    });
  });

  it("names every reference that does not read, and gives no sources then", () => {
    expect(
      argSources(
        [
          { mode: "cells", text: "B2" },
          { mode: "cells", text: "令和7年度" },
          { mode: "typed", text: "B2" },
          { mode: "cells", text: "ZZZZ1" },
        ],
        "計算"
      )
    ).toEqual({ ok: false, badReferences: [1, 3] });
  });
});
