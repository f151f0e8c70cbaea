import { D, type Decimal } from "../decimal";
import { earlyHealthThreshold, rebuildThreshold } from "../indicators/thresholds";
import { isMoneyUnit, moneyFactor } from "../notation/moneyFactor";
import { formatFigure } from "./formatFigure";
import { componentOf, indicatorOf, type IndicatorLine } from "./indicatorLines";
import type { Line, TableMatrix } from "./TableMatrix";
import type { Finding, LineAxis } from "./types";

/** 地方債の許可団体 from 実質公債費比率 18% (地方財政法 第5条の4, domain.md §3). */
const PERMISSION = new D(18);
const OKU = new D(100_000_000);
const PERCENT_LIMIT = new D(1000);
const FISCAL_STRENGTH_LIMIT = new D(3);
/** Indicators that are never printed negative (将来負担・資金不足 are "－" when there is none). */
const NON_NEGATIVE = new Set<IndicatorLine>([
  "futureBurden",
  "fundShortage",
  "fiscalStrength",
  "ordinaryBalance",
]);

const COMPARISON = /^(?:比較|差|差引|差額|増減|対前年)|増減|伸び/;

type Level = "permission" | "early" | "rebuild" | "management";

/**
 * Statutory lines crossed and figures out of range on the indicator lines of a table along one
 * axis (rows of an outlook, columns of a 類似団体 table; domain.md §3), one finding per cell, all 要確認 ("confirm"): a crossed line is a fact about the city with a
 * legal consequence, not an arithmetic error, so it is never 誤り; the message names the line and
 * the consequence. Status tests use 以上 (≥) on the printed value, which is the published one.
 * - 実質公債費比率 (the 3-year figure, not 単年度): ≥ 35 財政再生基準, else ≥ 25 早期健全化基準, else
 *   ≥ 18 許可団体 — only the highest line crossed is reported;
 * - 将来負担比率 ≥ 350 早期健全化基準 (the 市町村 line; 都道府県・指定都市 have 400, which a table
 *   does not say);
 * - 実質赤字比率 / 連結実質赤字比率 ≥ 20 / 30 財政再生基準, else ≥ the 早期健全化基準 computed from the
 *   table's 標準財政規模 line at the same position (indicators/thresholds), checked only when
 *   that line is there in a money unit;
 * - 資金不足比率 ≥ 20 経営健全化基準.
 * Range ("indicator"): a negative 将来負担比率, 資金不足比率, 財政力指数 or 経常収支比率, a 財政力指数
 * over 3, a percentage over 1,000. Positions that are differences or changes (比較(氷見市-平均),
 * 増減額, 対前年度増減率) are not indicators and are left alone. Ids: `threshold:A34` for a line's
 * statutory lines, `indicator:A34@range` for its range; either can be switched off as a rule.
 */
export function indicatorFindings(matrix: TableMatrix, axis: LineAxis): Finding[] {
  const lines = matrix.lines(axis);
  const scaleLine = lines.find((l) => componentOf(l.key) === "E" && !indicatorOf(l.key));
  const out: Finding[] = [];
  for (const line of lines) {
    const ind = indicatorOf(line.key);
    if (!ind) continue;
    for (const p of matrix.positions(axis)) {
      // A difference or change (比較(氷見市-平均), 増減) of an indicator is no indicator.
      if (COMPARISON.test(p.key)) continue;
      const f = matrix.figure(axis, line.index, p.index);
      if (f?.kind !== "figure") continue;
      const at = { matrix, axis, line, position: p.index, address: f.address, value: f.value };
      const range = rangeFinding(at, ind.kind, f.unit);
      if (range) out.push(range);
      if (ind.singleYear || ind.kind === "fiscalStrength" || ind.kind === "ordinaryBalance")
        continue;
      const crossed = crossedLine(at, ind.kind, scaleLine);
      if (crossed) out.push(thresholdFinding(at, crossed.level, crossed.value));
    }
  }
  return out;
}

interface At {
  matrix: TableMatrix;
  axis: LineAxis;
  line: Line;
  position: number;
  address: string;
  value: Decimal;
}

function crossedLine(
  at: At,
  kind: IndicatorLine,
  scaleLine: Line | undefined
): { level: Level; value: Decimal } | null {
  const v = at.value;
  if (kind === "debtService") {
    const rebuild = rebuildThreshold("debtService")!;
    const early = earlyHealthThreshold("debtService", null).value;
    if (v.gte(rebuild)) return { level: "rebuild", value: rebuild };
    if (v.gte(early)) return { level: "early", value: early };
    return v.gte(PERMISSION) ? { level: "permission", value: PERMISSION } : null;
  }
  if (kind === "futureBurden") {
    const early = earlyHealthThreshold("futureBurden", null).value;
    return v.gte(early) ? { level: "early", value: early } : null;
  }
  if (kind === "fundShortage") {
    const management = earlyHealthThreshold("fundShortage", null).value;
    return v.gte(management) ? { level: "management", value: management } : null;
  }
  if (kind !== "deficit" && kind !== "consolidatedDeficit") return null;
  const rebuild = rebuildThreshold(kind)!;
  if (v.gte(rebuild)) return { level: "rebuild", value: rebuild };
  const s = scaleLine && at.matrix.figure(at.axis, scaleLine.index, at.position);
  if (s?.kind !== "figure" || !isMoneyUnit(s.unit) || !s.value.isPositive() || s.value.isZero())
    return null;
  const early = earlyHealthThreshold(kind, s.value.times(moneyFactor(s.unit)).div(OKU)).value;
  return v.gte(early) ? { level: "early", value: early } : null;
}

function yearsOf(at: At): number[] {
  const y = at.matrix.positions(at.axis)[at.position]?.fiscalYear ?? null;
  return y === null ? [] : [y];
}

function base(at: At, kind: Finding["kind"], id: string, text: string, expected: Decimal | null) {
  return {
    kind,
    severity: "confirm" as const,
    address: at.address,
    cells: [at.address],
    printed: at.value,
    expected,
    difference: expected && at.value.minus(expected),
    tolerance: null,
    rule: { id, text },
    rules: [{ id, text }],
    fiscalYears: yearsOf(at),
  };
}

function thresholdFinding(at: At, level: Level, value: Decimal): Finding {
  const id = `threshold:${at.line.address}`;
  const text = `${at.line.label} >= ${value.toDecimalPlaces(6).toFixed()}`;
  return {
    ...base(at, "threshold", id, text, value),
    message: {
      code: `check.threshold.${level}`,
      params: {
        cell: at.address,
        label: at.line.label,
        printed: formatFigure(at.value, "%"),
        threshold: formatFigure(value.toDecimalPlaces(2, D.ROUND_DOWN), "%"),
        rule: text,
      },
    },
  };
}

function rangeFinding(at: At, kind: IndicatorLine, unit: string | null): Finding | null {
  const v = at.value;
  const percent = kind !== "fiscalStrength";
  const problem =
    NON_NEGATIVE.has(kind) && v.isNeg()
      ? "negative"
      : !percent && v.gt(FISCAL_STRENGTH_LIMIT)
        ? "fiscalStrength"
        : percent && v.gt(PERCENT_LIMIT)
          ? "percent"
          : null;
  if (!problem) return null;
  const id = `indicator:${at.line.address}@range`;
  const text =
    problem === "fiscalStrength"
      ? `${at.line.label} <= 3`
      : problem === "percent"
        ? `${at.line.label} <= 1000`
        : `${at.line.label} >= 0`;
  return {
    ...base(at, "indicator", id, text, null),
    message: {
      code: `check.indicator.${problem}`,
      params: {
        cell: at.address,
        label: at.line.label,
        printed: formatFigure(v, percent ? "%" : (unit ?? null)),
        rule: text,
      },
    },
  };
}
