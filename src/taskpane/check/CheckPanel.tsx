import { useCallback, useMemo } from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { parseRule } from "../../core/check";
import type { Finding } from "../../core/check";
import { formatMessage } from "../../core/messages";
import type { Language } from "../../core/messages";
import { WorkbookError } from "../../workbook/port";
import type { RangeRef, WorkbookPort } from "../../workbook/port";
import {
  clearCheckMarks,
  loadCheckRules,
  markFindings,
  saveCheckRules,
  writeAuditPaper,
} from "../../workflows";
import type { CheckReport, CheckRuleSettings, StoredCheck } from "../../workflows";
import { useFeatureGate } from "../capabilities/FeatureGate";
import { describeError } from "../describeError";
import { usePaneAction } from "../usePaneAction";
import { useLanguage, useText } from "../useText";
import { CheckSummary } from "./CheckSummary";
import { FindingsList } from "./FindingsList";
import { unitsByCell } from "./figureText";
import { RulesList } from "./RulesList";
import type { RuleRow } from "./RulesList";
import { useCheck } from "./useCheck";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    flexWrap: "wrap",
  },
  result: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: "0",
  },
});

/** The checked table, either just now (a full report) or as the workbook remembers it. */
type Shown = { kind: "report"; report: CheckReport } | { kind: "stored"; stored: StoredCheck };

function whenText(date: Date, lang: Language): string {
  return date.toLocaleString(lang === "ja" ? "ja-JP" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  });
}

/** A protected sheet gets the pane's own sentence: nothing was changed, and what to do. */
function describeActionError(error: unknown, lang: Language): string {
  if (error instanceof WorkbookError && error.code === "workbook.sheetProtected") {
    return formatMessage(
      { code: "ui.check.protected", params: { sheet: String(error.params.sheet ?? "") } },
      lang
    );
  }
  return describeError(error, lang);
}

function ruleRows(shown: Shown): RuleRow[] {
  if (shown.kind === "stored") return shown.stored.rules;
  return shown.report.result.rules.map((r) => ({
    id: r.id,
    text: r.text,
    source: r.source,
    enabled: r.enabled,
  }));
}

/**
 * 「検算」: checks the selection or the whole sheet with progress and cancel, shows the counts,
 * rounding and unit, the findings by kind with their evidence (choosing one selects its cell),
 * marks and unmarks the finding cells, lists the rules with switches, adds and removes the
 * user's rules (saved in the workbook), and writes the audit working paper. When the pane opens
 * on a workbook holding a last check, its findings are listed again.
 *
 * @example <CheckPanel port={port} workbookName="himi-fiscal-outlook.xlsx" />
 */
export function CheckPanel({
  port,
  workbookName = "",
}: {
  port: WorkbookPort;
  /** The workbook's file name, written on the audit working paper ("" when the host has none). */
  workbookName?: string;
}) {
  const t = useText();
  const lang = useLanguage();
  const styles = useStyles();
  const marksGate = useFeatureGate("checkMarks");
  const sheetsGate = useFeatureGate("ownSheets");
  const { state, start, cancel } = useCheck(port);
  const { acting, notice, setNotice, act } = usePaneAction((error) =>
    describeActionError(error, lang)
  );
  const running = state.status === "running";
  const busy = running || acting;

  const shown: Shown | null =
    state.status === "done"
      ? { kind: "report", report: state.report }
      : state.status === "stored"
        ? { kind: "stored", stored: state.stored }
        : null;
  const report = shown?.kind === "report" ? shown.report : null;
  const recognition = report?.inspection.recognition ?? null;
  const noTable = recognition !== null && recognition.rows.length === 0;
  const ref: RangeRef | null =
    shown?.kind === "report" ? shown.report.ref : (shown?.stored.ref ?? null);
  const findings: readonly Finding[] =
    shown?.kind === "report" ? shown.report.result.findings : (shown?.stored.findings ?? []);

  const units = useMemo(() => (recognition ? unitsByCell(recognition) : null), [recognition]);
  const unitOf = useCallback((address: string) => units?.get(address) ?? null, [units]);

  const run = (target: Parameters<typeof start>[0]) => {
    setNotice(null);
    start(target);
  };

  const select = (f: Finding) => {
    if (!ref) return;
    void act(async () => {
      await port.selectRange({ sheet: ref.sheet, address: f.address });
      return {
        intent: "info",
        text: t("ui.check.selected", { cell: `${ref.sheet}!${f.address}` }),
      };
    });
  };

  const mark = () => {
    if (!shown) return;
    void act(async () => {
      await markFindings(port, shown.kind === "report" ? shown.report : shown.stored);
      return { intent: "success", text: t("ui.check.marked", { count: findings.length }) };
    });
  };

  const unmark = () =>
    void act(async () => {
      const count = await clearCheckMarks(port);
      return {
        intent: "success",
        text: count > 0 ? t("ui.check.unmarked", { count }) : t("ui.check.noMarks"),
      };
    });

  const audit = () => {
    if (shown?.kind !== "report") return;
    void act(async () => {
      const sheet = await writeAuditPaper(port, shown.report, {
        checkedAt: new Date(shown.report.checkedAt),
        workbookName,
        lang,
      });
      return { intent: "success", text: t("ui.check.auditPaperDone", { sheet }) };
    });
  };

  /** Saves the sheet's rule settings, then checks the same range again with them. */
  const saveAndRecheck = async (change: (s: CheckRuleSettings) => CheckRuleSettings) => {
    if (!ref) return;
    const current = report?.rules ?? (await loadCheckRules(port, ref.sheet));
    await saveCheckRules(port, ref.sheet, change(current));
    start({ kind: "range", ref });
  };

  const toggle = (id: string, enabled: boolean) =>
    void act(async () => {
      await saveAndRecheck((s) => ({
        ...s,
        disabledRules: enabled
          ? s.disabledRules.filter((d) => d !== id)
          : [...s.disabledRules.filter((d) => d !== id), id],
      }));
      return { intent: "success", text: t("ui.check.rulesSaved") };
    });

  const remove = (id: string) =>
    void act(async () => {
      await saveAndRecheck((s) => ({
        ...s,
        // The saved text of the rule with this id (the list shows it as the parser prints it).
        userRules: s.userRules.filter((text) => {
          if (!recognition) return true;
          const parsed = parseRule(text, recognition);
          return !("rule" in parsed && parsed.rule.id === id);
        }),
      }));
      return { intent: "success", text: t("ui.check.rulesSaved") };
    });

  const add = async (text: string): Promise<string | null> => {
    if (!recognition) return null;
    const parsed = parseRule(text, recognition);
    if ("issue" in parsed) return formatMessage(parsed.issue, lang);
    await act(async () => {
      await saveAndRecheck((s) => ({
        ...s,
        userRules: [...s.userRules.filter((r) => r !== text), text],
      }));
      return { intent: "success", text: t("ui.check.ruleAdded") };
    });
    return null;
  };

  const showsResult = shown !== null && ref !== null && !noTable;
  // What the last action did (or why it failed), beside the result's buttons when one is shown.
  const noticeBar = notice && (
    <MessageBar intent={notice.intent} layout="multiline">
      <MessageBarBody>
        {notice.intent === "error" && (
          <MessageBarTitle>{t("ui.check.actionFailed")}</MessageBarTitle>
        )}
        {notice.text}
      </MessageBarBody>
    </MessageBar>
  );

  return (
    <div className={styles.root}>
      <Text>{t("ui.check.intro")}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => run({ kind: "selection" })}>
          {t("ui.check.selection")}
        </Button>
        <Button
          disabled={busy}
          onClick={() =>
            void port.getSelection().then(
              (sel) => run({ kind: "sheet", sheet: sel.sheet }),
              (error: unknown) =>
                setNotice({ intent: "error", text: describeActionError(error, lang) })
            )
          }
        >
          {t("ui.check.sheet")}
        </Button>
        {running && <Button onClick={cancel}>{t("ui.check.cancel")}</Button>}
      </div>
      {state.status === "running" && (
        <Field
          label={t("ui.check.progressLabel")}
          validationState="none"
          validationMessage={
            state.total > 0
              ? t("ui.check.phaseProgress", {
                  phase: t(`ui.check.phase.${state.phase}`),
                  done: state.done,
                  total: state.total,
                })
              : t(`ui.check.phase.${state.phase}`)
          }
        >
          {/* Indeterminate until the phase reports its total. */}
          <ProgressBar value={state.total > 0 ? state.done / state.total : undefined} max={1} />
        </Field>
      )}
      {state.status === "cancelled" && (
        <MessageBar intent="info">
          <MessageBarBody>{t("ui.check.cancelled")}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t("ui.check.errorTitle")}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {!showsResult && noticeBar}
      {shown && ref && noTable && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t("ui.check.noTable", { sheet: ref.sheet, address: ref.address })}
          </MessageBarBody>
        </MessageBar>
      )}
      {showsResult && (
        <section className={styles.result} aria-labelledby="check-heading">
          <Text as="h2" id="check-heading" size={400} weight="semibold">
            {t("ui.check.resultHeading")}
          </Text>
          {shown.kind === "stored" && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                {t("ui.check.lastCheck", {
                  when: whenText(new Date(shown.stored.checkedAt), lang),
                  sheet: ref.sheet,
                  address: ref.address,
                })}
              </MessageBarBody>
            </MessageBar>
          )}
          <CheckSummary
            range={ref}
            findings={findings}
            rounding={report?.result.rounding}
            unit={recognition ? recognition.unit.money : undefined}
            checkedAt={whenText(
              new Date(shown.kind === "report" ? shown.report.checkedAt : shown.stored.checkedAt),
              lang
            )}
          />
          {report && report.result.rules.length === 0 && (
            <MessageBar intent="info">
              <MessageBarBody>{t("ui.check.noRules")}</MessageBarBody>
            </MessageBar>
          )}
          {report && report.result.rules.length > 0 && findings.length === 0 && (
            <MessageBar intent="success">
              <MessageBarBody>
                {t("ui.check.allHold", {
                  rules: report.result.rules.filter((r) => r.enabled).length,
                })}
              </MessageBarBody>
            </MessageBar>
          )}
          {noticeBar}
          <div className={styles.actions}>
            <Button {...marksGate.button(busy || findings.length === 0)} onClick={mark}>
              {t("ui.check.mark")}
            </Button>
            <Button {...marksGate.button(busy)} onClick={unmark}>
              {t("ui.check.unmark")}
            </Button>
            <Button {...sheetsGate.button(busy || shown.kind !== "report")} onClick={audit}>
              {t("ui.check.auditPaper")}
            </Button>
          </div>
          {marksGate.note}
          {sheetsGate.note}
          {findings.length > 0 && (
            <section aria-labelledby="check-findings-heading" className={styles.result}>
              <Text as="h3" id="check-findings-heading" size={300} weight="semibold">
                {t("ui.check.findings")}
              </Text>
              <FindingsList findings={findings} unitOf={unitOf} onSelect={select} />
            </section>
          )}
          <RulesList
            rules={ruleRows(shown)}
            issues={(report?.result.ruleIssues ?? []).map((i) => ({
              rule: i.rule,
              message: formatMessage(i.issue, lang),
            }))}
            onToggle={toggle}
            onRemove={remove}
            onAdd={recognition ? add : undefined}
            busy={busy}
          />
        </section>
      )}
    </div>
  );
}
