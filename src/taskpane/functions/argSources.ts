import type { ParamSpec } from "../../core/catalogue/types";
import type { ArgSource } from "../../workflows/written-values-types";
import type { RangeRef } from "../../workbook/port";
import { parseSheetReference } from "../../core/grid";

/** One parameter's row in 「値として書き込む」: cells (a reference) or a typed constant. */
export interface ArgInput {
  mode: "cells" | "typed";
  text: string;
}

/** Required parameters start on セル (the usual case: a figure in the sheet); optional ones typed and empty (left out). */
export function initialArgInputs(params: readonly ParamSpec[]): ArgInput[] {
  return params.map((p) => ({ mode: p.optional ? "typed" : "cells", text: "" }));
}

/** The sources the workflow computes from, or the indexes of the references that do not read. */
export type ArgSourcesResult =
  { ok: true; args: ArgSource[] } | { ok: false; badReferences: number[] };

/**
 * Turns the rows into argument sources. An empty row is an omitted argument (the catalogue then
 * says whether it may be left out); a reference without a sheet part is on `currentSheet`; typed
 * text is passed as typed (the workflow reads numbers and the catalogue reads notation).
 *
 * @example argSources([{ mode: "cells", text: "B2" }, { mode: "typed", text: "12.5" }], "計算")
 *   // { ok: true, args: [{ kind: "cells", ref: { sheet: "計算", address: "B2" } }, { kind: "typed", text: "12.5" }] }
 */
export function argSources(inputs: readonly ArgInput[], currentSheet: string): ArgSourcesResult {
  const args: ArgSource[] = [];
  const badReferences: number[] = [];
  inputs.forEach((input, index) => {
    if (input.text.trim() === "") {
      args.push({ kind: "omitted" });
      return;
    }
    if (input.mode === "typed") {
      args.push({ kind: "typed", text: input.text });
      return;
    }
    const ref: RangeRef | null = parseSheetReference(input.text, currentSheet);
    if (ref) args.push({ kind: "cells", ref });
    else badReferences.push(index);
  });
  return badReferences.length > 0 ? { ok: false, badReferences } : { ok: true, args };
}
