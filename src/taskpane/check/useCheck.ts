import { useCallback, useEffect, useState } from "react";
import { flushSync } from "react-dom";
import { formatMessage } from "../../core/messages";
import type { Language } from "../../core/messages";
import { WorkbookError } from "../../workbook/port";
import type { WorkbookPort } from "../../workbook/port";
import { checkTableInWorkbook, loadLastCheck } from "../../workflows";
import type { CheckReport, CheckRequest, StoredCheck } from "../../workflows";
import { describeError, isAbort } from "../describeError";
import { failure, useAbortableRun } from "../useAbortableRun";
import { useLanguage } from "../useText";

export type CheckPhase = "reading" | "analyzing" | "checking";

export type CheckState =
  | { status: "idle" }
  | { status: "running"; phase: CheckPhase; done: number; total: number }
  | { status: "done"; report: CheckReport }
  | { status: "stored"; stored: StoredCheck }
  | { status: "cancelled" }
  | { status: "error"; message: string };

/**
 * The range an empty-range rejection is about, as "sheet!A1:D7": the error's own address, else
 * the range asked for (for the selection, asked again: the workflow names only the sheet when
 * the cells it read hold nothing). Null for any other error or a whole sheet.
 */
async function emptyAddress(
  port: WorkbookPort,
  target: CheckRequest["target"],
  error: unknown
): Promise<string | null> {
  if (!(error instanceof WorkbookError) || error.code !== "workbook.emptyRange") return null;
  if (error.params.address !== undefined)
    return `${error.params.sheet ?? ""}!${error.params.address}`;
  if (target.kind === "range") return `${target.ref.sheet}!${target.ref.address}`;
  if (target.kind === "sheet") return null;
  const selection = await port.getSelection().catch(() => null);
  return selection ? `${selection.sheet}!${selection.address}` : null;
}

/** An empty selection or range gets the pane's own sentence: which cells, and what to do. */
function describeCheckError(error: unknown, address: string | null, lang: Language): string {
  return address !== null
    ? formatMessage({ code: "ui.check.emptySelection", params: { address } }, lang)
    : describeError(error, lang);
}

/**
 * Runs {@link checkTableInWorkbook} with progress (reading / analysing / checking) and
 * cancellation, and on mount shows the workbook's last check ({@link loadLastCheck}) until a new
 * check runs. A check still running when the pane unmounts is aborted.
 *
 * @example const { state, start, cancel } = useCheck(port); start({ kind: "selection" });
 */
export function useCheck(port: WorkbookPort): {
  state: CheckState;
  start: (target: CheckRequest["target"]) => void;
  cancel: () => void;
} {
  const lang = useLanguage();
  const [state, setState] = useState<CheckState>({ status: "idle" });
  const runs = useAbortableRun(port);

  useEffect(() => {
    let live = true;
    loadLastCheck(port).then(
      (stored) => {
        if (live && stored)
          setState((s) => (s.status === "idle" ? { status: "stored", stored } : s));
      },
      // A last check the workbook cannot give back is no reason to block a new one.
      () => undefined
    );
    return () => {
      live = false;
    };
  }, [port]);

  const start = useCallback(
    (target: CheckRequest["target"]) => {
      const own = runs.begin();
      setState({ status: "running", phase: "reading", done: 0, total: 0 });
      // Committed at once: the workflow yields after each report, and the bar must show it.
      const onProgress = (p: { phase: CheckPhase; done: number; total: number }) => {
        if (!own.signal.aborted) flushSync(() => setState({ status: "running", ...p }));
      };
      checkTableInWorkbook(port, { target, lang, signal: own.signal, onProgress }).then(
        (report) => {
          if (!runs.settle(own)) return;
          setState(own.signal.aborted ? { status: "cancelled" } : { status: "done", report });
        },
        async (error: unknown) => {
          if (!runs.isCurrent(own)) return;
          const cancelled = own.signal.aborted || isAbort(error);
          const where = cancelled ? null : await emptyAddress(port, target, error);
          if (runs.settle(own))
            setState(failure(own, error, () => describeCheckError(error, where, lang)));
        }
      );
    },
    [port, lang, runs]
  );

  const cancel = useCallback(() => {
    if (runs.cancel()) setState({ status: "cancelled" });
  }, [runs]);

  return { state, start, cancel };
}
