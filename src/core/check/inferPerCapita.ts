import { makeRule, refTo } from "./makeRule";
import type { TableMatrix } from "./TableMatrix";
import type { Expr, LineAxis, Rule } from "./types";

/** 人口1万人当たり, 1人当たり, 人口千人当たり: the phrase and the scale it names. */
const PER = /(?:人口)?(\d+)?(万|千|百)?人当たり/;
const SCALE: Record<string, number> = { 万: 10_000, 千: 1_000, 百: 100 };
/** A population line: 人口, 住基人口(R2.1.1)(人) — not a share or rate of it. */
const POPULATION = /人口/;
const NOT_POPULATION = /当たり|割合|率|比|増減/;

export interface PerCapita {
  line: number;
  numerator: number;
  denominator: number;
  scale: number;
}

/**
 * Per-capita lines: 「人口1万人当たり職員数」 = 職員数 / 人口 × 10,000 on the same position, the
 * numerator being the line whose label is this one without the phrase (「一般行政部門 / 職員数(人)」)
 * and the denominator the nearest population line before it.
 */
export function findPerCapita(matrix: TableMatrix, axis: LineAxis): PerCapita[] {
  const lines = matrix.lines(axis);
  const populations = lines
    .filter((o) => POPULATION.test(o.key) && !NOT_POPULATION.test(o.key))
    .map((o) => o.index);
  const found: PerCapita[] = [];
  for (const l of lines) {
    const m = PER.exec(l.key);
    if (!m) continue;
    const numerator = matrix.find(axis, l.key.replace(m[0], ""))[0];
    if (numerator === undefined) continue;
    const denominator = nearestBefore(populations, numerator);
    if (denominator === undefined) continue;
    const scale = Number(m[1] ?? "1") * (m[2] ? SCALE[m[2]]! : 1);
    found.push({ line: l.index, numerator, denominator, scale });
  }
  return found;
}

/** The last line before `at` (lines ascending), else the first after it. */
function nearestBefore(lines: number[], at: number): number | undefined {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? lines[lo - 1] : lines.find((l) => l !== at);
}

export function perCapitaRules(
  matrix: TableMatrix,
  axis: LineAxis,
  found: PerCapita[],
  skip: number[]
): Rule[] {
  return found.map((p) => {
    const ratio: Expr = {
      op: "div",
      left: { op: "ref", ref: refTo(matrix, axis, p.numerator) },
      right: { op: "ref", ref: refTo(matrix, axis, p.denominator) },
    };
    const expr: Expr =
      p.scale === 1
        ? ratio
        : { op: "mul", left: ratio, right: { op: "num", value: String(p.scale) } };
    const rule = makeRule(matrix, "ratio", axis, refTo(matrix, axis, p.line), expr, "inferred");
    return skip.length > 0 ? { ...rule, skip } : rule;
  });
}
