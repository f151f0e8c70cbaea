import { foldLabel } from "./foldLabel";
import type { TableMatrix } from "./TableMatrix";
import { parseFiscalYear } from "../calendar/parseFiscalYear";
import type { Comparison, Expr, LineAxis, Ref } from "./types";

/**
 * The rule syntax's recursive-descent reader (grammar: rule = ref "=" expr; expr = term {("+"|"-")
 * term}; term = factor {("×"|"*"|"/"|"÷") factor}; factor = "-" factor | "(" expr ")" | number |
 * ("mean"|"sum") "(" expr {"," expr} ")" | ref; ref = label ["[" ("t" [("+"|"-") n] | label | year)
 * "]"]; target = ref (("<="|"≤"|"≦"|"<"|">="|"≥"|"≧"|">") number ["%"] | number ["%"]
 * ("以下"|"以内"|"未満"|"以上"|"超"))).
 * Works on folded text; a problem is thrown as a {@link RuleSyntaxError} at its folded position.
 */
export class RuleSyntaxError extends Error {
  constructor(
    readonly code: string,
    readonly at: number,
    readonly params: Record<string, string | number> = {}
  ) {
    super(code);
  }
}

/** The rule text folded like labels, with each folded character's position in the original. */
export function foldWithPositions(text: string): { s: string; pos: number[] } {
  let s = "";
  const pos: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = foldLabel(text.charAt(i));
    for (const ch of f) {
      s += ch;
      pos.push(i);
    }
  }
  pos.push(text.length);
  return { s, pos };
}

export class RuleParser {
  private i = 0;
  private axis: LineAxis | null = null;
  private readonly longest: number;

  constructor(
    private readonly s: string,
    private readonly matrix: TableMatrix
  ) {
    const all = [...matrix.rows, ...matrix.columns];
    this.longest = all.reduce((m, l) => Math.max(m, l.key.length), 0);
  }

  private fail(code: string, params: Record<string, string | number> = {}): never {
    throw new RuleSyntaxError(code, this.i, params);
  }

  private eat(chars: string): string | null {
    const ch = this.s.charAt(this.i);
    if (ch !== "" && chars.includes(ch)) {
      this.i++;
      return ch;
    }
    return null;
  }

  private expect(chars: string): void {
    if (!this.eat(chars)) this.fail("check.rule.expected", { token: chars.charAt(0) });
  }

  rule(): { target: Ref; expr: Expr; axis: LineAxis; compare?: Comparison } {
    const target = this.ref(null);
    const compare = this.comparison();
    if (compare) return { target, ...compare, axis: this.axis! };
    this.expect("=");
    const expr = this.expr();
    if (this.i < this.s.length)
      this.fail("check.rule.unexpected", { token: this.s.charAt(this.i) });
    return { target, expr, axis: this.axis! };
  }

  /** A target after its reference: `<= 13`, `≤ 60%`, `60%以下` (the whole rest of the text). */
  private comparison(): { compare: Comparison; expr: Expr } | null {
    const rest = this.s.slice(this.i);
    const sign = /^(<=|≤|≦|<|>=|≥|≧|>)(\d+(?:\.\d+)?)%?$/.exec(rest);
    const word = /^(\d+(?:\.\d+)?)%?(以下|以内|未満|以上|超)$/.exec(rest);
    if (!sign && !word) {
      if (/^(<=|≤|≦|<|>=|≥|≧|>)/.test(rest)) {
        this.i += /^[<>]=?|^[≤≦≥≧]/.exec(rest)![0].length;
        this.fail("check.rule.expectedNumber");
      }
      return null;
    }
    const SIGNS: Record<string, Comparison> = {
      "<=": "<=",
      "≤": "<=",
      "≦": "<=",
      "<": "<",
      ">=": ">=",
      "≥": ">=",
      "≧": ">=",
      ">": ">",
      以下: "<=",
      以内: "<=",
      未満: "<",
      以上: ">=",
      超: ">",
    };
    this.i = this.s.length;
    const [op, value] = sign ? [sign[1]!, sign[2]!] : [word![2]!, word![1]!];
    return { compare: SIGNS[op]!, expr: { op: "num", value } };
  }

  private expr(): Expr {
    let left = this.term();
    for (let op = this.eat("+-"); op; op = this.eat("+-"))
      left = { op: op === "+" ? "add" : "sub", left, right: this.term() };
    return left;
  }

  private term(): Expr {
    let left = this.factor();
    for (let op = this.eat("*×/÷"); op; op = this.eat("*×/÷"))
      left = { op: op === "*" || op === "×" ? "mul" : "div", left, right: this.factor() };
    return left;
  }

  private factor(): Expr {
    if (this.eat("-")) return { op: "neg", arg: this.factor() };
    if (this.eat("(")) {
      const e = this.expr();
      this.expect(")");
      return e;
    }
    const label = this.matchLabel(this.axis);
    if (label) return { op: "ref", ref: this.finishRef(label) };
    const num = /^\d+(?:\.\d+)?/.exec(this.s.slice(this.i));
    if (num) {
      this.i += num[0].length;
      return { op: "num", value: num[0] };
    }
    const fn = /^(mean|sum)\(/.exec(this.s.slice(this.i));
    if (fn) {
      this.i += fn[0].length;
      const args = [this.expr()];
      while (this.eat(",")) args.push(this.expr());
      this.expect(")");
      return { op: fn[1] as "mean" | "sum", args };
    }
    if (this.i >= this.s.length) this.fail("check.rule.expectedTerm");
    this.fail("check.rule.unknownLabel", { label: this.s.slice(this.i, this.i + 20) });
  }

  private ref(axis: LineAxis | null): Ref {
    const label = this.matchLabel(axis);
    if (!label) this.fail("check.rule.unknownLabel", { label: this.s.slice(this.i, this.i + 20) });
    return this.finishRef(label);
  }

  /** The longest label of a line at the cursor (「」 quotes one explicitly). */
  private matchLabel(
    axis: LineAxis | null
  ): { line: number; label: string; axis: LineAxis } | null {
    const start = this.i;
    const axes: LineAxis[] = axis ? [axis] : this.preferredAxes();
    if (this.s.charAt(start) === "「") {
      const close = this.s.indexOf("」", start + 1);
      if (close < 0) this.fail("check.rule.expected", { token: "」" });
      const found = this.lookup(this.s.slice(start + 1, close), axes);
      if (!found) this.fail("check.rule.unknownLabel", { label: this.s.slice(start + 1, close) });
      this.i = close + 1;
      return found;
    }
    const end = Math.min(this.s.length, start + this.longest);
    for (let j = end; j > start; j--) {
      const found = this.lookup(this.s.slice(start, j), axes);
      if (found) {
        this.i = j;
        return found;
      }
    }
    return null;
  }

  private preferredAxes(): LineAxis[] {
    return this.matrix.table.yearAxis?.orientation === "rows"
      ? ["columns", "rows"]
      : ["rows", "columns"];
  }

  private lookup(
    key: string,
    axes: LineAxis[]
  ): { line: number; label: string; axis: LineAxis } | null {
    for (const axis of axes) {
      const lines = this.matrix.find(axis, key);
      if (lines.length > 1)
        this.fail("check.rule.ambiguousLabel", { label: key, count: lines.length });
      if (lines.length === 1) {
        this.axis ??= axis;
        return { line: lines[0]!, label: this.matrix.lines(axis)[lines[0]!]!.label, axis };
      }
    }
    return null;
  }

  private finishRef(found: { line: number; label: string }): Ref {
    const ref: Ref = { line: found.line, label: found.label, lag: 0 };
    if (!this.eat("[")) return ref;
    const lag = /^t(?:([+-])(\d+))?\]/.exec(this.s.slice(this.i));
    if (lag) {
      const positions = this.matrix.positions(this.axis!);
      if (!positions.some((p) => p.fiscalYear !== null)) this.fail("check.rule.noYears");
      this.i += lag[0].length;
      ref.lag = lag[1] ? (lag[1] === "-" ? -1 : 1) * Number(lag[2]) : 0;
      return ref;
    }
    const other: LineAxis = this.axis === "rows" ? "columns" : "rows";
    const at = this.matchLabel(other) ?? this.yearAt();
    if (!at) this.fail("check.rule.unknownLabel", { label: this.s.slice(this.i, this.i + 20) });
    this.expect("]");
    ref.at = { line: at.line, label: at.label };
    return ref;
  }

  /** `[R8]`, `[令和8年度]`, `[2026]`: the first position of that fiscal year on the other axis. */
  private yearAt(): { line: number; label: string } | null {
    const close = this.s.indexOf("]", this.i);
    if (close < 0) return null;
    const year = parseFiscalYear(this.s.slice(this.i, close));
    if (!year.ok) return null;
    const at = this.matrix.positions(this.axis!).find((p) => p.fiscalYear === year.fiscalYear);
    if (!at) this.fail("check.rule.yearNotInTable", { year: year.fiscalYear });
    this.i = close;
    return { line: at.index, label: at.label };
  }
}
