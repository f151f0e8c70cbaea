import { useCallback, useState } from "react";
import type { FunctionSpec } from "../../core/catalogue/types";
import { boxAddress, parseA1Range } from "../../core/grid";
import {
  computeWithSources,
  undoWrite,
  writeComputedValue,
  type WriteResult,
} from "../../workflows/written-values";
import type { ArgSource, Computation } from "../../workflows/written-values-types";
import { WorkbookError } from "../../workbook/port";
import type { RangeRef, WorkbookPort } from "../../workbook/port";
import { describeError } from "../describeError";
import { usePaneAction } from "../usePaneAction";
import { useLanguage, useText } from "../useText";
import { refText } from "../../workflows/written-values-formula";
import { targetCell } from "./useInsertFunction";

/** The cells a result fills from `target`'s top-left: one cell, or the block of a matrix result. */
export function resultBlock(target: RangeRef, computation: Computation): RangeRef {
  const box = parseA1Range(target.address);
  const value = computation.outcome.ok ? computation.outcome.value : null;
  if (!box || !Array.isArray(value)) return target;
  const cols = value.reduce((w, row) => Math.max(w, row.length), 1);
  return {
    sheet: target.sheet,
    address: boxAddress({ top: box.top, left: box.left, rows: Math.max(value.length, 1), cols }),
  };
}

/**
 * What the block holds now, as text for the overwrite question: one cell's content, or
 * "B5: 12, B6: =SUM(A1:A3)" for the cells of a block that are not empty (formulas as formulas).
 */
async function blockContent(port: WorkbookPort, block: RangeRef): Promise<string> {
  const grid = await port.readRange(block, { formulas: true });
  const cells: string[] = [];
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const formula = grid.formulas?.[r]?.[c] ?? "";
      const text = formula !== "" ? formula : String(value);
      if (text === "") return;
      const address = boxAddress({ top: grid.top + r, left: grid.left + c, rows: 1, cols: 1 });
      cells.push(`${address}: ${text}`);
    })
  );
  const one = grid.values.length === 1 && (grid.values[0]?.length ?? 0) === 1;
  return one ? (cells[0]?.replace(/^[A-Z]+\d+: /, "") ?? "") : cells.join(", ");
}

/**
 * 「値として書き込む」 for one function: compute from the argument sources (showing the result,
 * the input problems and the equivalent formula), the target (the selection's top-left cell,
 * shown before writing), write with a question before overwriting a cell that is not empty, and
 * an exact undo of the last write. One action at a time (usePaneAction).
 *
 * @example const vw = useValueWriting(port, spec); vw.compute(args); vw.write(false);
 */
export function useValueWriting(port: WorkbookPort, spec: FunctionSpec) {
  const t = useText();
  const lang = useLanguage();
  const describe = useCallback((error: unknown) => describeError(error, lang), [lang]);
  const { acting, notice, setNotice, act } = usePaneAction(describe);
  const [computation, setComputation] = useState<Computation | null>(null);
  const [target, setTarget] = useState<RangeRef | null>(null);
  const [confirm, setConfirm] = useState<{ block: RangeRef; content: string } | null>(null);
  const [written, setWritten] = useState<WriteResult | null>(null);

  const compute = useCallback(
    (args: ArgSource[]) =>
      act(async () => {
        setConfirm(null);
        setComputation(null);
        const result = await computeWithSources(port, spec.id, args);
        setComputation(result);
        setTarget(await targetCell(port));
        return null;
      }),
    [act, port, spec.id]
  );

  const retarget = useCallback(
    () =>
      act(async () => {
        setConfirm(null);
        setTarget(await targetCell(port));
        return null;
      }),
    [act, port]
  );

  const write = useCallback(
    (overwrite: boolean) => {
      if (!computation || !target) return;
      void act(async () => {
        setConfirm(null);
        try {
          const result = await writeComputedValue(
            port,
            { functionId: spec.id, args: computation.args, target },
            { overwrite, now: new Date() }
          );
          setWritten(result);
          return null;
        } catch (error) {
          if (
            overwrite ||
            !(error instanceof WorkbookError && error.code === "workbook.cellNotEmpty")
          )
            throw error;
          const block = resultBlock(target, computation);
          setConfirm({ block, content: await blockContent(port, block) });
          return null;
        }
      });
    },
    [act, computation, port, spec.id, target]
  );

  const dismiss = useCallback(() => setConfirm(null), []);

  const undo = useCallback(() => {
    if (!written) return;
    void act(async () => {
      await undoWrite(port, written);
      setWritten(null);
      return {
        intent: "info",
        text: t("writtenValues.pane.undone", { cell: refText(written.record.target) }),
      };
    });
  }, [act, port, t, written]);

  return {
    acting,
    notice,
    setNotice,
    computation,
    target,
    confirm,
    written,
    compute,
    retarget,
    write,
    dismiss,
    undo,
  };
}
