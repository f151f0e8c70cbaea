import type { ChartSeriesPlan } from "./types";

/** Shapes of a chart preview, in SVG user units (px). */

/** A piece of text in the preview, always drawn as a text node. */
export interface GeometryText {
  x: number;
  y: number;
  text: string;
  anchor: "start" | "middle" | "end";
  size: number;
  bold?: boolean;
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

/** Preview text sizes and spacing. */
export const FONT = 11;
export const PAD = 8;
export const LEGEND_ROW = 16;

/** True for a clustered bar or column series (drawn side by side, or overlapping by the plan's overlap). */
export const isBar = (s: ChartSeriesPlan) => s.type === "column" || s.type === "bar";
