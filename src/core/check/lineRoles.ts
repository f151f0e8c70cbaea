import type { TableMatrix } from "./TableMatrix";
import type { LineAxis } from "./types";

/** A label without its trailing parentheses: 「歳入合計(A)」 → 「歳入合計」 (folded input). */
export function baseLabel(key: string): string {
  return key.replace(/(\([^()]*\))+$/, "");
}

/** Words that end in 計 without being a total (一般会計, 統計, 設計 …). */
const NOT_TOTAL = /(会計|統計|設計|時計|家計|集計|推計|見積計)$/;

/**
 * The level of a total line, 0 when the label names none: 小計 1, 計 and 合計 2, 総計 3.
 *
 * @example totalLevel("歳入合計(A)") // 2
 */
export function totalLevel(key: string): number {
  const base = baseLabel(key);
  if (base.endsWith("総計")) return 3;
  if (base.endsWith("小計")) return 1;
  if (base.endsWith("合計")) return 2;
  if (base.endsWith("計") && !NOT_TOTAL.test(base)) return 2;
  return 0;
}

/** 平均, 平均(8市), 類似団体平均 — an average line, not a measure such as 平均給与月額. */
export function isAverageLabel(key: string): boolean {
  return baseLabel(key).endsWith("平均");
}

/** 比較(氷見市-平均), 差(A-B): the two sides of a difference line, or null. */
export function differenceSides(key: string): [string, string] | null {
  const m = /^(?:比較|差|差引|差額|増減)\((.+?)-(.+)\)$/.exec(key);
  return m ? [m[1]!, m[2]!] : null;
}

/** What each line is, for the inference passes (one scan of the cells). */
export interface LineRoles {
  hasFigure: boolean[];
  /** No negative figure: a flow printed as an amount, not with the general account's sign. */
  nonNegative: boolean[];
  /** A blank line on the sheet just before this one (the table's block boundary). */
  gapBefore: boolean[];
}

export function lineRoles(matrix: TableMatrix, axis: LineAxis): LineRoles {
  const lines = matrix.lines(axis);
  const positions = matrix.positions(axis).length;
  const hasFigure: boolean[] = [];
  const nonNegative: boolean[] = [];
  for (const l of lines) {
    let figure = false;
    let negative = false;
    for (let p = 0; p < positions; p++) {
      const parsed = matrix.cell(axis, l.index, p)?.parsed;
      if (parsed?.kind !== "number") continue;
      figure = true;
      if (parsed.quantity.value.isNeg()) negative = true;
    }
    hasFigure.push(figure);
    nonNegative.push(!negative);
  }
  const gapBefore = lines.map((l, i) => i > 0 && l.sheetIndex - lines[i - 1]!.sheetIndex > 1);
  return { hasFigure, nonNegative, gapBefore };
}
