import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, RoundingReport, Severity } from "../../core/check";
import type { RangeRef } from "../../workbook/port";
import { useText } from "../useText";
import type { TextFn } from "../useText";
import { SEVERITY_BADGE } from "./FindingsList";

const useStyles = makeStyles({
  facts: {
    margin: "0",
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  def: {
    margin: "0",
    minWidth: "0",
    overflowWrap: "anywhere",
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
});

const SEVERITIES: Severity[] = ["error", "confirm", "note"];

/** How many findings of each severity. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, confirm: 0, note: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

function roundingText(r: RoundingReport, t: TextFn): string {
  const method = t(`ui.check.rounding.${r.method}`);
  if (r.basis === "detected") {
    const holds = r.method === "down" ? r.holdsDown : r.holdsHalfUp;
    return t("ui.check.basis.detected", { method, holds, compared: r.compared });
  }
  return t(`ui.check.basis.${r.basis}`, { method });
}

export interface CheckSummaryProps {
  range: RangeRef;
  findings: readonly Finding[];
  /** The rounding the check found; absent for a last check read back from the workbook. */
  rounding?: RoundingReport;
  /** The table's unit (「百万円」), null when it states none; absent when unknown. */
  unit?: string | null;
  /** When the check ran, already written for the reader. */
  checkedAt?: string;
}

/**
 * The check at a glance: the range, when it ran, counts by severity (誤り / 要確認 / 端数), the
 * rounding method and whether it was detected from the figures or assumed, and the unit.
 *
 * @example <CheckSummary range={report.ref} findings={report.result.findings} rounding={report.result.rounding} unit="百万円" />
 */
export function CheckSummary({ range, findings, rounding, unit, checkedAt }: CheckSummaryProps) {
  const t = useText();
  const styles = useStyles();
  const counts = countBySeverity(findings);
  return (
    <dl className={styles.facts}>
      <dt className={styles.term}>{t("ui.check.checkedRange")}</dt>
      <dd className={styles.def}>{`${range.sheet}!${range.address}`}</dd>
      {checkedAt !== undefined && (
        <>
          <dt className={styles.term}>{t("ui.check.checkedAt")}</dt>
          <dd className={styles.def}>{checkedAt}</dd>
        </>
      )}
      <dt className={styles.term}>{t("ui.check.counts")}</dt>
      <dd className={styles.def} aria-label={t("ui.check.countsValue", counts)}>
        {SEVERITIES.map((s) => (
          <Badge
            key={s}
            appearance={counts[s] > 0 ? "filled" : "outline"}
            color={SEVERITY_BADGE[s]}
          >
            {`${t(`ui.check.severity.${s}`)} ${counts[s]}`}
          </Badge>
        ))}
      </dd>
      {rounding && (
        <>
          <dt className={styles.term}>{t("ui.check.rounding")}</dt>
          <dd className={styles.def}>{roundingText(rounding, t)}</dd>
        </>
      )}
      {unit !== undefined && (
        <>
          <dt className={styles.term}>{t("ui.check.unit")}</dt>
          <dd className={styles.def}>{unit ?? t("ui.check.noUnit")}</dd>
        </>
      )}
    </dl>
  );
}
