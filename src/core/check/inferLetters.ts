import { makeRule, refTo } from "./makeRule";
import type { TableMatrix } from "./TableMatrix";
import type { Expr, LineAxis, Rule } from "./types";

/** 歳入合計(A), 予算現額 A, 調定額Ｂ (folded: no spaces) — the letter a line defines. */
const LETTER = /(?:\(([A-Z])\)|[^A-Za-z(]([A-Z]))$/;
/** (A-B), (C/A)×100, 収入率C/B — an expression over letters in a label. */
const EXPRESSION = /\(?([A-Z](?:[-+*×/÷][A-Z])+)\)?(?:[*×](100))?$/;

function letterExpr(
  text: string,
  lines: Map<string, number>,
  matrix: TableMatrix,
  axis: LineAxis
): Expr | null {
  let e: Expr | null = null;
  let op: string | null = null;
  for (const ch of text) {
    if (/[A-Z]/.test(ch)) {
      const line = lines.get(ch);
      if (line === undefined) return null;
      const term: Expr = { op: "ref", ref: refTo(matrix, axis, line) };
      if (e === null) e = term;
      else if (op === "+") e = { op: "add", left: e, right: term };
      else if (op === "-") e = { op: "sub", left: e, right: term };
      else if (op === "*" || op === "×") e = { op: "mul", left: e, right: term };
      else e = { op: "div", left: e, right: term };
    } else op = ch;
  }
  return e;
}

/**
 * Rules spelled in labels: lines name themselves with a letter (歳入合計(A), 予算現額 A) and a
 * line whose label carries an expression over letters is that expression (収支差引額(A-B) =
 * A − B; 対予算(C/A)×100 = C / A × 100, a ratio; a % line without ×100 is read as a percentage).
 */
export function inferLetters(matrix: TableMatrix, axis: LineAxis): Rule[] {
  const lines = matrix.lines(axis);
  const letters = new Map<string, number>();
  for (const l of lines) {
    if (EXPRESSION.test(l.key)) continue;
    const m = LETTER.exec(l.key);
    const letter = m?.[1] ?? m?.[2];
    if (letter && !letters.has(letter)) letters.set(letter, l.index);
  }
  const rules: Rule[] = [];
  for (const l of lines) {
    const m = EXPRESSION.exec(l.key);
    if (!m) continue;
    let expr = letterExpr(m[1]!, letters, matrix, axis);
    if (!expr) continue;
    const ratio = /[/÷*×]/.test(m[1]!);
    const percent = m[2] !== undefined || (ratio && /%|率|比/.test(l.key));
    if (ratio && percent) expr = { op: "mul", left: expr, right: { op: "num", value: "100" } };
    const kind = ratio ? "ratio" : m[1]!.includes("-") ? "difference" : "sum";
    rules.push(makeRule(matrix, kind, axis, refTo(matrix, axis, l.index), expr, "inferred"));
  }
  return rules;
}
