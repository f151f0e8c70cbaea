import { useState } from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { findFunction } from "../../core/catalogue";
import { formatOutcomeMessage } from "../../core/catalogue/formatOutcomeMessage";
import type { Language } from "../../core/messages";
import { equivalentFormula } from "../../workflows/written-values";
import type { RecalcItem, WrittenValue } from "../../workflows/written-values-types";
import type { WorkbookPort } from "../../workbook/port";
import { useFeatureGate, type FeatureGate } from "../capabilities/FeatureGate";
import type { TextFn } from "../useText";
import { useLanguage, useText } from "../useText";
import { refText } from "../../workflows/written-values-formula";
import { valueText } from "./outcomeText";
import { useWrittenValues, type RecalcState } from "./useWrittenValues";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  list: {
    listStyleType: "none",
    margin: "0",
    padding: "0",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: "0",
  },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  report: { margin: "0", paddingLeft: tokens.spacingHorizontalL },
});

function whenText(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(lang === "ja" ? "ja-JP" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  });
}

function functionName(record: WrittenValue, lang: Language): string {
  return findFunction(record.functionId)?.[lang].name ?? record.functionId;
}

/** One line of the report for an item that did not stay unchanged. */
function itemText(
  item: Exclude<RecalcItem, { status: "unchanged" }>,
  record: WrittenValue | undefined,
  t: TextFn,
  lang: Language
): string {
  const who = {
    cell: record ? refText(record.target) : item.id,
    name: record ? functionName(record, lang) : "",
  };
  switch (item.status) {
    case "changed":
      return t("writtenValues.pane.recalcChanged", {
        ...who,
        before: valueText(item.before),
        after: valueText(item.after),
      });
    case "failed":
      return t("writtenValues.pane.recalcFailed", {
        ...who,
        reason: formatOutcomeMessage(item.issue, lang),
      });
    case "edited":
      return t("writtenValues.pane.recalcEdited", { ...who, current: valueText(item.current) });
    case "missing":
      return t("writtenValues.pane.recalcMissing", who);
  }
}

function RecalcOutcome({
  recalc,
  onUndo,
  busy,
}: {
  recalc: RecalcState;
  onUndo: () => void;
  busy: boolean;
}) {
  const t = useText();
  const lang = useLanguage();
  const styles = useStyles();
  if (recalc.status === "cancelled") {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t("writtenValues.pane.recalcCancelled")}</MessageBarBody>
      </MessageBar>
    );
  }
  if (recalc.status === "error") {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{recalc.message}</MessageBarBody>
      </MessageBar>
    );
  }
  if (recalc.status !== "done") return null;
  const { report, records } = recalc;
  const byId = new Map(records.map((r) => [r.id, r]));
  const count = (status: RecalcItem["status"]) =>
    report.items.filter((i) => i.status === status).length;
  const notable = report.items.filter(
    (i): i is Exclude<RecalcItem, { status: "unchanged" }> => i.status !== "unchanged"
  );
  return (
    <MessageBar
      intent={count("failed") + count("edited") + count("missing") > 0 ? "warning" : "success"}
      layout="multiline"
    >
      <MessageBarBody>
        <div role="region" aria-label={t("writtenValues.pane.recalcReport")}>
          <Text block>
            {t("writtenValues.pane.recalcSummary", {
              total: report.items.length,
              changed: count("changed"),
              unchanged: count("unchanged"),
              failed: count("failed"),
              edited: count("edited"),
              missing: count("missing"),
            })}
          </Text>
          {notable.length > 0 && (
            <ul className={styles.report}>
              {notable.map((item) => (
                <li key={item.id}>{itemText(item, byId.get(item.id), t, lang)}</li>
              ))}
            </ul>
          )}
        </div>
      </MessageBarBody>
      {report.undo.length > 0 && (
        <MessageBarActions>
          <Button disabled={busy} onClick={onUndo}>
            {t("writtenValues.pane.undoRecalc")}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

function RecordItem({
  record,
  busy,
  gate,
  onSelect,
  onRemove,
}: {
  record: WrittenValue;
  busy: boolean;
  /** Where this Excel cannot write values the record can be read and selected, not removed. */
  gate: FeatureGate;
  onSelect: () => void;
  onRemove: (mode: "keep" | "restore") => void;
}) {
  const t = useText();
  const lang = useLanguage();
  const styles = useStyles();
  const [asking, setAsking] = useState(false);
  const cell = refText(record.target);
  const name = functionName(record, lang);
  return (
    <li className={styles.item} aria-label={t("writtenValues.pane.recordLabel", { cell, name })}>
      <div className={styles.actions}>
        <Button size="small" disabled={busy} onClick={onSelect}>
          {t("writtenValues.pane.selectCell", { cell })}
        </Button>
        <Text weight="semibold">{name}</Text>
      </div>
      <Text className={styles.code}>{equivalentFormula(record.functionId, record.args)}</Text>
      <Text>
        {t("writtenValues.pane.value")}:{" "}
        <span className={styles.code}>{valueText(record.values)}</span>
      </Text>
      <Text size={200}>
        {t("writtenValues.pane.writtenAt", { time: whenText(record.writtenAt, lang) })}
      </Text>
      {asking ? (
        <div
          className={styles.actions}
          role="group"
          aria-label={t("writtenValues.pane.removeQuestion", { cell })}
        >
          <Text>{t("writtenValues.pane.removeQuestion", { cell })}</Text>
          <Button disabled={busy} onClick={() => onRemove("keep")}>
            {t("writtenValues.pane.removeKeep")}
          </Button>
          <Button disabled={busy} onClick={() => onRemove("restore")}>
            {t("writtenValues.pane.removeRestore")}
          </Button>
          <Button appearance="subtle" onClick={() => setAsking(false)}>
            {t("writtenValues.pane.removeCancel")}
          </Button>
        </div>
      ) : (
        <div>
          <Button size="small" {...gate.button(busy)} onClick={() => setAsking(true)}>
            {t("writtenValues.pane.remove")}
          </Button>
        </div>
      )}
    </li>
  );
}

/**
 * 「書き込んだ値」: every value the add-in wrote with its cell (a button selects it), function,
 * equivalent formula, value and time; 「再計算」 with progress and cancel, then which values
 * changed (old → new), failed, were edited by hand or lost their sheet, and 「再計算を元に戻す」;
 * per record 削除 with the choice 「値を残す」 / 「書き込み前に戻す」.
 *
 * @example <WrittenValuesList port={port} />
 */
export function WrittenValuesList({ port }: { port: WorkbookPort }) {
  const t = useText();
  const styles = useStyles();
  const wv = useWrittenValues(port);
  // 再計算 and 削除 write cells and the record list, as writing did.
  const valueWriting = useFeatureGate("valueWriting");
  const running = wv.recalc.status === "running";
  const busy = running || wv.acting;
  const records = wv.records;

  return (
    <section className={styles.root} aria-labelledby="written-values-heading">
      <Text as="h2" id="written-values-heading" size={400} weight="semibold">
        {t("writtenValues.pane.listHeading")}
      </Text>
      <Text size={200}>{t("writtenValues.pane.listIntro")}</Text>
      {records === null ? (
        <Text size={200}>{t("writtenValues.pane.loading")}</Text>
      ) : records.length === 0 ? (
        <Text>{t("writtenValues.pane.listEmpty")}</Text>
      ) : (
        <>
          <div className={styles.actions}>
            <Button appearance="primary" {...valueWriting.button(busy)} onClick={wv.recalculate}>
              {t("writtenValues.pane.recalc")}
            </Button>
            {running && <Button onClick={wv.cancel}>{t("writtenValues.pane.cancel")}</Button>}
            <Text size={200}>{t("writtenValues.pane.listCount", { count: records.length })}</Text>
          </div>
          {valueWriting.note}
          {wv.recalc.status === "running" && (
            <Field
              label={t("writtenValues.pane.recalcProgress", {
                done: wv.recalc.done,
                total: wv.recalc.total,
              })}
            >
              <ProgressBar
                value={wv.recalc.total > 0 ? wv.recalc.done / wv.recalc.total : undefined}
                max={1}
              />
            </Field>
          )}
        </>
      )}
      {wv.ignored > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("writtenValues.settingDamaged", { count: wv.ignored })}
          </MessageBarBody>
        </MessageBar>
      )}
      <RecalcOutcome recalc={wv.recalc} onUndo={wv.undoRecalc} busy={busy} />
      {wv.notice && (
        <MessageBar intent={wv.notice.intent} layout="multiline">
          <MessageBarBody>{wv.notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {records && records.length > 0 && (
        <ul className={styles.list} aria-label={t("writtenValues.pane.listHeading")}>
          {records.map((record) => (
            <RecordItem
              key={record.id}
              record={record}
              busy={busy}
              gate={valueWriting}
              onSelect={() => wv.select(record)}
              onRemove={(mode) => wv.remove(record, mode)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
