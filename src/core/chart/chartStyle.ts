import type { ChartSeriesPlan, SeriesRole, SeriesType } from "./types";

/**
 * Print-safe series styles after IBCS: the actual is solid and dark, the plan an outline, a target
 * or goal a dashed line; colours differ in darkness too, so a black-and-white print keeps them
 * apart, and labels carry the values.
 */
export const CHART_COLORS = {
  actual: "#1F3864",
  plan: "#1F3864",
  target: "#404040",
  goal: "#C00000",
  band: "#7F7F7F",
} as const;

/** Status and score series: dark to light, so stacked segments stay apart in grey. */
export const SCALE_COLORS = [
  "#1F3864",
  "#2E75B6",
  "#9DC3E6",
  "#595959",
  "#A6A6A6",
  "#D9D9D9",
  "#FFC000",
];

export function series(
  name: string,
  role: SeriesRole,
  type: SeriesType,
  values: (number | null)[],
  style: ChartSeriesPlan["style"],
  color: string,
  dataLabels: boolean
): ChartSeriesPlan {
  const s: ChartSeriesPlan = {
    name,
    role,
    type,
    values,
    style,
    color,
    axis: "primary",
    dataLabels,
  };
  if (type === "line") s.marker = style !== "dashed";
  return s;
}
