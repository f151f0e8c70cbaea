import { formatChartNumber, formatDecimals } from "./chartNumber";
import { horizontalFrame, legendOf, verticalFrame } from "./chartFrames";
import { isBar, LEGEND_ROW, PAD } from "./geometryTypes";
import type { ChartGeometry, GeometryText } from "./geometryTypes";
import { niceScale, type NiceScale } from "./niceScale";
import { drawSeries } from "./seriesGeometry";
import { wrapText } from "./textMetrics";
import type { ChartPlan } from "./types";
import { axisRange, domain } from "./valueDomain";

export type * from "./geometryTypes";

/**
 * A preview height for a width: the chart's own proportions (its placement on the page), but
 * tall enough for every bar of a horizontal chart to keep a readable label (14px a category,
 * 8px a bar of a cluster), and never under 200px.
 *
 * @example previewHeight(overviewOf25, 380) // 470
 */
export function previewHeight(plan: ChartPlan, width: number): number {
  const { widthPt, heightPt } = plan.placement;
  const proportional = widthPt > 0 && heightPt > 0 ? (width * heightPt) / widthPt : width * 0.55;
  if (!plan.horizontal) return Math.round(Math.max(200, Math.min(proportional, width * 1.5)));
  const perCategory = Math.max(1, plan.series.filter(isBar).length) * 8;
  const rows = plan.categories.length * Math.max(14, perCategory);
  return Math.round(Math.max(200, 120 + rows));
}

/**
 * Lays a chart plan out for the SVG preview: the plot area, value ticks at nice steps with labels in
 * the plan's number format (△ for negatives), category labels, bars (clustered with the plan's
 * overlap and gap width, or stacked), lines broken at gaps, data labels, the legend with each
 * series' style, the title and the note. Horizontal charts draw the first category at the bottom,
 * as Excel does. Pure: the same plan and size give the same geometry.
 */
export function chartGeometry(
  plan: ChartPlan,
  size: { width: number; height: number }
): ChartGeometry {
  const { width, height } = size;
  const title = wrapText(plan.title, 13, width - 2 * PAD, 2).map((text, i): GeometryText => ({
    x: width / 2,
    y: PAD + 13 + i * 16,
    text,
    anchor: "middle",
    size: 13,
    bold: true,
  }));
  const top = PAD + title.length * 16 + 6;
  const noteLines = plan.note ? wrapText(plan.note, 10, width - 2 * PAD, 2) : [];
  const legend = legendOf(plan, width);
  const bottomBlock = legend.rows * LEGEND_ROW + noteLines.length * 13 + PAD;
  const legendTop = height - bottomBlock;
  const legendEntries = legend.entries.map((e) => ({ ...e, y: legendTop + e.y }));
  const note = noteLines.map((text, i): GeometryText => ({
    x: PAD,
    y: legendTop + legend.rows * LEGEND_ROW + 10 + i * 13,
    text,
    anchor: "start",
    size: 10,
  }));
  const primaryDomain = domain(plan, "primary");
  const secondaryDomain = plan.secondaryAxis ? domain(plan, "secondary") : null;
  const empty = primaryDomain === null && secondaryDomain === null;
  const [lo, hi] = primaryDomain ? axisRange(primaryDomain, plan) : [0, 1];
  // About one tick per 30px of value axis, 2 to 6 steps, so tick labels never crowd.
  const axisLength = plan.horizontal ? width * 0.55 : height - top - bottomBlock - 40;
  const steps = Math.max(2, Math.min(6, Math.floor(axisLength / 30)));
  const scale = niceScale(
    lo,
    hi,
    plan.valueAxis,
    steps,
    formatDecimals(plan.valueAxis.numberFormat)
  );
  const secondary =
    plan.secondaryAxis && secondaryDomain
      ? niceScale(
          ...axisRange(secondaryDomain, plan),
          plan.secondaryAxis,
          steps,
          formatDecimals(plan.secondaryAxis.numberFormat)
        )
      : null;
  const fmt = plan.valueAxis.numberFormat;
  const tickLabels = scale.ticks.map((v) => formatChartNumber(v, fmt));
  const secondaryLabels =
    secondary && plan.secondaryAxis
      ? secondary.ticks.map((v) => formatChartNumber(v, plan.secondaryAxis?.numberFormat ?? fmt))
      : [];
  const n = Math.max(1, plan.categories.length);
  const frame = { top, bottom: legendTop - 4, tickLabels, secondaryLabels, n };
  const layout = plan.horizontal
    ? horizontalFrame(plan, width, frame)
    : verticalFrame(plan, width, frame);
  const { plot } = layout;
  const along = (s: NiceScale, v: number) =>
    plan.horizontal
      ? plot.x + ((v - s.min) / (s.max - s.min)) * plot.width
      : plot.y + plot.height - ((v - s.min) / (s.max - s.min)) * plot.height;
  const band = (plan.horizontal ? plot.height : plot.width) / n;
  /** Centre of category i across the category axis (horizontal: first at the bottom). */
  const centre = (i: number) =>
    plan.horizontal ? plot.y + plot.height - (i + 0.5) * band : plot.x + (i + 0.5) * band;
  const valueTicks = scale.ticks.map((value, i) => ({
    value,
    label: tickLabels[i] ?? "",
    position: along(scale, value),
  }));
  const secondaryTicks = secondary
    ? secondary.ticks.map((value, i) => ({
        value,
        label: secondaryLabels[i] ?? "",
        position: along(secondary, value),
      }))
    : [];
  const zero = along(scale, Math.min(Math.max(0, scale.min), scale.max));
  const zeroLine = plan.horizontal
    ? { x1: zero, y1: plot.y, x2: zero, y2: plot.y + plot.height }
    : { x1: plot.x, y1: zero, x2: plot.x + plot.width, y2: zero };
  const marks = drawSeries(plan, {
    scaleOf: (s) => (s.axis === "secondary" && secondary ? secondary : scale),
    along,
    centre,
    band,
  });
  return {
    width,
    height,
    horizontal: plan.horizontal,
    title,
    plot,
    valueTicks,
    secondaryTicks,
    zeroLine,
    categoryLabels: layout.categoryLabels(centre, band),
    axisTitles: layout.axisTitles,
    bars: marks.bars,
    lines: marks.lines,
    labels: marks.labels,
    legend: legendEntries,
    note,
    empty,
  };
}
