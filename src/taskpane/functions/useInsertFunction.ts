import { useCallback, useState } from "react";
import { cellAddress, parseA1Range } from "../../core/grid";
import { WorkbookError } from "../../workbook/port";
import { wholeLinesBox } from "../../workbook/rangeBox";
import type { CellSnapshot, RangeRef, WorkbookPort } from "../../workbook/port";
import { describeError } from "../describeError";
import { useLanguage } from "../useText";

export type InsertState =
  | { status: "idle" }
  | { status: "busy" }
  /** The cell holds something: ask before overwriting. `content` is shown as text only. */
  | { status: "confirm"; ref: RangeRef; content: string; formula: string }
  | { status: "inserted"; ref: RangeRef; formula: string; previous: CellSnapshot }
  | { status: "restored"; ref: RangeRef }
  | { status: "error"; message: string };

/**
 * The formula the button writes: the function with empty parentheses; the argument hints are
 * shown beside the button instead of being typed into the cell.
 *
 * @example insertionFormula("REAL_DEBT_SERVICE_RATIO") // "=ZAISEI.REAL_DEBT_SERVICE_RATIO()"
 */
export function insertionFormula(id: string): string {
  return `=ZAISEI.${id}()`;
}

/**
 * The top-left cell of the selection: a function (or a value) goes into one cell. Whole columns
 * or rows ("C:D" after clicking column headers) start at their first cell, as Excel's active
 * cell does.
 *
 * @example await targetCell(port) // { sheet: "計算", address: "C1" } when "C:D" is selected
 */
export async function targetCell(port: WorkbookPort): Promise<RangeRef> {
  const selection = await port.getSelection();
  const box = parseA1Range(selection.address) ?? wholeLinesBox(selection.address);
  return {
    sheet: selection.sheet,
    address: box ? cellAddress({ row: box.top, col: box.left }) : selection.address,
  };
}

/**
 * Writes `=ZAISEI.ID()` into the selected cell. The port refuses a cell that is not empty; the
 * user is then asked before overwriting, and every write can be undone exactly through
 * `restoreCell`, because Excel's own undo is not reliable for add-in writes.
 *
 * @example const { state, insert, overwrite, undo } = useInsertFunction(port);
 */
export function useInsertFunction(port: WorkbookPort) {
  const lang = useLanguage();
  const [state, setState] = useState<InsertState>({ status: "idle" });
  const fail = useCallback(
    (error: unknown) => setState({ status: "error", message: describeError(error, lang) }),
    [lang]
  );

  const write = useCallback(
    async (ref: RangeRef, formula: string, overwrite: boolean) => {
      setState({ status: "busy" });
      try {
        const { previous } = await port.writeFormula(ref, formula, { overwrite });
        setState({ status: "inserted", ref, formula, previous });
      } catch (error) {
        if (!(error instanceof WorkbookError && error.code === "workbook.cellNotEmpty"))
          throw error;
        const grid = await port.readRange(ref);
        setState({ status: "confirm", ref, formula, content: String(grid.values[0]?.[0] ?? "") });
      }
    },
    [port]
  );

  const insert = useCallback(
    (id: string) => {
      setState({ status: "busy" });
      targetCell(port)
        .then((ref) => write(ref, insertionFormula(id), false))
        .catch(fail);
    },
    [port, write, fail]
  );

  const overwrite = useCallback(() => {
    if (state.status === "confirm") write(state.ref, state.formula, true).catch(fail);
  }, [state, write, fail]);

  const undo = useCallback(() => {
    if (state.status !== "inserted") return;
    const { ref, previous } = state;
    setState({ status: "busy" });
    port.restoreCell(ref, previous).then(() => setState({ status: "restored", ref }), fail);
  }, [state, port, fail]);

  const dismiss = useCallback(() => setState({ status: "idle" }), []);

  return { state, insert, overwrite, undo, dismiss };
}
