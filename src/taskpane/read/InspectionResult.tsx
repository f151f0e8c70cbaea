import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatMessage } from "../../core/messages";
import type { InspectionReport } from "../../workflows/inspect-range";
import { useLanguage, useText } from "../useText";
import { RowTable } from "./RowTable";
import { TableFacts } from "./TableFacts";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: "0",
  },
  list: { margin: "0", paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/**
 * What the add-in understood of the selection: the facts (range, title, unit, years, headers),
 * the row labels with their numbers, and every cell it could not read. Workbook text is rendered
 * as React text only.
 *
 * @example <InspectionResult report={await inspectRange(port, null)} />
 */
export function InspectionResult({ report }: { report: InspectionReport }) {
  const t = useText();
  const lang = useLanguage();
  const styles = useStyles();
  const { summary, recognition } = report;
  const unreadable = summary.unreadable;
  const unreadableTitle = t("ui.read.unreadableTitle", { count: unreadable.length });
  // Cell-level reasons are already in `unreadable`; the rest are about the table as a whole.
  const unreadableAddresses = new Set(unreadable.map((u) => u.address));
  const tableIssues = recognition.issues.filter((i) => !unreadableAddresses.has(i.address));

  return (
    <section className={styles.root} aria-labelledby="inspection-heading">
      <Text as="h2" id="inspection-heading" size={400} weight="semibold">
        {t("ui.read.resultHeading")}
      </Text>
      {unreadable.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{unreadableTitle}</MessageBarTitle>
            <ul className={styles.list} aria-label={unreadableTitle}>
              {unreadable.map((cell) => (
                <li key={`${cell.address}-${cell.code}`}>
                  {t("ui.read.unreadableItem", { address: cell.address, reason: cell.message })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="success">
          <MessageBarBody>{t("ui.read.allReadable")}</MessageBarBody>
        </MessageBar>
      )}
      {tableIssues.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {t("ui.read.issuesTitle", { count: tableIssues.length })}
            </MessageBarTitle>
            <ul className={styles.list}>
              {tableIssues.map((i, n) => (
                <li key={`${i.address}-${n}`}>
                  {t("ui.read.unreadableItem", {
                    address: i.address,
                    reason: formatMessage(i.issue, lang),
                  })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <TableFacts report={report} />
      <Text size={200}>
        {t("ui.read.counts", {
          numbers: summary.readableNumbers,
          blanks: summary.blanks,
          none: summary.none,
          unreadable: unreadable.length,
        })}
      </Text>
      <RowTable recognition={recognition} />
    </section>
  );
}
