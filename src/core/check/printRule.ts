import type { Expr, Ref, Rule } from "./types";

/** Labels that the parser could not take back unquoted are printed in 「」. */
const NEEDS_QUOTES = /[,[\]=「」]|^[\d+\-−(（]|^\s|\s$/;

function printLabel(label: string): string {
  return NEEDS_QUOTES.test(label) ? `「${label}」` : label;
}

/**
 * A reference as the rule syntax writes it: `決算収支合計[t-1]`, `平均(8市)[職員数(人)]`.
 *
 * @example printRef({ line: 3, label: "決算収支合計", lag: -1 }) // "決算収支合計[t-1]"
 */
export function printRef(ref: Ref): string {
  const base = printLabel(ref.label);
  if (ref.at) return `${base}[${ref.at.label}]`;
  if (ref.lag !== 0) return `${base}[t${ref.lag > 0 ? "+" : ""}${ref.lag}]`;
  return base;
}

function precedence(e: Expr): number {
  if (e.op === "add" || e.op === "sub") return 1;
  if (e.op === "mul" || e.op === "div") return 2;
  return 3;
}

/** An expression in the rule syntax, with parentheses only where precedence needs them. */
export function printExpr(e: Expr): string {
  switch (e.op) {
    case "num":
      return e.value;
    case "ref":
      return printRef(e.ref);
    case "neg":
      return `-${precedence(e.arg) < 3 ? `(${printExpr(e.arg)})` : printExpr(e.arg)}`;
    case "sum":
    case "mean":
      return `${e.op}(${e.args.map(printExpr).join(", ")})`;
    default: {
      const p = precedence(e);
      const left = precedence(e.left) < p ? `(${printExpr(e.left)})` : printExpr(e.left);
      const right = precedence(e.right) <= p ? `(${printExpr(e.right)})` : printExpr(e.right);
      const op = { add: "+", sub: "-", mul: "×", div: "/" }[e.op];
      return `${left} ${op} ${right}`;
    }
  }
}

/**
 * A rule in its readable syntax, the form {@link parseRule} reads back.
 *
 * A target prints its comparison in ASCII: `実質公債費比率[令和8年度] <= 13`.
 *
 * @example printRule(rule) // "収支差引額(A-B) = 歳入合計(A) - 歳出合計(B)"
 */
export function printRule(rule: Pick<Rule, "target" | "expr" | "compare">): string {
  const right = printExpr(rule.expr);
  if (rule.compare) return `${printRef(rule.target)} ${rule.compare} ${right}`;
  // A rule across years names the target's year too: 前年度からの繰越金[t] = 決算収支合計[t-1].
  const target =
    printRef(rule.target) + (/\[t[+-]\d+\]/.test(right) && !rule.target.at ? "[t]" : "");
  return `${target} = ${right}`;
}
