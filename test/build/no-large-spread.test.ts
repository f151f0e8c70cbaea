import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import * as ts from "typescript";
import { repoRoot } from "./tools";

/**
 * Spreading an array into a call (`Math.max(...xs)`, `out.push(...rows)`, `f(...args)`) puts every
 * element on the stack: past roughly 100,000 elements V8 throws "Maximum call stack size exceeded"
 * (a 130,000-row table, 140,000 unreadable cells). Array literals (`[...a, ...b]`) and object
 * spreads are not calls and are fine.
 *
 * Files allowed a spread call, with the reason (none: every known one was replaced by a loop).
 */
const ALLOWED: Record<string, string> = {};

/** Every .ts/.tsx file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** "file:line: call" for each call or `new` with a spread argument in the source text. */
function spreadCalls(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isCallExpression(node) || ts.isNewExpression(node)) &&
      node.arguments?.some(ts.isSpreadElement)
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push(`${file}:${line}: ${node.getText().replace(/\s+/g, " ").slice(0, 70)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("spreadCalls", () => {
  it("finds spread arguments in calls and constructors, not in array or object literals", () => {
    const text = [
      "Math.max(0, ...xs);",
      "out.push(...rows.map((r) => r));",
      "new Set(...args);",
      "const a = [...xs, ...ys];",
      "const o = { ...p };",
      "f(xs);",
    ].join("\n");
    expect(spreadCalls("probe.ts", text).map((s) => s.split(":")[1])).toEqual(["1", "2", "3"]);
  });
});

describe("src/ (large inputs)", () => {
  it("spreads no array into a call outside the allowed files", () => {
    const found = sources(join(repoRoot, "src"))
      .map((path) => relative(repoRoot, path).split("\\").join("/"))
      .filter((file) => !(file in ALLOWED))
      .flatMap((file) => spreadCalls(file, readFileSync(join(repoRoot, file), "utf8")));
    expect(found).toEqual([]);
  });
});
