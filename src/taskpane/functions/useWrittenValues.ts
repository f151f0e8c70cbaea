import { useCallback, useEffect, useState } from "react";
import { flushSync } from "react-dom";
import {
  loadWrittenValues,
  recalculateWrittenValues,
  removeWrittenValue,
  undoRecalculation,
} from "../../workflows/written-values";
import type { RecalcReport, WrittenValue } from "../../workflows/written-values-types";
import type { WorkbookPort } from "../../workbook/port";
import { describeError } from "../describeError";
import { failure, useAbortableRun } from "../useAbortableRun";
import { usePaneAction } from "../usePaneAction";
import { useLanguage, useText } from "../useText";
import { refText } from "../../workflows/written-values-formula";

export type RecalcState =
  | { status: "idle" }
  | { status: "running"; done: number; total: number }
  /** `records` are the records as they were before the run, to name each item's cell and function. */
  | { status: "done"; report: RecalcReport; records: WrittenValue[] }
  | { status: "cancelled" }
  | { status: "error"; message: string };

/**
 * 「書き込んだ値」: the records the workbook holds (read on mount), 「再計算」 with progress and
 * cancel (one run at a time, aborted with the pane), its exact undo, selecting a record's cell and
 * removing a record (value kept, or the cells put back as before the first write).
 *
 * @example const wv = useWrittenValues(port); wv.recalculate();
 */
export function useWrittenValues(port: WorkbookPort) {
  const t = useText();
  const lang = useLanguage();
  const describe = useCallback((error: unknown) => describeError(error, lang), [lang]);
  const { acting, notice, setNotice, act } = usePaneAction(describe);
  const [records, setRecords] = useState<WrittenValue[] | null>(null);
  /** Records in the workbook's setting that failed the shape check and are left out. */
  const [ignored, setIgnored] = useState(0);
  const [recalc, setRecalc] = useState<RecalcState>({ status: "idle" });
  const runs = useAbortableRun(port);

  const show = useCallback((loaded: { records: WrittenValue[]; ignored: number }) => {
    setRecords(loaded.records);
    setIgnored(loaded.ignored);
  }, []);

  const reload = useCallback(async () => show(await loadWrittenValues(port)), [port, show]);

  useEffect(() => {
    let live = true;
    loadWrittenValues(port).then(
      (loaded) => live && show(loaded),
      (error: unknown) => live && setNotice({ intent: "error", text: describe(error) })
    );
    return () => {
      live = false;
    };
  }, [port, describe, setNotice, show]);

  const recalculate = useCallback(() => {
    const own = runs.begin();
    const before = records ?? [];
    setNotice(null);
    setRecalc({ status: "running", done: 0, total: before.length });
    const onProgress = (done: number, total: number) => {
      if (!own.signal.aborted) flushSync(() => setRecalc({ status: "running", done, total }));
    };
    recalculateWrittenValues(port, { now: new Date(), signal: own.signal, onProgress })
      .then(async (report) => {
        if (!runs.isCurrent(own)) return;
        const loaded = await loadWrittenValues(port);
        if (!runs.settle(own)) return;
        show(loaded);
        setRecalc({ status: "done", report, records: before });
      })
      .catch((error: unknown) => {
        if (runs.settle(own)) setRecalc(failure(own, error, () => describe(error)));
      });
  }, [runs, records, port, describe, setNotice, show]);

  const cancel = useCallback(() => {
    if (runs.cancel()) setRecalc({ status: "cancelled" });
  }, [runs]);

  const undoRecalc = useCallback(() => {
    if (recalc.status !== "done") return;
    const { report } = recalc;
    void act(async () => {
      await undoRecalculation(port, report);
      await reload();
      setRecalc({ status: "idle" });
      return { intent: "info", text: t("writtenValues.pane.recalcUndone") };
    });
  }, [recalc, act, port, reload, t]);

  const select = useCallback(
    (record: WrittenValue) =>
      void act(async () => {
        await port.selectRange(record.target);
        return {
          intent: "info",
          text: t("writtenValues.pane.selected", { cell: refText(record.target) }),
        };
      }),
    [act, port, t]
  );

  const remove = useCallback(
    (record: WrittenValue, mode: "keep" | "restore") =>
      void act(async () => {
        await removeWrittenValue(port, record.id, mode);
        await reload();
        // The last report's undo no longer matches the list once a record is gone.
        setRecalc({ status: "idle" });
        const cell = refText(record.target);
        return {
          intent: "success",
          text:
            mode === "keep"
              ? t("writtenValues.pane.removedKept", { cell })
              : t("writtenValues.pane.removedRestored", { cell }),
        };
      }),
    [act, port, reload, t]
  );

  return {
    records,
    ignored,
    recalc,
    acting,
    notice,
    recalculate,
    cancel,
    undoRecalc,
    select,
    remove,
  };
}
