import { useCallback, useEffect, useMemo, useRef } from "react";
import { isAbort } from "./describeError";

/** One run of a long job: its signal, for the workflow. */
export interface Run {
  readonly signal: AbortSignal;
}

/**
 * One cancellable run at a time, for the pane's long jobs (読み取り, 検算, KPI): starting a run
 * aborts the one before it; unmounting, or a new `resetKey` (the workbook), aborts the current
 * one. A run that settles reports only while it is still the current one, so a cancelled or
 * superseded run never touches the state afterwards.
 *
 * @example const runs = useAbortableRun(port); const run = runs.begin(); job(run.signal).then((r) => { if (runs.settle(run)) setState(done(r)); });
 */
export function useAbortableRun(resetKey: unknown): {
  begin: () => Run;
  /** True while `run` is the current run (before an await that may outlive it). */
  isCurrent: (run: Run) => boolean;
  /** Ends `run` if it is still the current one; true when its outcome should be shown. */
  settle: (run: Run) => boolean;
  /** Aborts the current run; true when there was one. */
  cancel: () => boolean;
} {
  const current = useRef<AbortController | null>(null);
  const runs = useRef(new WeakMap<Run, AbortController>());

  useEffect(
    () => () => {
      current.current?.abort();
      current.current = null;
    },
    [resetKey]
  );

  const begin = useCallback((): Run => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    const run: Run = { signal: controller.signal };
    runs.current.set(run, controller);
    return run;
  }, []);

  const isCurrent = useCallback(
    (run: Run) => current.current !== null && runs.current.get(run) === current.current,
    []
  );

  const settle = useCallback(
    (run: Run) => {
      if (!isCurrent(run)) return false;
      current.current = null;
      return true;
    },
    [isCurrent]
  );

  const cancel = useCallback(() => {
    const controller = current.current;
    if (!controller) return false;
    controller.abort();
    current.current = null;
    return true;
  }, []);

  // One object for the hook's life, so callers can list it as a dependency.
  return useMemo(() => ({ begin, isCurrent, settle, cancel }), [begin, isCurrent, settle, cancel]);
}

/**
 * The state a failed run ends in: cancelled when it was aborted (or the error is an abort),
 * otherwise the error with the message the caller words.
 *
 * @example setState(failure(run, error, () => describeError(error, lang)))
 */
export function failure(
  run: Run,
  error: unknown,
  message: () => string
): { status: "cancelled" } | { status: "error"; message: string } {
  return run.signal.aborted || isAbort(error)
    ? { status: "cancelled" }
    : { status: "error", message: message() };
}
