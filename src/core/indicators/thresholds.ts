import { D } from "../decimal";
import type { Decimal } from "../decimal";
import type { RatioKind } from "./ratioKind";

const FIFTY = new D(50);
const TWO_HUNDRED = new D(200);
const FIVE_HUNDRED = new D(500);
const ONE_FIFTH = new D("0.2");
const HALF = new D("0.5");
const HUNDRED = new D(100);
const FIXED_EARLY: Record<"debtService" | "futureBurden" | "fundShortage", Decimal> = {
  debtService: new D(25),
  futureBurden: new D(350),
  fundShortage: new D(20),
};
const FUTURE_BURDEN_LARGE = new D(400);
const CONSOLIDATED_MARGIN = new D(5);

export interface ThresholdOptions {
  /** 都道府県・指定都市: 将来負担比率 早期健全化基準 400% instead of 350%. Deficit thresholds here are the 市町村 ones. */
  prefectureOrDesignatedCity?: boolean;
}

/** A threshold in %, exact, with the rule that produced it (shown next to the figure). */
export interface Threshold {
  value: Decimal;
  rule: "formula" | "formulaPlus5" | "fixed";
}

/**
 * X of 地方財政法施行令 第22条 for 標準財政規模 S in 億円. The four pieces meet at S = 50, 200, 500,
 * so the threshold is continuous.
 *
 * @example deficitX(new D(100)).toFixed() // "6.6666…" ((100 + 100) / 30)
 */
export function deficitX(s: Decimal): Decimal {
  if (s.lt(FIFTY)) return s.div(10);
  if (s.lt(TWO_HUNDRED)) return s.plus(100).div(30);
  if (s.lt(FIVE_HUNDRED)) return s.plus(1000).div(120);
  return s.div(40);
}

/**
 * 早期健全化基準 in % (健全化法施行令 第7条). 実質赤字比率: (1/5 + X/S) / 2 with X from 地方財政法施行令
 * 第22条 — 15% for S < 50億円 down to 11.25% for S ≥ 500億円; 連結実質赤字比率: that + 5%;
 * 実質公債費比率 25%; 将来負担比率 350% (都道府県・指定都市 400%); 資金不足比率 (経営健全化基準) 20%.
 * The value is exact (not rounded to the printed 2 dp), so status comparisons are exact.
 * `scaleOku` is needed only for the two deficit kinds; S ≤ 0 is a programmer error (callers check).
 *
 * @example earlyHealthThreshold("deficit", new D(100)).value.toFixed(4) // "13.3333" ((0.2 + (200/30)/100) / 2)
 */
export function earlyHealthThreshold(
  kind: RatioKind,
  scaleOku: Decimal | null,
  options: ThresholdOptions = {}
): Threshold {
  if (kind === "deficit" || kind === "consolidatedDeficit") {
    if (scaleOku === null || !scaleOku.isPositive() || scaleOku.isZero()) {
      throw new Error(
        "earlyHealthThreshold: a positive 標準財政規模 (億円) is required for deficit thresholds"
      );
    }
    const base = ONE_FIFTH.plus(deficitX(scaleOku).div(scaleOku)).times(HALF).times(HUNDRED);
    return kind === "deficit"
      ? { value: base, rule: "formula" }
      : { value: base.plus(CONSOLIDATED_MARGIN), rule: "formulaPlus5" };
  }
  if (kind === "futureBurden" && options.prefectureOrDesignatedCity)
    return { value: FUTURE_BURDEN_LARGE, rule: "fixed" };
  return { value: FIXED_EARLY[kind], rule: "fixed" };
}

const REBUILD: Partial<Record<RatioKind, Decimal>> = {
  deficit: new D(20),
  consolidatedDeficit: new D(30),
  debtService: new D(35),
};

/**
 * 財政再生基準 in % (健全化法施行令 第8条, 市町村): 実質赤字 20, 連結実質赤字 30, 実質公債費 35.
 * 将来負担比率 and 資金不足比率 have none: null.
 *
 * @example rebuildThreshold("debtService")?.toFixed() // "35"
 */
export function rebuildThreshold(kind: RatioKind): Decimal | null {
  return REBUILD[kind] ?? null;
}
