import { useCallback, useState } from "react";
import { flushSync } from "react-dom";
import type { GradingScheme, KpiRegister } from "../../core/kpi/types";
import { formatMessage } from "../../core/messages";
import type { WorkbookPort } from "../../workbook/port";
import { findKpiRegisters, loadGradingScheme, readKpiRegister } from "../../workflows/kpi";
import { describeError } from "../describeError";
import { failure, useAbortableRun } from "../useAbortableRun";
import { useLanguage } from "../useText";

export interface FoundRegister {
  sheet: string;
  items: number;
}

export type KpiWorkbookState =
  | { status: "idle" }
  | { status: "finding" }
  | { status: "none" }
  | {
      status: "reading";
      registers: FoundRegister[];
      sheet: string;
      done: number;
      total: number;
    }
  | { status: "ready"; registers: FoundRegister[]; register: KpiRegister }
  | { status: "unreadable"; registers: FoundRegister[]; sheet: string; message: string }
  | { status: "error"; message: string };

/**
 * The KPI tab's view of the workbook: which sheets hold a KPI register ({@link findKpiRegisters}),
 * the chosen one read ({@link readKpiRegister}, with progress) and the grading scheme the workbook
 * keeps ({@link loadGradingScheme}). `find()` looks again (after a sheet was added); a read still
 * running when another starts or the pane unmounts is aborted.
 *
 * @example const { state, scheme, find, choose } = useKpiWorkbook(port); find();
 */
export function useKpiWorkbook(port: WorkbookPort): {
  state: KpiWorkbookState;
  scheme: GradingScheme | null;
  setScheme: (scheme: GradingScheme) => void;
  find: (prefer?: string) => void;
  choose: (sheet: string) => void;
} {
  const lang = useLanguage();
  const [state, setState] = useState<KpiWorkbookState>({ status: "idle" });
  const [scheme, setScheme] = useState<GradingScheme | null>(null);
  const runs = useAbortableRun(port);

  const read = useCallback(
    (registers: FoundRegister[], sheet: string) => {
      const own = runs.begin();
      setState({ status: "reading", registers, sheet, done: 0, total: 0 });
      const onProgress = (done: number, total: number) => {
        if (!own.signal.aborted)
          flushSync(() => setState({ status: "reading", registers, sheet, done, total }));
      };
      readKpiRegister(port, sheet, { signal: own.signal, onProgress }).then(
        (result) => {
          if (!runs.settle(own)) return;
          setState(
            result.ok
              ? { status: "ready", registers, register: result.register }
              : {
                  status: "unreadable",
                  registers,
                  sheet,
                  message: formatMessage(result.issue, lang),
                }
          );
        },
        (error: unknown) => {
          if (!runs.settle(own)) return;
          const failed = failure(own, error, () => describeError(error, lang));
          // A read aborted by the next one keeps the state the next one sets.
          if (failed.status === "error") setState(failed);
        }
      );
    },
    [port, lang, runs]
  );

  const find = useCallback(
    (prefer?: string) => {
      runs.cancel();
      setState({ status: "finding" });
      Promise.all([findKpiRegisters(port), loadGradingScheme(port).catch(() => null)]).then(
        ([registers, stored]) => {
          if (stored) setScheme(stored);
          const first = registers.find((r) => r.sheet === prefer) ?? registers[0];
          if (!first) setState({ status: "none" });
          else read(registers, first.sheet);
        },
        (error: unknown) => setState({ status: "error", message: describeError(error, lang) })
      );
    },
    [port, lang, read, runs]
  );

  const choose = useCallback(
    (sheet: string) => {
      const registers = "registers" in state ? state.registers : [];
      read(registers, sheet);
    },
    [state, read]
  );

  return { state, scheme, setScheme, find, choose };
}
