import { printRule } from "./printRule";
import type { TableMatrix } from "./TableMatrix";
import type { Comparison, Expr, FindingKind, LineAxis, Ref, Rule } from "./types";

function collectRefs(e: Expr, out: Ref[]): Ref[] {
  if (e.op === "ref") out.push(e.ref);
  else if (e.op === "neg") collectRefs(e.arg, out);
  else if (e.op === "sum" || e.op === "mean") for (const a of e.args) collectRefs(a, out);
  else if (e.op !== "num" && "left" in e) {
    collectRefs(e.left, out);
    collectRefs(e.right, out);
  }
  return out;
}

/** A rule with its id (kind and target address), printed text and list of terms. */
export function makeRule(
  matrix: TableMatrix,
  kind: FindingKind,
  lines: LineAxis,
  target: Ref,
  expr: Expr,
  source: Rule["source"],
  compare?: Comparison
): Rule {
  const line = matrix.lines(lines)[target.line]!;
  const at = target.at ? `@${matrix.positions(lines)[target.at.line]!.address}` : "";
  return {
    id: `${kind}:${line.address}${at}`,
    kind,
    text: printRule({ target, expr, ...(compare ? { compare } : {}) }),
    source,
    enabled: true,
    lines,
    target,
    expr,
    terms: collectRefs(expr, []),
    ...(compare ? { compare } : {}),
  };
}

/** `a + b + c` from references, left-nested as the parser builds it. */
export function sumOf(refs: { ref: Ref; sign: 1 | -1 }[]): Expr {
  let e: Expr | null = null;
  for (const { ref, sign } of refs) {
    const term: Expr = { op: "ref", ref };
    if (e === null) e = sign === 1 ? term : { op: "neg", arg: term };
    else e = { op: sign === 1 ? "add" : "sub", left: e, right: term };
  }
  return e ?? { op: "num", value: "0" };
}

export function refTo(matrix: TableMatrix, axis: LineAxis, line: number, lag = 0): Ref {
  return { line, label: matrix.lines(axis)[line]!.label, lag };
}
