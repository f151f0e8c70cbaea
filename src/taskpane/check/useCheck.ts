import { useCallback, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { formatMessage } from "../../core/messages";
import type { Language } from "../../core/messages";
import { WorkbookError } from "../../workbook/port";
import type { WorkbookPort } from "../../workbook/port";
import { checkTableInWorkbook, loadLastCheck } from "../../workflows";
import type { CheckReport, CheckRequest, StoredCheck } from "../../workflows";
import { describeError, isAbort } from "../describeError";
import { useLanguage } from "../useText";

export type CheckPhase = "reading" | "analyzing" | "checking";

export type CheckState =
  | { status: "idle" }
  | { status: "running"; phase: CheckPhase; done: number; total: number }
  | { status: "done"; report: CheckReport; checkedAt: Date }
  | { status: "stored"; stored: StoredCheck }
  | { status: "cancelled" }
  | { status: "error"; message: string };

/** The user pressed a check button on an empty selection: name it and say what to do. */
function describeCheckError(error: unknown, lang: Language): string {
  if (
    error instanceof WorkbookError &&
    error.code === "workbook.emptyRange" &&
    error.params.address !== undefined
  ) {
    const address = `${error.params.sheet ?? ""}!${error.params.address}`;
    return formatMessage({ code: "ui.check.emptySelection", params: { address } }, lang);
  }
  return describeError(error, lang);
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
  const controller = useRef<AbortController | null>(null);

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
      controller.current?.abort();
      controller.current = null;
    };
  }, [port]);

  const start = useCallback(
    (target: CheckRequest["target"]) => {
      controller.current?.abort();
      const own = new AbortController();
      controller.current = own;
      setState({ status: "running", phase: "reading", done: 0, total: 0 });
      let checkedAt = new Date();
      const now = () => (checkedAt = new Date());
      // Committed at once: the workflow yields after each report, and the bar must show it.
      const onProgress = (p: { phase: CheckPhase; done: number; total: number }) => {
        if (!own.signal.aborted) flushSync(() => setState({ status: "running", ...p }));
      };
      checkTableInWorkbook(port, { target, lang, signal: own.signal, onProgress, now }).then(
        (report) => {
          if (controller.current !== own) return;
          controller.current = null;
          setState(
            own.signal.aborted ? { status: "cancelled" } : { status: "done", report, checkedAt }
          );
        },
        (error: unknown) => {
          if (controller.current !== own) return;
          controller.current = null;
          setState(
            own.signal.aborted || isAbort(error)
              ? { status: "cancelled" }
              : { status: "error", message: describeCheckError(error, lang) }
          );
        }
      );
    },
    [port, lang]
  );

  const cancel = useCallback(() => {
    const own = controller.current;
    if (!own) return;
    own.abort();
    controller.current = null;
    setState({ status: "cancelled" });
  }, []);

  return { state, start, cancel };
}
