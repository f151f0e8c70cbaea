import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, FindingKind, Severity } from "../../core/check";
import { formatMessage } from "../../core/messages";
import { useLanguage, useText } from "../useText";
import type { TextFn } from "../useText";
import { figureText, yearsText } from "./figureText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
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
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: "pointer",
    minWidth: "0",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  head: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  message: { overflowWrap: "anywhere" },
  facts: {
    margin: "0",
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
  },
  term: { color: tokens.colorNeutralForeground3 },
  def: { margin: "0", minWidth: "0", overflowWrap: "anywhere" },
});

/** Kinds in the order the pane lists them (the order domain.md §4 introduces them). */
export const KIND_ORDER: FindingKind[] = [
  "sum",
  "difference",
  "carryForward",
  "fundRollForward",
  "average",
  "ratio",
  "share",
  "yearOnYear",
  "indicator",
  "threshold",
  "target",
];

const SEVERITY_RANK: Record<Severity, number> = { error: 0, confirm: 1, note: 2 };

export const SEVERITY_BADGE: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  confirm: "warning",
  note: "informative",
};

/** The findings grouped by kind in {@link KIND_ORDER}; within a kind, 誤り first, then by cell order. */
export function groupFindings(findings: readonly Finding[]): [FindingKind, Finding[]][] {
  const groups = new Map<FindingKind, Finding[]>();
  for (const f of findings) groups.set(f.kind, [...(groups.get(f.kind) ?? []), f]);
  return KIND_ORDER.flatMap((kind) => {
    const group = groups.get(kind);
    if (!group) return [];
    const sorted = [...group].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    return [[kind, sorted] as [FindingKind, Finding[]]];
  });
}

function withUnit(t: TextFn, figure: string, unit: string | null): string {
  return unit ? t("ui.check.figureUnit", { figure, unit }) : figure;
}

export interface FindingsListProps {
  findings: readonly Finding[];
  /** The unit a cell's figure is in (the table's), or null when unknown. */
  unitOf: (address: string) => string | null;
  /** The user chose a finding (click, or Enter / Space on its button). */
  onSelect: (finding: Finding) => void;
}

/**
 * The findings grouped by kind (合計, 差引, 繰越, 基金残高, …), each with its evidence: the cell,
 * printed and expected figures, the difference (△ for negatives, thousands separators, the
 * table's unit), the differences rounding allows, the rule and the years it covers. Choosing a
 * finding (its button, or a click anywhere on it) calls `onSelect`.
 *
 * @example <FindingsList findings={report.result.findings} unitOf={() => "百万円"} onSelect={select} />
 */
export function FindingsList({ findings, unitOf, onSelect }: FindingsListProps) {
  const t = useText();
  const lang = useLanguage();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {groupFindings(findings).map(([kind, group]) => {
        const heading = t("ui.check.kindHeading", {
          kind: t(`ui.check.kind.${kind}`),
          count: group.length,
        });
        const headingId = `check-kind-${kind}`;
        return (
          <section key={kind} className={styles.group} aria-labelledby={headingId}>
            <Text as="h4" id={headingId} size={300} weight="semibold">
              {heading}
            </Text>
            <ul className={styles.list}>
              {group.map((f, n) => {
                const unit = unitOf(f.address);
                const severity = t(`ui.check.severity.${f.severity}`);
                return (
                  <li
                    key={`${f.address}-${f.rule.id}-${n}`}
                    className={styles.item}
                    onClick={() => onSelect(f)}
                  >
                    <div className={styles.head}>
                      <Badge appearance="filled" color={SEVERITY_BADGE[f.severity]}>
                        {severity}
                      </Badge>
                      <Button
                        appearance="transparent"
                        size="small"
                        onClick={(e) => {
                          e.stopPropagation();
                          onSelect(f);
                        }}
                      >
                        {t("ui.check.selectCell", { cell: f.address })}
                      </Button>
                    </div>
                    <Text className={styles.message}>{formatMessage(f.message, lang)}</Text>
                    <dl className={styles.facts}>
                      {f.printed && (
                        <>
                          <dt className={styles.term}>{t("ui.check.printed")}</dt>
                          <dd className={styles.def}>{withUnit(t, figureText(f.printed), unit)}</dd>
                        </>
                      )}
                      {f.expected && (
                        <>
                          <dt className={styles.term}>{t("ui.check.expected")}</dt>
                          <dd className={styles.def}>
                            {withUnit(t, figureText(f.expected), unit)}
                          </dd>
                        </>
                      )}
                      {f.difference && (
                        <>
                          <dt className={styles.term}>{t("ui.check.difference")}</dt>
                          <dd className={styles.def}>
                            {withUnit(t, figureText(f.difference), unit)}
                          </dd>
                        </>
                      )}
                      {f.tolerance && (
                        <>
                          <dt className={styles.term}>{t("ui.check.tolerance")}</dt>
                          <dd className={styles.def}>
                            {withUnit(
                              t,
                              t("ui.check.toleranceValue", {
                                lo: figureText(f.tolerance.lo),
                                hi: figureText(f.tolerance.hi),
                              }),
                              unit
                            )}
                          </dd>
                        </>
                      )}
                      <dt className={styles.term}>{t("ui.check.rule")}</dt>
                      <dd className={styles.def}>
                        {f.rules.length > 1 ? f.rules.map((r) => r.text).join(" / ") : f.rule.text}
                      </dd>
                      {f.fiscalYears.length > 1 && (
                        <>
                          <dt className={styles.term}>{t("ui.check.years")}</dt>
                          <dd className={styles.def}>
                            {t("ui.check.yearsValue", {
                              years: yearsText(f.fiscalYears),
                              count: f.fiscalYears.length,
                            })}
                          </dd>
                        </>
                      )}
                    </dl>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
