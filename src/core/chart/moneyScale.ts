import { D, type Decimal } from "../decimal";

export interface ValueScale {
  /** The unit shown on the axis (百万円 when 円 values reach hundreds of millions). */
  unit: string;
  /** Divisor from the row's unit to the shown unit (exact). */
  divisor: Decimal;
  /** Most decimals shown after scaling. */
  maxDecimals: number;
}

const MONEY_STEPS: Record<string, { unit: string; factor: number }[]> = {
  円: [
    { unit: "億円", factor: 1e8 },
    { unit: "百万円", factor: 1e6 },
    { unit: "千円", factor: 1e3 },
  ],
  千円: [{ unit: "百万円", factor: 1e3 }],
};

/**
 * Money axes in the unit a council paper uses: 3億円 plotted in 円 gives labels like
 * 300,000,000, so 円 from 1億 shows in 百万円 (from 10億 in 億円), from 10万 in 千円. Other units
 * stay as the row states them. Exact: the divisor is a power of ten.
 *
 * @example valueScale("円", [new D(300000000)]).unit // "百万円"
 */
export function valueScale(unit: string | null, values: readonly (Decimal | null)[]): ValueScale {
  const same = { unit: unit ?? "", divisor: new D(1), maxDecimals: 3 };
  const steps = unit ? MONEY_STEPS[unit] : undefined;
  if (!steps) return same;
  let max = new D(0);
  for (const v of values) if (v !== null && v.abs().gt(max)) max = v.abs();
  const threshold = (factor: number) => (factor === 1e8 ? 1e9 : factor * 100);
  const step = steps.find((s) => max.gte(threshold(s.factor)));
  return step ? { unit: step.unit, divisor: new D(step.factor), maxDecimals: 1 } : same;
}
