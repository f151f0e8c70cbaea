import { formatChartNumber } from "./chartNumber";
import { niceScale, type NiceScale } from "./niceScale";
import { fitText, textWidth, wrapText } from "./textMetrics";
import type { ChartPlan, ChartSeriesPlan } from "./types";

/** A piece of text in the preview, always drawn as a text node. */
export interface GeometryText {
  x: number;
  y: number;
  text: string;
  anchor: "start" | "middle" | "end";
  size: number;
  bold?: boolean;
  /** Degrees, about (x, y). */
  rotate?: number;
}

export interface GeometryBar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Index of the series in the plan. */
  series: number;
  style: ChartSeriesPlan["style"];
  color: string;
  value: number;
}

export interface GeometryPoint {
  x: number;
  y: number;
}

export interface GeometryLine {
  series: number;
  style: ChartSeriesPlan["style"];
  color: string;
  /** Runs of points between gaps (a null value breaks the line). */
  segments: GeometryPoint[][];
  markers: GeometryPoint[];
}

export interface GeometryTick {
  value: number;
  label: string;
  /** y of a vertical chart's tick, x of a horizontal one. */
  position: number;
}

export interface GeometryLegendEntry {
  text: string;
  style: ChartSeriesPlan["style"];
  color: string;
  shape: "bar" | "line";
  /** Top-left of the swatch; the text starts after it. */
  x: number;
  y: number;
}

export interface GeometryRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  horizontal: boolean;
  title: GeometryText[];
  plot: GeometryRect;
  valueTicks: GeometryTick[];
  secondaryTicks: GeometryTick[];
  /** The value 0 across the plot (the baseline of bars). */
  zeroLine: { x1: number; y1: number; x2: number; y2: number };
  categoryLabels: GeometryText[];
  axisTitles: GeometryText[];
  bars: GeometryBar[];
  lines: GeometryLine[];
  labels: GeometryText[];
  legend: GeometryLegendEntry[];
  note: GeometryText[];
  /** True when no series has a value: the preview says so instead of drawing an empty frame. */
  empty: boolean;
}

const FONT = 11;
const PAD = 8;
const LEGEND_ROW = 16;

const isBar = (s: ChartSeriesPlan) => s.type === "column" || s.type === "bar";

function domain(plan: ChartPlan, axis: "primary" | "secondary"): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  const list = plan.series.filter((s) => s.axis === axis);
  const stacked = list.filter((s) => s.type === "stackedBar");
  for (const s of list) {
    if (s.type === "stackedBar") continue;
    for (const v of s.values)
      if (v !== null && Number.isFinite(v)) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
    if (isBar(s) && s.values.some((v) => v !== null)) [lo, hi] = [Math.min(lo, 0), Math.max(hi, 0)];
  }
  plan.categories.forEach((_, i) => {
    if (!stacked.length) return;
    let pos = 0;
    let neg = 0;
    for (const s of stacked) {
      const v = s.values[i];
      if (v === null || v === undefined || !Number.isFinite(v)) continue;
      if (v >= 0) pos += v;
      else neg += v;
    }
    [lo, hi] = [Math.min(lo, neg), Math.max(hi, pos)];
  });
  return lo <= hi ? [lo, hi] : null;
}

/** Legend entries in rows that fit the width. */
function legendOf(
  plan: ChartPlan,
  width: number
): { entries: GeometryLegendEntry[]; rows: number } {
  if (plan.legend === "none") return { entries: [], rows: 0 };
  const entries: GeometryLegendEntry[] = [];
  let x = PAD;
  let row = 0;
  for (const s of plan.series) {
    const text = fitText(s.name, FONT, width - 2 * PAD - 22);
    const w = 22 + textWidth(text, FONT) + 12;
    if (x + w > width - PAD && x > PAD) {
      row += 1;
      x = PAD;
    }
    entries.push({
      text,
      style: s.style,
      color: s.color,
      shape: s.type === "line" ? "line" : "bar",
      x,
      y: row * LEGEND_ROW,
    });
    x += w;
  }
  return { entries, rows: entries.length ? row + 1 : 0 };
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
  const scale = niceScale(primaryDomain?.[0] ?? 0, primaryDomain?.[1] ?? 1, plan.valueAxis);
  const secondary =
    plan.secondaryAxis && secondaryDomain
      ? niceScale(secondaryDomain[0], secondaryDomain[1], plan.secondaryAxis)
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

interface Frame {
  top: number;
  bottom: number;
  tickLabels: string[];
  secondaryLabels: string[];
  n: number;
}

interface Layout {
  plot: GeometryRect;
  axisTitles: GeometryText[];
  categoryLabels: (centre: (i: number) => number, band: number) => GeometryText[];
}

const maxWidth = (labels: string[]) => labels.reduce((m, t) => Math.max(m, textWidth(t, FONT)), 0);

function verticalFrame(plan: ChartPlan, width: number, f: Frame): Layout {
  const axisTitleW = plan.valueAxis.title ? 16 : 0;
  const left = PAD + axisTitleW + maxWidth(f.tickLabels) + 6;
  const right =
    width -
    PAD -
    (f.secondaryLabels.length
      ? maxWidth(f.secondaryLabels) + 6 + (plan.secondaryAxis?.title ? 16 : 0)
      : 4);
  const catTitleH = plan.categoryAxis.title ? 15 : 0;
  const plotBottom = f.bottom - FONT - 8 - catTitleH;
  const plot = {
    x: left,
    y: f.top,
    width: Math.max(10, right - left),
    height: Math.max(10, plotBottom - f.top),
  };
  const titles: GeometryText[] = [];
  if (plan.valueAxis.title)
    titles.push({
      x: PAD + 10,
      y: plot.y + plot.height / 2,
      text: fitText(plan.valueAxis.title, FONT, plot.height),
      anchor: "middle",
      size: FONT,
      rotate: -90,
    });
  if (plan.secondaryAxis?.title && f.secondaryLabels.length)
    titles.push({
      x: width - PAD - 4,
      y: plot.y + plot.height / 2,
      text: fitText(plan.secondaryAxis.title, FONT, plot.height),
      anchor: "middle",
      size: FONT,
      rotate: 90,
    });
  if (plan.categoryAxis.title)
    titles.push({
      x: plot.x + plot.width / 2,
      y: f.bottom - 2,
      text: fitText(plan.categoryAxis.title, FONT, plot.width),
      anchor: "middle",
      size: FONT,
    });
  return {
    plot,
    axisTitles: titles,
    categoryLabels: (centre, band) =>
      plan.categories.map((c, i) => ({
        x: centre(i),
        y: plot.y + plot.height + FONT + 4,
        text: fitText(c, FONT, band - 2),
        anchor: "middle",
        size: FONT,
      })),
  };
}

function horizontalFrame(plan: ChartPlan, width: number, f: Frame): Layout {
  const labelW = Math.min(maxWidth(plan.categories) + 6, width * 0.4);
  const left = PAD + labelW;
  const lastTick = f.tickLabels[f.tickLabels.length - 1] ?? "";
  const right = width - PAD - textWidth(lastTick, FONT) / 2;
  const valTitleH = plan.valueAxis.title ? 15 : 0;
  const plotBottom = f.bottom - FONT - 8 - valTitleH;
  const plot = {
    x: left,
    y: f.top,
    width: Math.max(10, right - left),
    height: Math.max(10, plotBottom - f.top),
  };
  const titles: GeometryText[] = plan.valueAxis.title
    ? [
        {
          x: plot.x + plot.width / 2,
          y: f.bottom - 2,
          text: fitText(plan.valueAxis.title, FONT, plot.width),
          anchor: "middle",
          size: FONT,
        },
      ]
    : [];
  return {
    plot,
    axisTitles: titles,
    categoryLabels: (centre, band) => {
      const size = Math.min(FONT, Math.max(7, band - 2));
      return plan.categories.map((c, i) => ({
        x: plot.x - 4,
        y: centre(i) + size / 3,
        text: fitText(c, size, labelW - 4),
        anchor: "end",
        size,
      }));
    },
  };
}

interface Mapping {
  scaleOf: (s: ChartSeriesPlan) => NiceScale;
  along: (s: NiceScale, v: number) => number;
  centre: (i: number) => number;
  band: number;
}

function drawSeries(
  plan: ChartPlan,
  m: Mapping
): { bars: GeometryBar[]; lines: GeometryLine[]; labels: GeometryText[] } {
  const bars: GeometryBar[] = [];
  const lines: GeometryLine[] = [];
  const labels: GeometryText[] = [];
  const clustered = plan.series.map((s, i) => ({ s, i })).filter(({ s }) => isBar(s));
  const hasStack = plan.series.some((s) => s.type === "stackedBar");
  const slots = clustered.length + (hasStack ? 1 : 0);
  const overlap = Math.max(-100, Math.min(100, plan.overlap ?? 0)) / 100;
  const gap = Math.max(0, Math.min(500, plan.gapWidth ?? 150)) / 100;
  const barW = m.band / (1 + Math.max(0, slots - 1) * (1 - overlap) + gap);
  const stepW = barW * (1 - overlap);
  const groupW = barW + Math.max(0, slots - 1) * stepW;
  const h = plan.horizontal;
  const fmtOf = (s: ChartSeriesPlan) =>
    s.axis === "secondary" && plan.secondaryAxis
      ? plan.secondaryAxis.numberFormat
      : plan.valueAxis.numberFormat;
  /** A bar from value a to b across slot offset `off` of category i. */
  const rect = (i: number, off: number, a: number, b: number, scale: NiceScale) => {
    const pa = m.along(scale, a);
    const pb = m.along(scale, b);
    const across = m.centre(i) - groupW / 2 + off;
    return h
      ? {
          x: Math.min(pa, pb),
          y: m.centre(i) + groupW / 2 - off - barW,
          width: Math.abs(pb - pa),
          height: barW,
        }
      : { x: across, y: Math.min(pa, pb), width: barW, height: Math.abs(pb - pa) };
  };
  const base = (scale: NiceScale) => Math.min(Math.max(0, scale.min), scale.max);
  clustered.forEach(({ s, i: si }, slot) => {
    const scale = m.scaleOf(s);
    s.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) return;
      const r = rect(i, slot * stepW, base(scale), v, scale);
      bars.push({ ...r, series: si, style: s.style, color: s.color, value: v });
      if (s.dataLabels) labels.push(endLabel(r, v, h, formatChartNumber(v, fmtOf(s))));
    });
  });
  if (hasStack) {
    const slot = clustered.length;
    const scale = m.scaleOf(plan.series.find((s) => s.type === "stackedBar") ?? plan.series[0]!);
    plan.categories.forEach((_, i) => {
      let pos = 0;
      let neg = 0;
      plan.series.forEach((s, si) => {
        if (s.type !== "stackedBar") return;
        const v = s.values[i];
        if (v === null || v === undefined || !Number.isFinite(v) || v === 0) return;
        const from = v >= 0 ? pos : neg;
        const to = from + v;
        if (v >= 0) pos = to;
        else neg = to;
        const r = rect(i, slot * stepW, from, to, scale);
        bars.push({ ...r, series: si, style: s.style, color: s.color, value: v });
        const long = h ? r.width : r.height;
        if (s.dataLabels && long >= 12)
          labels.push({
            x: r.x + r.width / 2,
            y: r.y + r.height / 2 + 4,
            text: formatChartNumber(v, fmtOf(s)),
            anchor: "middle",
            size: 10,
          });
      });
    });
  }
  plan.series.forEach((s, si) => {
    if (s.type !== "line") return;
    const scale = m.scaleOf(s);
    const segments: GeometryPoint[][] = [];
    const markers: GeometryPoint[] = [];
    let run: GeometryPoint[] = [];
    s.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) {
        if (run.length) segments.push(run);
        run = [];
        return;
      }
      const p = h
        ? { x: m.along(scale, v), y: m.centre(i) }
        : { x: m.centre(i), y: m.along(scale, v) };
      run.push(p);
      if (s.marker || s.values.length === 1) markers.push(p);
      if (s.dataLabels)
        labels.push({
          x: p.x,
          y: p.y - 6,
          text: formatChartNumber(v, fmtOf(s)),
          anchor: "middle",
          size: 10,
        });
    });
    if (run.length) segments.push(run);
    // A one-category line is a short tick across the band, so a goal of one year stays visible.
    const widened = segments.map((seg) =>
      seg.length === 1 && seg[0]
        ? h
          ? [
              { x: seg[0].x, y: seg[0].y - m.band / 2 },
              { x: seg[0].x, y: seg[0].y + m.band / 2 },
            ]
          : [
              { x: seg[0].x - m.band / 2, y: seg[0].y },
              { x: seg[0].x + m.band / 2, y: seg[0].y },
            ]
        : seg
    );
    lines.push({ series: si, style: s.style, color: s.color, segments: widened, markers });
  });
  return { bars, lines, labels };
}

function endLabel(r: GeometryRect, v: number, horizontal: boolean, text: string): GeometryText {
  if (horizontal)
    return v >= 0
      ? { x: r.x + r.width + 3, y: r.y + r.height / 2 + 4, text, anchor: "start", size: 10 }
      : { x: r.x - 3, y: r.y + r.height / 2 + 4, text, anchor: "end", size: 10 };
  return v >= 0
    ? { x: r.x + r.width / 2, y: r.y - 3, text, anchor: "middle", size: 10 }
    : { x: r.x + r.width / 2, y: r.y + r.height + 11, text, anchor: "middle", size: 10 };
}
