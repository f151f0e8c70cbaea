import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatRate } from "../../core/kpi/gradingSchemes";
import type { KpiProgress, KpiSkippedRow } from "../../core/kpi/types";
import { formatMessage } from "../../core/messages";
import { useLanguage, useText } from "../useText";
import {
  ATTENTION_GROUPS,
  attentionRows,
  progressCell,
  valueText,
  yearOptionText,
} from "./kpiText";
import type { AttentionGroup } from "./kpiText";

const useStyles = makeStyles({
  list: {
    margin: "0",
    padding: "0",
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: "0",
    overflowWrap: "anywhere",
  },
  head: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  facts: {
    margin: "0",
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
  },
  term: { color: tokens.colorNeutralForeground3 },
  def: { margin: "0", minWidth: "0" },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface AttentionListProps {
  progress: readonly KpiProgress[];
  skipped: readonly KpiSkippedRow[];
  /** The user chose a row: select this cell of the register sheet. */
  onSelect: (address: string) => void;
  busy: boolean;
}

/**
 * The rows that need a look for the evaluation year, in groups: a status marked attention by the
 * scheme, a yearly plan beyond the period goal, no actual yet; each with its method, rate, target
 * and actual and a button selecting its cell. Then the rows the add-in could not read, with the
 * reason and the cell.
 *
 * @example <AttentionList progress={evaluation.progress} skipped={register.skipped} onSelect={select} busy={false} />
 */
export function AttentionList({ progress, skipped, onSelect, busy }: AttentionListProps) {
  const t = useText();
  const lang = useLanguage();
  const styles = useStyles();
  const groups = attentionRows(progress);
  const present = ATTENTION_GROUPS.filter((g) => groups[g].length > 0);
  return (
    <section aria-labelledby="kpi-attention-heading">
      <Text as="h3" id="kpi-attention-heading" size={300} weight="semibold">
        {t("kpiPane.attention")}
      </Text>
      {present.length === 0 && skipped.length === 0 && (
        <Text block>{t("kpiPane.noAttention")}</Text>
      )}
      <Accordion multiple collapsible defaultOpenItems={["attention", "overshoot"]}>
        {present.map((g) => (
          <AccordionItem key={g} value={g}>
            <AccordionHeader as="h4" size="small">
              {t(`kpiPane.group.${g}`, { count: groups[g].length })}
            </AccordionHeader>
            <AccordionPanel>
              <ul
                className={styles.list}
                aria-label={t(`kpiPane.group.${g}`, { count: groups[g].length })}
              >
                {groups[g].map((p) => (
                  <ProgressRow key={p.item.row} p={p} group={g} onSelect={onSelect} busy={busy} />
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
        {skipped.length > 0 && (
          <AccordionItem value="skipped">
            <AccordionHeader as="h4" size="small">
              {t("kpiPane.group.skipped", { count: skipped.length })}
            </AccordionHeader>
            <AccordionPanel>
              <ul
                className={styles.list}
                aria-label={t("kpiPane.group.skipped", { count: skipped.length })}
              >
                {skipped.map((s) => {
                  const cell = s.cell ?? `A${s.row}`;
                  return (
                    <li key={s.row} className={styles.item}>
                      <div className={styles.head}>
                        <Text weight="semibold">
                          {s.no !== null
                            ? t("kpiPane.itemName", {
                                no: s.no,
                                indicator: t("kpiPane.skippedRow", { row: s.row }),
                              })
                            : t("kpiPane.skippedRow", { row: s.row })}
                        </Text>
                        <Button
                          appearance="transparent"
                          size="small"
                          disabled={busy}
                          onClick={() => onSelect(cell)}
                        >
                          {t("kpiPane.selectCell", { cell })}
                        </Button>
                      </div>
                      <Text size={200}>{formatMessage(s.reason, lang)}</Text>
                    </li>
                  );
                })}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        )}
      </Accordion>
    </section>
  );
}

function ProgressRow({
  p,
  group,
  onSelect,
  busy,
}: {
  p: KpiProgress;
  group: AttentionGroup;
  onSelect: (address: string) => void;
  busy: boolean;
}) {
  const t = useText();
  const lang = useLanguage();
  const styles = useStyles();
  const cell = progressCell(p);
  const year = yearOptionText(p.fiscalYear, t);
  return (
    <li
      className={styles.item}
      aria-label={t("kpiPane.itemName", { no: p.item.no, indicator: p.item.indicator })}
    >
      <div className={styles.head}>
        <Badge appearance="filled" color={p.grade.attention ? "warning" : "informative"}>
          {p.grade.label[lang]}
        </Badge>
        <Text weight="semibold">
          {t("kpiPane.itemName", { no: p.item.no, indicator: p.item.indicator })}
        </Text>
      </div>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t("kpiPane.method")}</dt>
        <dd className={styles.def}>{t(`kpiProgress.method.${p.method}`)}</dd>
        <dt className={styles.term}>{t("kpiPane.rate")}</dt>
        <dd className={styles.def}>
          {p.rate === null && p.rateIssue
            ? formatMessage(p.rateIssue, lang)
            : formatRate(p.rate, lang)}
        </dd>
        <dt className={styles.term}>{t("kpiPane.target", { year })}</dt>
        <dd className={styles.def}>{valueText(p.target, p.item.unit, t)}</dd>
        <dt className={styles.term}>{t("kpiPane.actual", { year })}</dt>
        <dd className={styles.def}>{valueText(p.actual, p.item.unit, t)}</dd>
      </dl>
      {group === "overshoot" && (
        <Text size={200} className={styles.warn}>
          {t("kpiPane.overshoot")}
        </Text>
      )}
      <div>
        <Button
          appearance="transparent"
          size="small"
          disabled={busy}
          onClick={() => onSelect(cell)}
        >
          {t("kpiPane.selectCell", { cell })}
        </Button>
      </div>
    </li>
  );
}
