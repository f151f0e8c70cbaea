import { useCallback, useState } from "react";
import { flushSync } from "react-dom";
import type { PlanKpiChartsOptions } from "../../core/chart/planKpiCharts";
import type { KpiEvaluation } from "../../core/kpi/types";
import type { WorkbookPort } from "../../workbook/port";
import { generateKpiCharts } from "../../workflows/kpi";
import { describeError } from "../describeError";
import { failure, useAbortableRun } from "../useAbortableRun";
import { useLanguage } from "../useText";

/** What a run of 「グラフを作成」 did: charts new and replaced (by id), removed, on which sheet. */
export interface GenerationOutcome {
  sheet: string;
  drawn: number;
  added: number;
  replaced: number;
  removed: number;
}

export type GenerationState =
  | { status: "idle" }
  | { status: "running"; done: number; total: number }
  | { status: "done"; outcome: GenerationOutcome }
  | { status: "cancelled" }
  | { status: "error"; message: string };

/**
 * Runs {@link generateKpiCharts} with progress and cancel. Which charts were replaced rather than
 * added is told by the add-in's own charts before the run ({@link WorkbookPort.listCharts}): a
 * chart whose id was there is a replacement.
 *
 * @example const { state, start, cancel } = useChartGeneration(port); start(evaluation, { lang: "ja" });
 */
export function useChartGeneration(port: WorkbookPort): {
  state: GenerationState;
  start: (evaluation: KpiEvaluation, options: PlanKpiChartsOptions) => void;
  cancel: () => void;
} {
  const lang = useLanguage();
  const [state, setState] = useState<GenerationState>({ status: "idle" });
  const runs = useAbortableRun(port);

  const start = useCallback(
    (evaluation: KpiEvaluation, options: PlanKpiChartsOptions) => {
      const own = runs.begin();
      setState({ status: "running", done: 0, total: 0 });
      const onProgress = (done: number, total: number) => {
        if (!own.signal.aborted) flushSync(() => setState({ status: "running", done, total }));
      };
      const run = async (): Promise<GenerationOutcome> => {
        const before = new Set((await port.listCharts()).map((c) => c.key));
        const result = await generateKpiCharts(port, evaluation, {
          ...options,
          onProgress,
          signal: own.signal,
        });
        const replaced = result.charts.filter((c) => before.has(c.key)).length;
        return {
          sheet: result.sheet,
          drawn: result.charts.length,
          added: result.charts.length - replaced,
          replaced,
          removed: result.removed,
        };
      };
      run().then(
        (outcome) => {
          if (!runs.settle(own)) return;
          setState(own.signal.aborted ? { status: "cancelled" } : { status: "done", outcome });
        },
        (error: unknown) => {
          if (runs.settle(own)) setState(failure(own, error, () => describeError(error, lang)));
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
