import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { InspectionReport } from "../../workflows/inspect-range";
import type { TableUnitFound } from "../../core/table/types";
import { useText } from "../useText";
import type { TextFn } from "../useText";
import { warekiText } from "./yearText";

const useStyles = makeStyles({
  facts: {
    margin: "0",
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  def: { margin: "0", minWidth: "0", overflowWrap: "anywhere" },
  years: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  yearCell: {
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "left",
  },
  list: { margin: "0", paddingLeft: tokens.spacingHorizontalL },
});

function unitText(unit: TableUnitFound, t: TextFn): string {
  if (unit.money === null) {
    return unit.others.length > 0
      ? t("ui.read.othersUnits", { units: unit.others.join("・") })
      : t("ui.read.noUnit");
  }
  const source =
    unit.source === "caption" && unit.address
      ? t("ui.read.unitSourceCaption", { address: unit.address })
      : unit.source === "header" && unit.address
        ? t("ui.read.unitSourceHeader", { address: unit.address })
        : t("ui.read.unitSourceCells");
  const others =
    unit.others.length > 0 ? ` ${t("ui.read.othersUnits", { units: unit.others.join("・") })}` : "";
  return t("ui.read.unitValue", { unit: unit.money, source }) + others;
}

/**
 * Range, title, unit with its source, the years (和暦 and 西暦) and the header rows.
 *
 * @example <TableFacts report={await inspectRange(port, null)} />
 */
export function TableFacts({ report }: { report: InspectionReport }) {
  const t = useText();
  const styles = useStyles();
  const { recognition, summary, ref } = report;
  const years = recognition.yearAxis?.years ?? [];
  const first = years[0];
  const last = years[years.length - 1];

  return (
    <dl className={styles.facts}>
      <dt className={styles.term}>{t("ui.read.range")}</dt>
      <dd className={styles.def}>
        {t("ui.read.rangeValue", {
          sheet: ref.sheet,
          address: ref.address,
          count: report.cellCount,
        })}
      </dd>
      <dt className={styles.term}>{t("ui.read.title")}</dt>
      <dd className={styles.def}>{recognition.title ?? t("ui.read.noTitle")}</dd>
      <dt className={styles.term}>{t("ui.read.unit")}</dt>
      <dd className={styles.def}>{unitText(recognition.unit, t)}</dd>
      <dt className={styles.term}>{t("ui.read.years")}</dt>
      <dd className={styles.def}>
        {first && last ? (
          <>
            <Text as="p">
              {t("ui.read.yearsValue", {
                count: years.length,
                first: `${warekiText(first.fiscalYear, first.label)} (${first.fiscalYear})`,
                last: `${warekiText(last.fiscalYear, last.label)} (${last.fiscalYear})`,
              })}
            </Text>
            <table className={styles.years} aria-label={t("ui.read.years")}>
              <thead>
                <tr>
                  <th scope="col" className={styles.yearCell}>
                    {t("ui.read.yearHeader")}
                  </th>
                  <th scope="col" className={styles.yearCell}>
                    {t("ui.read.westernYear")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {years.map((y) => (
                  <tr key={y.address}>
                    <td className={styles.yearCell}>{warekiText(y.fiscalYear, y.label)}</td>
                    <td className={styles.yearCell}>{y.fiscalYear}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          t("ui.read.noYears")
        )}
      </dd>
      <dt className={styles.term}>{t("ui.read.headerRows")}</dt>
      <dd className={styles.def}>
        {recognition.headerRows.length === 0
          ? t("ui.read.noHeaderRows")
          : recognition.headerRows.map((r) => t("ui.read.rowNumber", { row: r + 1 })).join(", ")}
        {summary.years.length === 0 && recognition.columns.length > 0 && (
          <ul className={styles.list} aria-label={t("ui.read.columns")}>
            {recognition.columns.map((c) => (
              <li key={c.address}>{c.label}</li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
}
