import type { ExcelArg, ExcelScalar } from "../core/catalogue/types";
import type { Issue } from "../core/messages";

/** One parsed call: the function name as written (without "=") and its constant arguments. */
export interface FormulaCall {
  name: string;
  args: ExcelArg[];
}

/** Why a formula could not be read (a "functions.formula.*" issue), at a 1-based character position. */
export interface FormulaSyntaxError {
  position: number;
  issue: Issue;
}

class SyntaxFailure extends Error {
  readonly issue: Issue;
  constructor(
    readonly at: number,
    code: string,
    params?: Issue["params"]
  ) {
    super(code);
    this.issue = params === undefined ? { code } : { code, params };
  }
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^[\p{L}_][\p{L}\p{N}_.]*/u;

/** A small recursive-descent reader over one formula string. */
class Reader {
  pos = 0;
  constructor(readonly text: string) {}

  skipSpace(): void {
    while (/\s/.test(this.text[this.pos] ?? "")) this.pos++;
  }
  peek(): string {
    this.skipSpace();
    return this.text[this.pos] ?? "";
  }
  expect(ch: string): void {
    if (this.peek() !== ch) {
      const found = this.text[this.pos];
      throw found === undefined
        ? new SyntaxFailure(this.pos, "functions.formula.expectedAtEnd", { expected: ch })
        : new SyntaxFailure(this.pos, "functions.formula.expected", { expected: ch, found });
    }
    this.pos++;
  }
  name(): string {
    this.skipSpace();
    const m = NAME.exec(this.text.slice(this.pos));
    if (!m) throw new SyntaxFailure(this.pos, "functions.formula.nameExpected");
    this.pos += m[0].length;
    return m[0];
  }
  string(): string {
    this.expect('"');
    let out = "";
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === undefined)
        throw new SyntaxFailure(this.pos, "functions.formula.unterminatedString");
      this.pos++;
      if (ch !== '"') {
        out += ch;
      } else if (this.text[this.pos] === '"') {
        out += '"';
        this.pos++;
      } else {
        return out;
      }
    }
  }
  scalar(): ExcelScalar {
    const ch = this.peek();
    if (ch === '"') return this.string();
    const rest = this.text.slice(this.pos);
    const num = NUMBER.exec(rest);
    if (num) {
      this.pos += num[0].length;
      return Number(num[0]);
    }
    const word = /^(TRUE|FALSE)(?![\p{L}\p{N}_.(])/iu.exec(rest);
    if (word) {
      this.pos += word[0].length;
      return word[1]!.toUpperCase() === "TRUE";
    }
    throw new SyntaxFailure(this.pos, "functions.formula.unreadableValue", {
      text: rest.slice(0, 10),
    });
  }
  /** `{1,2,3;4,5,6}`: "," separates columns, ";" rows; rows must be equally long, as Excel requires. */
  array(): ExcelScalar[][] {
    const start = this.pos;
    this.expect("{");
    const rows: ExcelScalar[][] = [[this.scalar()]];
    for (let ch = this.peek(); ch === "," || ch === ";"; ch = this.peek()) {
      this.pos++;
      if (ch === ";") rows.push([]);
      rows[rows.length - 1]!.push(this.scalar());
    }
    this.expect("}");
    if (rows.some((r) => r.length !== rows[0]!.length)) {
      throw new SyntaxFailure(start, "functions.formula.raggedArray");
    }
    return rows;
  }
  /** An argument, or null when omitted (`f(1,,3)`, `f(1,)`). */
  argument(): ExcelArg {
    const ch = this.peek();
    if (ch === "," || ch === ")") return null;
    return ch === "{" ? this.array() : this.scalar();
  }
}

/**
 * Reads one call with constant arguments, as typed into a cell or given to `zaisei calc`:
 * `=ZAISEI.FY("R7")`, numbers (-1.5, 1e3), "strings" with "" for a quote, array constants
 * `{1,2;3,4}`, TRUE/FALSE, omitted arguments (`f(1,,3)`, trailing `f(1,)`).
 *
 * @example parseFormula('=ZAISEI.VALUE("△ 65")') // { ok: true, call: { name: "ZAISEI.VALUE", args: ["△ 65"] } }
 */
export function parseFormula(
  text: string
): { ok: true; call: FormulaCall } | { ok: false; error: FormulaSyntaxError } {
  const r = new Reader(text);
  try {
    if (r.peek() === "=") r.pos++;
    const name = r.name();
    r.expect("(");
    const args: ExcelArg[] = [];
    if (r.peek() !== ")") {
      args.push(r.argument());
      while (r.peek() === ",") {
        r.pos++;
        args.push(r.argument());
      }
    }
    r.expect(")");
    if (r.peek() !== "") throw new SyntaxFailure(r.pos, "functions.formula.trailingText");
    return { ok: true, call: { name, args } };
  } catch (e) {
    if (!(e instanceof SyntaxFailure)) throw e;
    return { ok: false, error: { position: e.at + 1, issue: e.issue } };
  }
}
