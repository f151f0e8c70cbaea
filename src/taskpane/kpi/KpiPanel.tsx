import { useCallback, useEffect, useMemo, useState } from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { planKpiCharts } from "../../core/chart/planKpiCharts";
import type { ChartPagePlan, ChartPlan, ChartPlanKind } from "../../core/chart/types";
import { defaultEvaluationYear, evaluateKpi } from "../../core/kpi/evaluateKpi";
import { DEFAULT_SCHEME_ID, GRADING_PRESETS } from "../../core/kpi/gradingSchemes";
import type { GradingScheme, KpiEvaluation, KpiRegister } from "../../core/kpi/types";
import type { WorkbookPort } from "../../workbook/port";
import { createKpiSheet, saveGradingScheme } from "../../workflows/kpi";
import { useFeatureGate } from "../capabilities/FeatureGate";
import { describeError } from "../describeError";
import { usePaneAction } from "../usePaneAction";
import type { Notice } from "../usePaneAction";
import { useLanguage, useText } from "../useText";
import { AttentionList } from "./AttentionList";
import { CHART_KINDS, ChartPreviews } from "./ChartPreviews";
import { chosenOptions, includeChart } from "./chartChoice";
import { CreateKpiSheet } from "./CreateKpiSheet";
import { KpiSummaryView } from "./KpiSummaryView";
import { yearOptionText } from "./kpiText";
import { SchemeEditor, schemeName } from "./SchemeEditor";
import { ThreeEView, hasThreeE } from "./ThreeEView";
import { useChartGeneration } from "./useChartGeneration";
import { useKpiWorkbook } from "./useKpiWorkbook";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: "0",
  },
  actions: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    flexWrap: "wrap",
  },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: "0",
  },
});

const DEFAULT_SCHEME: GradingScheme =
  GRADING_PRESETS.find((p) => p.id === DEFAULT_SCHEME_ID) ?? (GRADING_PRESETS[0] as GradingScheme);

export interface KpiPanelProps {
  port: WorkbookPort;
  /** True while the tab is shown: the workbook is searched for registers the first time it is. */
  active: boolean;
}

/**
 * 「KPI」: finds the workbook's KPI registers, evaluates the chosen one for an evaluation year
 * under the grading scheme in force (presets, or edited bands saved in the workbook), and shows
 * the summary per status and テーマ, the rows that need attention (choosing one selects its cell),
 * the rows it could not read, the 3E view, and a preview of every planned chart with a checkbox;
 * 「グラフを作成」 draws them with progress and cancel, then offers to jump to the page.
 * 「KPIシートを作成」 adds an empty register for a chosen plan period.
 *
 * @example <KpiPanel port={port} active={tab === "kpi"} />
 */
export function KpiPanel({ port, active }: KpiPanelProps) {
  const t = useText();
  const lang = useLanguage();
  const styles = useStyles();
  const workbook = useKpiWorkbook(port);
  const generation = useChartGeneration(port);
  const { acting, notice, setNotice, act } = usePaneAction((error) => describeError(error, lang));
  const [searched, setSearched] = useState(false);
  const { state, find } = workbook;

  useEffect(() => {
    if (active && !searched) {
      setSearched(true);
      find();
    }
  }, [active, searched, find]);

  const running = generation.state.status === "running";
  const busy = acting || running || state.status === "finding" || state.status === "reading";
  const scheme = workbook.scheme ?? DEFAULT_SCHEME;

  const saveScheme = (next: GradingScheme) =>
    void act(async () => {
      await saveGradingScheme(port, next);
      workbook.setScheme(next);
      return {
        intent: "success",
        text: t("kpiPane.schemeSaved", { name: schemeName(next, lang, t) }),
      };
    });

  const create = ({ fromYear, toYear }: { fromYear: number; toYear: number }) =>
    void act(async () => {
      const { sheet } = await createKpiSheet(port, { fromYear, toYear, lang });
      await port.selectRange({ sheet, address: "A1" });
      find(sheet);
      return { intent: "success", text: t("kpiPane.created", { sheet }) };
    });

  const register = state.status === "ready" ? state.register : null;
  const registers = "registers" in state ? state.registers : [];
  const chosenSheet =
    state.status === "ready"
      ? state.register.sheet
      : state.status === "reading" || state.status === "unreadable"
        ? state.sheet
        : "";

  return (
    <div className={styles.root}>
      <Text>{t("kpiPane.intro")}</Text>
      <div className={styles.actions}>
        <Button disabled={busy} onClick={() => find(chosenSheet || undefined)}>
          {t("kpiPane.find")}
        </Button>
      </div>
      {state.status === "finding" && <Spinner size="tiny" label={t("kpiPane.finding")} />}
      {state.status === "none" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("kpiPane.noRegister")}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "error" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("kpiPane.failed")}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {registers.length > 0 && (
        <Field label={t("kpiPane.register")}>
          <Select
            value={chosenSheet}
            disabled={busy}
            onChange={(_, d) => {
              setNotice(null);
              workbook.choose(d.value);
            }}
          >
            {registers.map((r) => (
              <option key={r.sheet} value={r.sheet}>
                {t("kpiPane.registerOption", { sheet: r.sheet, items: r.items })}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {state.status === "reading" && (
        <Field
          label={t("kpiPane.reading", { sheet: state.sheet })}
          validationState="none"
          validationMessage={
            state.total > 0
              ? t("kpiPane.readProgress", { done: state.done, total: state.total })
              : undefined
          }
        >
          <ProgressBar value={state.total > 0 ? state.done / state.total : undefined} max={1} />
        </Field>
      )}
      {state.status === "unreadable" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("kpiPane.notRegister", { sheet: state.sheet, reason: state.message })}
          </MessageBarBody>
        </MessageBar>
      )}
      {register && (
        <RegisterView
          key={register.sheet}
          port={port}
          register={register}
          scheme={scheme}
          onSaveScheme={saveScheme}
          generation={generation}
          notice={notice}
          act={act}
          busy={busy}
        />
      )}
      {!register && notice && <NoticeBar notice={notice} />}
      <CreateKpiSheet onCreate={create} busy={busy} />
    </div>
  );
}

function NoticeBar({ notice }: { notice: Notice }) {
  const t = useText();
  return (
    <MessageBar intent={notice.intent} layout="multiline">
      <MessageBarBody>
        {notice.intent === "error" && <MessageBarTitle>{t("kpiPane.failed")}</MessageBarTitle>}
        {notice.text}
      </MessageBarBody>
    </MessageBar>
  );
}

interface RegisterViewProps {
  port: WorkbookPort;
  register: KpiRegister;
  scheme: GradingScheme;
  onSaveScheme: (scheme: GradingScheme) => void;
  generation: ReturnType<typeof useChartGeneration>;
  notice: Notice | null;
  act: (job: () => Promise<Notice | null>) => Promise<void>;
  busy: boolean;
}

/** Everything about one register: year, scheme, summary, attention, 3E, charts. */
function RegisterView({
  port,
  register,
  scheme,
  onSaveScheme,
  generation,
  notice,
  act,
  busy,
}: RegisterViewProps) {
  const t = useText();
  const lang = useLanguage();
  const styles = useStyles();
  const [year, setYear] = useState(() => defaultEvaluationYear(register));
  const [kinds, setKinds] = useState<ReadonlySet<ChartPlanKind>>(() => new Set(CHART_KINDS));
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(() => new Set());
  const chartsGate = useFeatureGate("kpiCharts");

  const evaluation: KpiEvaluation = useMemo(
    () => evaluateKpi(register, { fiscalYear: year, scheme }),
    [register, year, scheme]
  );
  const candidates: ChartPlan[] = useMemo(
    () => (kinds.size === 0 ? [] : planKpiCharts(evaluation, { lang, kinds: [...kinds] }).charts),
    [evaluation, lang, kinds]
  );
  const options = useMemo(
    () => chosenOptions(candidates, excluded, lang),
    [candidates, excluded, lang]
  );
  const page: ChartPagePlan | null = useMemo(
    () => (options ? planKpiCharts(evaluation, options) : null),
    [evaluation, options]
  );
  const chosen = useMemo(() => new Set(page?.charts.map((c) => c.id) ?? []), [page]);
  // A chosen chart is previewed as the page will draw it; a left-out one as it was planned.
  const shown = useMemo(() => {
    const drawn = new Map(page?.charts.map((c) => [c.id, c]) ?? []);
    return candidates.map((c) => drawn.get(c.id) ?? c);
  }, [candidates, page]);

  const include = useCallback(
    (chart: ChartPlan, on: boolean) =>
      setExcluded((all) => includeChart(candidates, all, chart, on)),
    [candidates]
  );

  const select = (address: string) =>
    void act(async () => {
      await port.selectRange({ sheet: register.sheet, address });
      return {
        intent: "info",
        text: t("kpiPane.selected", { cell: `${register.sheet}!${address}` }),
      };
    });

  const gen = generation.state;
  const outcome = gen.status === "done" ? gen.outcome : null;

  return (
    <div className={styles.root}>
      <Text size={200}>
        {t("kpiPane.registerFacts", {
          items: register.items.length,
          skipped: register.skipped.length,
        })}
      </Text>
      <Field label={t("kpiPane.year")}>
        <Select value={String(year)} disabled={busy} onChange={(_, d) => setYear(Number(d.value))}>
          {register.fiscalYears.map((y) => (
            <option key={y} value={y}>
              {yearOptionText(y, t)}
            </option>
          ))}
        </Select>
      </Field>
      <SchemeEditor scheme={scheme} onSave={onSaveScheme} busy={busy} />
      {notice && <NoticeBar notice={notice} />}
      <KpiSummaryView summary={evaluation.summary} />
      <AttentionList
        progress={evaluation.progress}
        skipped={register.skipped}
        onSelect={select}
        busy={busy}
      />
      {hasThreeE(evaluation.threeE) && (
        <ThreeEView items={evaluation.threeE} themes={evaluation.threeEByTheme} />
      )}
      <section className={styles.section} aria-labelledby="kpi-charts-heading">
        <Text as="h3" id="kpi-charts-heading" size={300} weight="semibold">
          {t("kpiPane.charts")}
        </Text>
        {candidates.length > 0 && (
          <Text size={200}>
            {t("kpiPane.chartCount", { count: chosen.size, all: candidates.length })}
          </Text>
        )}
        <div className={styles.actions}>
          <Button
            appearance="primary"
            {...chartsGate.button(busy || !options)}
            onClick={() => options && generation.start(evaluation, options)}
          >
            {t("kpiPane.generate")}
          </Button>
          {gen.status === "running" && (
            <Button onClick={generation.cancel}>{t("kpiPane.cancel")}</Button>
          )}
        </div>
        {chartsGate.note}
        {gen.status === "running" && (
          <Field
            label={t("kpiPane.progressLabel")}
            validationState="none"
            validationMessage={
              gen.total > 0
                ? t("kpiPane.progress", { done: gen.done, total: gen.total })
                : undefined
            }
          >
            <ProgressBar value={gen.total > 0 ? gen.done / gen.total : undefined} max={1} />
          </Field>
        )}
        {gen.status === "cancelled" && (
          <MessageBar intent="info">
            <MessageBarBody>{t("kpiPane.cancelled")}</MessageBarBody>
          </MessageBar>
        )}
        {gen.status === "error" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("kpiPane.failed")}</MessageBarTitle>
              {gen.message}
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t("kpiPane.generated", { ...outcome })}</MessageBarBody>
          </MessageBar>
        )}
        {outcome && (
          <div className={styles.actions}>
            <Button
              disabled={busy}
              onClick={() =>
                void act(async () => {
                  await port.selectRange({ sheet: outcome.sheet, address: "A1" });
                  return {
                    intent: "info",
                    text: t("kpiPane.selected", { cell: `${outcome.sheet}!A1` }),
                  };
                })
              }
            >
              {t("kpiPane.showResult")}
            </Button>
          </div>
        )}
        <ChartPreviews
          charts={shown}
          chosen={chosen}
          onInclude={include}
          kinds={kinds}
          onKind={(kind, on) =>
            setKinds((all) => {
              const next = new Set(all);
              if (on) next.add(kind);
              else next.delete(kind);
              return next;
            })
          }
          busy={busy}
        />
      </section>
    </div>
  );
}
