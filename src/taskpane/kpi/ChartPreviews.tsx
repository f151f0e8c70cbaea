import { memo, useState } from "react";
import { Button, Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
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
});

/** Every kind of chart the KPI tab can plan, in the order it offers them. */
export const CHART_KINDS: readonly ChartPlanKind[] = [
  "indicator",
  "cumulative",
  "overview",
  "statusBoard",
  "effects",
];

/** Previews shown at first, and how many more each 「さらに表示」 adds (a register may plan 100). */
export const PREVIEW_PAGE = 8;

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
 * the workbook will draw, with a checkbox to include it; the first {@link PREVIEW_PAGE}, then more
 * on request (the ones not shown are drawn as ticked).
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
  const [limit, setLimit] = useState(PREVIEW_PAGE);
  const shown = charts.slice(0, limit);
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
          {shown.map((chart) => (
            <PreviewItem
              key={chart.id}
              chart={chart}
              included={chosen.has(chart.id)}
              onInclude={onInclude}
              busy={busy}
            />
          ))}
        </ul>
      )}
      {charts.length > shown.length && (
        <div>
          <Button onClick={() => setLimit((n) => n + PREVIEW_PAGE)}>
            {t("kpiPane.more", {
              count: Math.min(PREVIEW_PAGE, charts.length - shown.length),
              rest: charts.length - shown.length,
            })}
          </Button>
        </div>
      )}
    </div>
  );
}

/** One preview with its checkbox; redrawn only when its plan or choice changes. */
const PreviewItem = memo(function PreviewItem({
  chart,
  included,
  onInclude,
  busy,
}: {
  chart: ChartPlan;
  included: boolean;
  onInclude: (chart: ChartPlan, include: boolean) => void;
  busy: boolean;
}) {
  const t = useText();
  const styles = useStyles();
  return (
    <li className={styles.item}>
      <Checkbox
        label={t("kpiPane.include", { title: chart.title })}
        checked={included}
        disabled={busy}
        onChange={(_, d) => onInclude(chart, d.checked === true)}
      />
      {/* The preview prints the chart's note itself. */}
      <ChartPreview plan={chart} width={PREVIEW_WIDTH} />
    </li>
  );
});
