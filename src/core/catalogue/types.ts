import type { RoundingMode } from "../decimal";
import type { Issue } from "../messages/types";

/**
 * The one catalogue of spreadsheet functions (HyperFormula-style metadata). Custom functions
 * (src/functions), both function-metadata files (functions.json / functions-ja.json), the task
 * pane's function browser, the CLI `calc` command and docs/functions.md are all derived from it.
 */

/** How Excel passes an argument: one value, or a range/array (rows × columns). */
export type Dimensionality = "scalar" | "matrix";

/** A value Excel passes for one cell: empty cells in ranges arrive as 0 (or "" when typed text). */
export type ExcelScalar = number | string | boolean | null;
export type ExcelArg = ExcelScalar | ExcelScalar[][];

export interface ParamSpec {
  /** Identifier used in metadata (ASCII, camelCase). */
  id: string;
  ja: { name: string; description: string };
  en: { name: string; description: string };
  dimensionality: Dimensionality;
  optional?: boolean;
  /** The unit the argument is expected in ("千円", "%", "人"), shown in hints and docs. */
  unit?: { ja: string; en: string };
}

/** A function's result as the runner hands it to Excel / the CLI. */
export type FunctionValue = number | string | boolean | (number | string | boolean)[][];

export type FunctionOutcome =
  | { ok: true; value: FunctionValue }
  | {
      ok: false;
      /** Excel error kind: #VALUE!, #N/A, #NUM!, #DIV/0!, #NULL!. */
      error: "value" | "na" | "num" | "div0" | "null";
      issue: Issue;
    };

export type Confidence = "H" | "M" | "L";

export interface FunctionSpec {
  /** Id without namespace, A–Z 0–9 _ . (e.g. "DEBT_SERVICE_RATIO"). Never changes. */
  id: string;
  category: "notation" | "calendar" | "health" | "ratio" | "fund" | "rounding" | "kpi" | "audit";
  ja: { name: string; description: string };
  en: { name: string; description: string };
  params: ParamSpec[];
  result: { dimensionality: Dimensionality; unit?: { ja: string; en: string } };
  /** The formula in words/symbols, for the function browser and docs. */
  formula: { ja: string; en: string };
  /** Published precision and rounding: digits after the decimal point and the mode. */
  precision?: { digits: number; rounding: RoundingMode; note?: { ja: string; en: string } };
  /** Statute or convention the computation follows. */
  source: { ja: string; en: string };
  confidence: Confidence;
  /** Worked examples; each is evaluated through the CLI `calc` path by a test. */
  examples: { formula: string; result: string; note?: { ja: string; en: string } }[];
  /** The pure implementation: receives the raw Excel arguments (omitted optionals are null). */
  evaluate: (args: ExcelArg[]) => FunctionOutcome;
}
