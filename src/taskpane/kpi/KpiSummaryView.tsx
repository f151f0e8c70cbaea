import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatRate } from "../../core/kpi/gradingSchemes";
import type { KpiGroupSummary, KpiSummary } from "../../core/kpi/types";
import { useLanguage, useText } from "../useText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, width: "100%" },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "left",
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  list: {
    margin: "0",
    padding: "0",
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  theme: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  badges: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: "2px",
  },
});

/**
 * Counts and shares per status: the whole plan as a table, then each テーマ with a badge per
 * status it has (a status no row of the theme has is left out).
 *
 * @example <KpiSummaryView summary={evaluation.summary} />
 */
export function KpiSummaryView({ summary }: { summary: KpiSummary }) {
  const t = useText();
  const lang = useLanguage();
  const styles = useStyles();
  const whole = summary.whole;
  return (
    <section className={styles.root} aria-labelledby="kpi-summary-heading">
      <Text as="h3" id="kpi-summary-heading" size={300} weight="semibold">
        {t("kpiPane.summary")}
      </Text>
      <table
        className={styles.table}
        aria-label={t("kpiPane.summaryWhole", { total: whole.total })}
      >
        <caption className={styles.cell}>
          {t("kpiPane.summaryWhole", { total: whole.total })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.cell}>
              {t("kpiPane.status")}
            </th>
            <th scope="col" className={`${styles.cell} ${styles.number}`}>
              {t("kpiPane.count")}
            </th>
            <th scope="col" className={`${styles.cell} ${styles.number}`}>
              {t("kpiPane.share")}
            </th>
          </tr>
        </thead>
        <tbody>
          {whole.counts.map((c) => (
            <tr key={c.code}>
              <th scope="row" className={styles.cell}>
                {c.label[lang]}
              </th>
              <td className={`${styles.cell} ${styles.number}`}>{c.count}</td>
              <td className={`${styles.cell} ${styles.number}`}>{formatRate(c.share, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.byTheme.length > 0 && (
        <section aria-labelledby="kpi-themes-heading" className={styles.root}>
          <Text as="h4" id="kpi-themes-heading" size={200} weight="semibold">
            {t("kpiPane.byTheme")}
          </Text>
          <ul className={styles.list}>
            {summary.byTheme.map((g, n) => (
              <ThemeLine key={`${g.theme ?? ""}-${n}`} group={g} />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

function ThemeLine({ group }: { group: KpiGroupSummary }) {
  const t = useText();
  const lang = useLanguage();
  const styles = useStyles();
  const name = t("kpiPane.summaryTheme", {
    theme: group.theme ?? t("kpiPane.noTheme"),
    total: group.total,
  });
  const shown = group.counts.filter((c) => c.count > 0);
  return (
    <li className={styles.theme} aria-label={name}>
      <Text size={200} weight="semibold">
        {name}
      </Text>
      <span className={styles.badges}>
        {shown.map((c) => (
          <Badge key={c.code} appearance="outline" color="informative">
            {t("kpiPane.statusCountShare", {
              label: c.label[lang],
              count: c.count,
              share: formatRate(c.share, lang),
            })}
          </Badge>
        ))}
      </span>
    </li>
  );
}
