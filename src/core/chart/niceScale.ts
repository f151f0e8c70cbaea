/** A value axis: its ends and ticks, at "nice" steps (1, 2, 2.5, 5 × 10ⁿ). */
export interface NiceScale {
  min: number;
  max: number;
  step: number;
  ticks: number[];
}

/** The nice step at or above `raw`; a step the axis format cannot show (2.5 with no decimals) is skipped. */
function niceStep(raw: number, decimals: number): number {
  const smallest = 10 ** -decimals;
  const r = Math.max(raw, smallest);
  const power = 10 ** Math.floor(Math.log10(r));
  const shows = (step: number) =>
    Math.abs(Math.round(step / smallest) * smallest - step) < smallest * 1e-6;
  for (const f of [1, 2, 2.5, 5, 10])
    if (f * power >= r * (1 - 1e-9) && shows(f * power)) return f * power;
  return 10 * power;
}

/**
 * Axis ends and ticks covering [lo, hi] with about `count` steps, each one the axis format can
 * show with its `decimals` (no 2.5 steps on a whole-number axis); fixed ends (from the plan's
 * axis min/max) are kept as given. An empty or one-value range widens to something drawable.
 *
 * @example niceScale(-1500, 3200).ticks // [-2000, -1000, 0, 1000, 2000, 3000, 4000]
 */
export function niceScale(
  lo: number,
  hi: number,
  fixed: { min?: number; max?: number } = {},
  count = 5,
  decimals = 10
): NiceScale {
  let a = fixed.min ?? lo;
  let b = fixed.max ?? hi;
  if (!(Number.isFinite(a) && Number.isFinite(b))) [a, b] = [0, 1];
  if (a > b) [a, b] = [b, a];
  if (a === b) {
    const pad = a === 0 ? 1 : Math.abs(a) * 0.1;
    if (fixed.min === undefined) a -= pad;
    if (fixed.max === undefined || a === b) b += pad;
  }
  const step = niceStep((b - a) / count, decimals);
  const min = fixed.min ?? Math.floor(a / step + 1e-9) * step;
  const max = fixed.max ?? Math.ceil(b / step - 1e-9) * step;
  const ticks: number[] = [];
  const first = Math.ceil(min / step - 1e-9) * step;
  for (let i = 0; first + i * step <= max + step * 1e-9 && i < 1000; i++)
    ticks.push(Number((first + i * step).toPrecision(12)));
  return { min, max, step, ticks };
}
