import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatRate } from "../../core/kpi/gradingSchemes";
import type { KpiThemeThreeE, KpiThreeE } from "../../core/kpi/types";
import { useLanguage, useText } from "../useText";
import type { TextFn } from "../useText";
import { valueText } from "./kpiText";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: "0",
  },
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, width: "100%" },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "left",
    verticalAlign: "top",
    overflowWrap: "anywhere",
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

/** True when at least one row has a cost: the 3E view has something to show. */
export function hasThreeE(threeE: readonly KpiThreeE[]): boolean {
  return threeE.some((e) => e.economy !== null || e.efficiency !== null);
}

function economyText(e: KpiThreeE, lang: "ja" | "en", t: TextFn): string {
  if (!e.economy) return t("kpiPane.noValue");
  const ratio = formatRate(e.economy.ratio, lang);
  return t(e.economy.basis === "budget" ? "kpiPane.economyBudget" : "kpiPane.economyPrior", {
    ratio,
  });
}

function efficiencyText(e: KpiThreeE, t: TextFn): string {
  if (!e.efficiency) return t("kpiPane.noValue");
  const unit = e.item.costUnit;
  const cost = valueText(e.efficiency.unitCost.toDecimalPlaces(1), unit, t);
  if (e.efficiency.priorUnitCost === null) return t("kpiPane.unitCost", { cost });
  const prior = valueText(e.efficiency.priorUnitCost.toDecimalPlaces(1), unit, t);
  return t("kpiPane.unitCostPrior", { cost, prior });
}

/**
 * 3E for auditors, where the register has costs: per indicator 経済性 (cost against budget or the
 * prior year), 効率性 (unit cost, with the prior year's) and 有効性 (the achievement rate), then
 * per theme.
 *
 * @example <ThreeEView items={evaluation.threeE} themes={evaluation.threeEByTheme} />
 */
export function ThreeEView({
  items,
  themes,
}: {
  items: readonly KpiThreeE[];
  themes: readonly KpiThemeThreeE[];
}) {
  const t = useText();
  const lang = useLanguage();
  const styles = useStyles();
  const costed = items.filter((e) => e.economy !== null || e.efficiency !== null);
  return (
    <section className={styles.root} aria-labelledby="kpi-3e-heading">
      <Text as="h3" id="kpi-3e-heading" size={300} weight="semibold">
        {t("kpiPane.threeE")}
      </Text>
      <div className={styles.scroll}>
        <table className={styles.table} aria-label={t("kpiPane.threeEItems")}>
          <caption className={styles.cell}>{t("kpiPane.threeEItems")}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.cell}>
                {t("kpiPane.indicator")}
              </th>
              <th scope="col" className={styles.cell}>
                {t("kpiPane.economy")}
              </th>
              <th scope="col" className={styles.cell}>
                {t("kpiPane.efficiency")}
              </th>
              <th scope="col" className={`${styles.cell} ${styles.number}`}>
                {t("kpiPane.effectiveness")}
              </th>
            </tr>
          </thead>
          <tbody>
            {costed.map((e) => (
              <tr key={e.item.row}>
                <th scope="row" className={styles.cell}>
                  {t("kpiPane.itemName", { no: e.item.no, indicator: e.item.indicator })}
                </th>
                <td className={styles.cell}>{economyText(e, lang, t)}</td>
                <td className={styles.cell}>{efficiencyText(e, t)}</td>
                <td className={`${styles.cell} ${styles.number}`}>
                  {formatRate(e.effectiveness, lang)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {themes.length > 0 && (
        <div className={styles.scroll}>
          <table className={styles.table} aria-label={t("kpiPane.threeEThemes")}>
            <caption className={styles.cell}>{t("kpiPane.threeEThemes")}</caption>
            <thead>
              <tr>
                <th scope="col" className={styles.cell}>
                  {t("kpiPane.theme")}
                </th>
                <th scope="col" className={`${styles.cell} ${styles.number}`}>
                  {t("kpiPane.items")}
                </th>
                <th scope="col" className={`${styles.cell} ${styles.number}`}>
                  {t("kpiPane.economy")}
                </th>
                <th scope="col" className={`${styles.cell} ${styles.number}`}>
                  {t("kpiPane.effectiveness")}
                </th>
              </tr>
            </thead>
            <tbody>
              {themes.map((g, n) => (
                <tr key={`${g.theme ?? ""}-${n}`}>
                  <th scope="row" className={styles.cell}>
                    {g.theme ?? t("kpiPane.noTheme")}
                  </th>
                  <td className={`${styles.cell} ${styles.number}`}>{g.items}</td>
                  <td className={`${styles.cell} ${styles.number}`}>
                    {formatRate(g.economy, lang)}
                  </td>
                  <td className={`${styles.cell} ${styles.number}`}>
                    {formatRate(g.effectiveness, lang)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
