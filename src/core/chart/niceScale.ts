/** A value axis: its ends and ticks, at "nice" steps (1, 2, 2.5, 5 × 10ⁿ). */
export interface NiceScale {
  min: number;
  max: number;
  step: number;
  ticks: number[];
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  const nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * Axis ends and ticks covering [lo, hi] with about `count` steps; fixed ends (from the plan's
 * axis min/max) are kept as given. An empty or one-value range widens to something drawable.
 *
 * @example niceScale(-1500, 3200).ticks // [-2000, -1000, 0, 1000, 2000, 3000, 4000]
 */
export function niceScale(
  lo: number,
  hi: number,
  fixed: { min?: number; max?: number } = {},
  count = 5
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
  const step = niceStep((b - a) / count);
  const min = fixed.min ?? Math.floor(a / step + 1e-9) * step;
  const max = fixed.max ?? Math.ceil(b / step - 1e-9) * step;
  const ticks: number[] = [];
  const first = Math.ceil(min / step - 1e-9) * step;
  for (let i = 0; first + i * step <= max + step * 1e-9 && i < 1000; i++)
    ticks.push(Number((first + i * step).toPrecision(12)));
  return { min, max, step, ticks };
}
