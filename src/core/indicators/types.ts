import type { Decimal, RoundingMode } from "../decimal";
import type { Issue } from "../messages/types";

/** The published precision of a figure: digits after the point and the rounding mode. */
export interface Precision {
  digits: number;
  rounding: RoundingMode;
}

/**
 * How a figure was computed, carried with every result so the UI and the checker can show it
 * next to the number ("3か年平均・小数第2位切り捨て"). `digits`/`rounding` are null when the value
 * is kept at full precision (e.g. the single-year 実質公債費比率).
 */
export interface Method {
  /** Stable id of the formula, e.g. "debtServiceRatio.mean3". */
  id: string;
  digits: number | null;
  rounding: RoundingMode | null;
}

/**
 * A computed indicator. `value` is rounded to the published precision, `exact` is the value
 * before rounding. "none" is a figure that is deliberately not computed and printed "－"
 * (no deficit, 将来負担 fully covered); "error" is input the formula cannot use (a zero denominator).
 */
export type IndicatorResult =
  | { kind: "value"; value: Decimal; exact: Decimal; method: Method }
  | { kind: "none"; issue: Issue; method: Method }
  | { kind: "error"; issue: Issue; method: Method };
