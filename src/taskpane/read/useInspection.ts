import { useCallback, useState } from "react";
import { flushSync } from "react-dom";
import { WorkbookError } from "../../workbook/port";
import type { WorkbookPort } from "../../workbook/port";
import { inspectRange } from "../../workflows/inspect-range";
import type { InspectionReport, InspectPhase } from "../../workflows/inspect-range";
import { formatMessage } from "../../core/messages";
import type { Language } from "../../core/messages";
import { describeError } from "../describeError";
import { failure, useAbortableRun } from "../useAbortableRun";
import { useLanguage } from "../useText";

/**
 * "workbook.emptyRange" names only the sheet (one of its uses has no address), so it cannot say
 * which cells were empty; for the user who pressed the button on an empty selection, the pane
 * names the selection and what to do instead.
 */
function describeReadError(error: unknown, lang: Language): string {
  if (
    error instanceof WorkbookError &&
    error.code === "workbook.emptyRange" &&
    error.params.address !== undefined
  ) {
    const address = `${error.params.sheet ?? ""}!${error.params.address}`;
    return formatMessage({ code: "ui.read.emptySelection", params: { address } }, lang);
  }
  return describeError(error, lang);
}

export type InspectionState =
  | { status: "idle" }
  | { status: "reading"; done: number; total: number }
  | { status: "analyzing"; done: number; total: number }
  | { status: "done"; report: InspectionReport }
  | { status: "cancelled" }
  | { status: "error"; message: string };

/**
 * Runs {@link inspectRange} on the current selection with progress and cancellation. The port
 * reports progress per block and yields between blocks, so React can paint the bar meanwhile;
 * once the cells are in, the state turns "analyzing" and follows the recognition slice by slice
 * (the workflow yields to the event loop after each report, so 中止 still works).
 * A read still running when the pane unmounts is aborted (no state update after unmount).
 *
 * @example const { state, start, cancel } = useInspection(port);
 */
export function useInspection(port: WorkbookPort): {
  state: InspectionState;
  start: () => void;
  cancel: () => void;
} {
  const lang = useLanguage();
  const [state, setState] = useState<InspectionState>({ status: "idle" });
  const runs = useAbortableRun(port);

  const start = useCallback(() => {
    const own = runs.begin();
    setState({ status: "reading", done: 0, total: 0 });
    const onProgress = (done: number, total: number) => {
      if (!own.signal.aborted) setState({ status: "reading", done, total });
    };
    // Committed at once (not batched): the workflow gives the event loop one turn after each
    // report, and the DOM must already show it when the browser gets the chance to paint.
    const onPhase = (phase: InspectPhase) => {
      if (phase === "recognizing" && !own.signal.aborted)
        flushSync(() => setState({ status: "analyzing", done: 0, total: 0 }));
    };
    const onRecognizeProgress = (done: number, total: number) => {
      if (!own.signal.aborted) flushSync(() => setState({ status: "analyzing", done, total }));
    };
    const options = { onProgress, onPhase, onRecognizeProgress, signal: own.signal, lang };
    inspectRange(port, null, options).then(
      (report) => {
        if (!runs.settle(own)) return;
        setState(own.signal.aborted ? { status: "cancelled" } : { status: "done", report });
      },
      (error: unknown) => {
        if (runs.settle(own)) setState(failure(own, error, () => describeReadError(error, lang)));
      }
    );
  }, [port, lang, runs]);

  const cancel = useCallback(() => {
    if (runs.cancel()) setState({ status: "cancelled" });
  }, [runs]);

  return { state, start, cancel };
}
