import { D, type Decimal } from "../decimal";
import type { Expr, Ref } from "./types";

/** The cells of a linear expression with their coefficients, or null (a product of cells). */
export function linearRefs(e: Expr, scale: Decimal = new D(1)): { ref: Ref; c: Decimal }[] | null {
  switch (e.op) {
    case "num":
      return [];
    case "ref":
      return [{ ref: e.ref, c: scale }];
    case "neg":
      return linearRefs(e.arg, scale.neg());
    case "sum":
    case "mean": {
      const s = e.op === "mean" ? scale.div(e.args.length) : scale;
      const parts = e.args.map((a) => linearRefs(a, s));
      return parts.some((p) => p === null) ? null : parts.flatMap((p) => p!);
    }
    default: {
      if (e.op === "add" || e.op === "sub") {
        const a = linearRefs(e.left, scale);
        const b = linearRefs(e.right, e.op === "sub" ? scale.neg() : scale);
        return a && b ? [...a, ...b] : null;
      }
      if (e.right.op === "num" && !new D(e.right.value).isZero()) {
        const k = new D(e.right.value);
        return linearRefs(e.left, e.op === "mul" ? scale.times(k) : scale.div(k));
      }
      if (e.op === "mul" && e.left.op === "num")
        return linearRefs(e.right, scale.times(e.left.value));
      return null;
    }
  }
}
