import { Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ChartPlan, ChartPlanKind } from "../../core/chart/types";
import { ChartPreview } from "../chart/ChartPreview";
import { useText } from "../useText";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: "0",
  },
  kinds: {
    margin: "0",
    padding: "0",
    border: "none",
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
  },
  list: {
    margin: "0",
    padding: "0",
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: "0",
    overflowX: "hidden",
  },
  note: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

/** Every kind of chart the KPI tab can plan, in the order it offers them. */
export const CHART_KINDS: readonly ChartPlanKind[] = [
  "indicator",
  "cumulative",
  "overview",
  "statusBoard",
  "effects",
];

/** Width of a preview in the pane (350 px wide, less padding). */
export const PREVIEW_WIDTH = 296;

export interface ChartPreviewsProps {
  /** The charts planned for the kinds shown (each previewed from its plan). */
  charts: readonly ChartPlan[];
  /** Ids of the charts that 「グラフを作成」 will draw. */
  chosen: ReadonlySet<string>;
  onInclude: (chart: ChartPlan, include: boolean) => void;
  /** The kinds shown; the others are neither previewed nor drawn. */
  kinds: ReadonlySet<ChartPlanKind>;
  onKind: (kind: ChartPlanKind, shown: boolean) => void;
  busy: boolean;
}

/**
 * The planned charts: a filter by kind, then a preview of each chart rendered from the same plan
 * the workbook will draw, with a checkbox to include it.
 *
 * @example <ChartPreviews charts={page.charts} chosen={ids} onInclude={toggle} kinds={kinds} onKind={filter} busy={false} />
 */
export function ChartPreviews({
  charts,
  chosen,
  onInclude,
  kinds,
  onKind,
  busy,
}: ChartPreviewsProps) {
  const t = useText();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <fieldset className={styles.kinds}>
        <legend>{t("kpiPane.kinds")}</legend>
        {CHART_KINDS.map((kind) => (
          <Checkbox
            key={kind}
            label={t(`kpiPane.kind.${kind}`)}
            checked={kinds.has(kind)}
            disabled={busy}
            onChange={(_, d) => onKind(kind, d.checked === true)}
          />
        ))}
      </fieldset>
      {charts.length === 0 ? (
        <Text>{t("kpiPane.noCharts")}</Text>
      ) : (
        <ul className={styles.list} aria-label={t("kpiPane.charts")}>
          {charts.map((chart) => (
            <li key={chart.id} className={styles.item}>
              <Checkbox
                label={t("kpiPane.include", { title: chart.title })}
                checked={chosen.has(chart.id)}
                disabled={busy}
                onChange={(_, d) => onInclude(chart, d.checked === true)}
              />
              <ChartPreview plan={chart} width={PREVIEW_WIDTH} />
              {chart.note && (
                <Text size={100} className={styles.note}>
                  {chart.note}
                </Text>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
