import type { Decimal } from "../decimal";
import { parseCellValue } from "../notation";
import type { KpiCellReading } from "./readKpiValue";
import type { KpiTarget } from "./types";

/** A band written in words inside a target text: 80%台 (80 ≤ x < 90). */
const BAND_IN_TEXT = /\d+(?:\.\d+)?\s*[%％]?\s*台/;

export interface TargetParts {
  /** The goal cell, already in the row's unit (value and upper). */
  goal: { reading: KpiCellReading; value: Decimal | null; upper: Decimal | null; cell: string };
  lower: { value: Decimal | null; cell: string } | null;
  upper: { value: Decimal | null; cell: string } | null;
  /** The target as printed in words (数値目標(原文)), when the register keeps it. */
  printed: string | null;
}

/**
 * The period goal of a row as printed (issue 8): 99.0%以上 → value and lower 99.0; 13%以内 → value
 * and upper 13; 80%台 → lower 80, upper 90 exclusive; 下限 / 上限 columns fill the bounds. Bounds
 * taken from columns are inclusive, unless the printed target says they are a 台 band (氷見 6①
 * 「80%台堅持」 with 下限 80 and 上限 90: 80 ≤ x < 90). `value` is the goal, else the lower end.
 */
export function parseKpiTarget(parts: TargetParts): KpiTarget {
  const { goal } = parts;
  let lower: Decimal | null = null;
  let upper: Decimal | null = null;
  let upperExclusive = false;
  let text = "";
  let cell: string | null = null;
  if (goal.reading.kind === "number" && goal.value !== null) {
    text = goal.reading.text;
    cell = goal.cell;
    const c = goal.reading.comparison;
    if (goal.upper !== null) {
      lower = goal.value;
      upper = goal.upper;
      upperExclusive = goal.reading.upperExclusive;
    } else if (c === "ge" || c === "gt") lower = goal.value;
    else if (c === "le" || c === "lt") upper = goal.value;
  } else if (goal.reading.kind === "text") {
    text = goal.reading.text;
    cell = goal.cell;
  }
  if (parts.lower?.value != null) {
    lower = parts.lower.value;
    cell ??= parts.lower.cell;
  }
  if (parts.upper?.value != null) {
    if (upper === null || !upper.equals(parts.upper.value)) upperExclusive = false;
    upper = parts.upper.value;
    cell ??= parts.upper.cell;
  }
  if (lower !== null && upper !== null && !upperExclusive && parts.printed) {
    const band = BAND_IN_TEXT.exec(parts.printed);
    const read = band ? parseCellValue(band[0]) : null;
    if (
      read?.kind === "number" &&
      read.upper &&
      read.upperExclusive &&
      read.quantity.value.equals(lower) &&
      read.upper.value.equals(upper)
    ) {
      upperExclusive = true;
      if (text === "") text = band![0];
    }
  }
  return {
    value: goal.value ?? lower ?? upper,
    lower,
    upper,
    upperExclusive,
    text,
    cell,
  };
}
