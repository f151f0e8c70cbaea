import { formatChartNumber } from "./chartNumber";
import { isBar } from "./geometryTypes";
import type {
  GeometryBar,
  GeometryLine,
  GeometryPoint,
  GeometryRect,
  GeometryText,
} from "./geometryTypes";
import type { NiceScale } from "./niceScale";
import type { ChartPlan, ChartSeriesPlan } from "./types";

export interface Mapping {
  scaleOf: (s: ChartSeriesPlan) => NiceScale;
  along: (s: NiceScale, v: number) => number;
  centre: (i: number) => number;
  band: number;
}

export function drawSeries(
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

export function endLabel(
  r: GeometryRect,
  v: number,
  horizontal: boolean,
  text: string
): GeometryText {
  if (horizontal)
    return v >= 0
      ? { x: r.x + r.width + 3, y: r.y + r.height / 2 + 4, text, anchor: "start", size: 10 }
      : { x: r.x - 3, y: r.y + r.height / 2 + 4, text, anchor: "end", size: 10 };
  return v >= 0
    ? { x: r.x + r.width / 2, y: r.y - 3, text, anchor: "middle", size: 10 }
    : { x: r.x + r.width / 2, y: r.y + r.height + 11, text, anchor: "middle", size: 10 };
}
