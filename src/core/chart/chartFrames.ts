import { FONT, LEGEND_ROW, PAD } from "./geometryTypes";
import type { GeometryLegendEntry, GeometryRect, GeometryText } from "./geometryTypes";
import { fitText, textWidth } from "./textMetrics";
import type { ChartPlan } from "./types";

/** Legend entries in rows that fit the width. */
export function legendOf(
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

export interface Frame {
  top: number;
  bottom: number;
  tickLabels: string[];
  secondaryLabels: string[];
  n: number;
}

export interface Layout {
  plot: GeometryRect;
  axisTitles: GeometryText[];
  categoryLabels: (centre: (i: number) => number, band: number) => GeometryText[];
}

const maxWidth = (labels: string[]) => labels.reduce((m, t) => Math.max(m, textWidth(t, FONT)), 0);

export function verticalFrame(plan: ChartPlan, width: number, f: Frame): Layout {
  // Axis titles sit above their axis, horizontal, as Japanese papers print the unit（千円）.
  const titleH = plan.valueAxis.title || plan.secondaryAxis?.title ? 16 : 0;
  const left = PAD + maxWidth(f.tickLabels) + 6;
  const right = width - PAD - (f.secondaryLabels.length ? maxWidth(f.secondaryLabels) + 6 : 4);
  const catTitleH = plan.categoryAxis.title ? 15 : 0;
  const plotBottom = f.bottom - FONT - 8 - catTitleH;
  const plot = {
    x: left,
    y: f.top + titleH,
    width: Math.max(10, right - left),
    height: Math.max(10, plotBottom - f.top - titleH),
  };
  const titles: GeometryText[] = [];
  const half = (width - 2 * PAD) / 2;
  if (plan.valueAxis.title)
    titles.push({
      x: PAD,
      y: f.top + 10,
      text: fitText(plan.valueAxis.title, 10, plan.secondaryAxis ? half : width - 2 * PAD),
      anchor: "start",
      size: 10,
    });
  if (plan.secondaryAxis?.title && f.secondaryLabels.length)
    titles.push({
      x: width - PAD,
      y: f.top + 10,
      text: fitText(plan.secondaryAxis.title, 10, half),
      anchor: "end",
      size: 10,
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

export function horizontalFrame(plan: ChartPlan, width: number, f: Frame): Layout {
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
