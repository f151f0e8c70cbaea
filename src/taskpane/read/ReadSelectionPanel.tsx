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
import type { WorkbookPort } from "../../workbook/port";
import { useText } from "../useText";
import { InspectionResult } from "./InspectionResult";
import { useInspection } from "./useInspection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  progress: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/**
 * 「選択範囲を読む」: reads the selection through the port and shows what the add-in understood.
 * While reading, a progress bar (cells read / total) and a cancel button; while the table is
 * recognised, a second bar 「表を解析しています… {done}/{total} セル」, still with the cancel button.
 *
 * @example <ReadSelectionPanel port={port} />
 */
export function ReadSelectionPanel({ port }: { port: WorkbookPort }) {
  const t = useText();
  const styles = useStyles();
  const { state, start, cancel } = useInspection(port);
  // Reading and analysing both keep the button disabled and can be cancelled.
  const busy = state.status === "reading" || state.status === "analyzing";

  return (
    <div className={styles.root}>
      <Text>{t("ui.read.intro")}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={start} disabled={busy}>
          {t("ui.read.button")}
        </Button>
        {busy && <Button onClick={cancel}>{t("ui.read.cancel")}</Button>}
      </div>
      {busy && (
        <Field
          className={styles.progress}
          label={t("ui.read.progressLabel")}
          validationState="none"
          validationMessage={
            state.total > 0
              ? t(state.status === "reading" ? "ui.read.progress" : "ui.read.analyzingProgress", {
                  done: state.done,
                  total: state.total,
                })
              : t(state.status === "reading" ? "ui.read.starting" : "ui.read.analyzing")
          }
        >
          {/* Indeterminate until the phase reports its total (first block read / first slice). */}
          <ProgressBar value={state.total > 0 ? state.done / state.total : undefined} max={1} />
        </Field>
      )}
      {state.status === "cancelled" && (
        <MessageBar intent="info">
          <MessageBarBody>{t("ui.read.cancelled")}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t("ui.error.title")}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "done" && <InspectionResult report={state.report} />}
    </div>
  );
}
