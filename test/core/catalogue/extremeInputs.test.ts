import fc from "fast-check";
import { FUNCTIONS } from "../../../src/core/catalogue";
import type { ExcelArg, ExcelScalar, FunctionSpec } from "../../../src/core/catalogue/types";
import { describeOutcome } from "../../../src/functions/describeOutcome";
import { evaluateCall } from "../../../src/functions/evaluateCall";
import { parseFormula } from "../../../src/functions/parseFormula";

const MAX = Number.MAX_VALUE; // 1.7976931348623157E+308, Excel's largest number too

/** Numbers at and past the edges of what Excel holds, and ordinary ones between. */
const EXTREME_NUMBERS = [
  MAX,
  -MAX,
  9.99e307,
  -9.99e307,
  1e300,
  -1e300,
  1e-300,
  -1e-300,
  Number.MIN_VALUE,
  0,
  -0,
  1,
  -1,
  0.5,
  3,
  10,
  -10,
  11,
  2025,
  45748,
  2 ** 53,
  2958465,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
];

/** Texts a cell can hold: huge printed figures, notation, blanks, errors and the choice words. */
const TEXTS = [
  "",
  " ",
  "－",
  "abc",
  "#N/A",
  "#DIV/0!",
  "1E+300",
  "9999999999999999999999億円",
  "△ 9.99E+307",
  "1.7976931348623157E+308",
  "99,999,999,999,999,999,999千円",
  "12件",
  "約100",
  "千円",
  "億円",
  "R7",
  "令和99999年度",
  "deficit",
  "debtService",
  "down",
  "up",
  "lower",
  "long",
  "short",
  "western",
  "99.0%以上",
  "1E+308件以上",
  "△1E+300件",
  "9999999999999999億円以上",
];

const scalar: fc.Arbitrary<ExcelScalar> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...EXTREME_NUMBERS) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 3, arbitrary: fc.constantFrom(...TEXTS) },
  { weight: 1, arbitrary: fc.constantFrom<ExcelScalar>(true, false, null) }
);

/** A range of 1–4 rows × 1–4 columns, or a degenerate one. */
const matrix: fc.Arbitrary<ExcelScalar[][]> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
    .chain(([rows, columns]) =>
      fc.array(fc.array(scalar, { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      })
    ),
  fc.constantFrom<ExcelScalar[][]>([], [[]], [[MAX, MAX, MAX]], [[MAX], [MAX], [MAX]])
);

function argsFor(spec: FunctionSpec): fc.Arbitrary<ExcelArg[]> {
  return fc.tuple(
    ...spec.params.map((p) =>
      p.dimensionality === "matrix"
        ? fc.oneof({ weight: 3, arbitrary: matrix }, { weight: 1, arbitrary: scalar })
        : fc.oneof({ weight: 6, arbitrary: scalar }, { weight: 1, arbitrary: matrix })
    )
  );
}

const PLACEHOLDER = /\{\w+\}/;

describe.each(FUNCTIONS.map((f) => [f.id, f] as const))("%s with extreme inputs", (_, spec) => {
  it("answers with a value or an error that explains itself, never an internal error", () => {
    fc.assert(
      fc.property(argsFor(spec), (args) => {
        const outcome = evaluateCall(spec, args);
        if (!outcome.ok) expect(outcome.issue.code).not.toBe("functions.internalError");
        for (const lang of ["ja", "en"] as const) {
          const shown = describeOutcome(outcome, lang);
          if (shown.kind === "error") {
            expect(shown.message).not.toMatch(/internal error|内部エラー/i);
            expect(shown.message).not.toMatch(PLACEHOLDER);
          }
        }
      }),
      { numRuns: 400 }
    );
  });
});

/** The arguments of a documented example, parsed as the CLI reads them. */
function exampleArgs(formula: string): ExcelArg[] {
  const parsed = parseFormula(formula);
  if (!parsed.ok) throw new Error(`example does not parse: ${formula}`);
  return parsed.call.args;
}

/** Each argument of each example replaced, whole or cell by cell, by each extreme number. */
function extremeVariants(spec: FunctionSpec): { label: string; args: ExcelArg[] }[] {
  const out: { label: string; args: ExcelArg[] }[] = [];
  for (const example of spec.examples) {
    const base = exampleArgs(example.formula);
    for (const [i, arg] of base.entries()) {
      for (const x of [MAX, -MAX, 9.99e307, 1e300, 1e-300, -1e-300, Number.MIN_VALUE]) {
        const swap = (value: ExcelArg) => base.map((a, j) => (j === i ? value : a));
        out.push({ label: `${example.formula} with argument ${i + 1} = ${x}`, args: swap(x) });
        if (Array.isArray(arg)) {
          out.push({
            label: `${example.formula} with every cell of argument ${i + 1} = ${x}`,
            args: swap(arg.map((row) => row.map(() => x))),
          });
        }
      }
    }
    out.push({
      label: `${example.formula} with every number = MAX`,
      args: base.map((a) =>
        Array.isArray(a)
          ? a.map((row) => row.map((c) => (typeof c === "number" ? MAX : c)))
          : typeof a === "number"
            ? MAX
            : a
      ),
    });
  }
  return out;
}

describe.each(FUNCTIONS.map((f) => [f.id, f] as const))(
  "%s with extreme numbers in its examples",
  (_, spec) => {
    it("returns finite numbers, or #NUM! naming the function when the result overflows", () => {
      for (const { label, args } of extremeVariants(spec)) {
        const outcome = evaluateCall(spec, args);
        if (outcome.ok) {
          const cells = Array.isArray(outcome.value) ? outcome.value.flat() : [outcome.value];
          for (const c of cells)
            if (typeof c === "number")
              expect({ label, finite: Number.isFinite(c) }).toEqual({ label, finite: true });
          continue;
        }
        expect({ label, code: outcome.issue.code }).not.toEqual({
          label,
          code: "functions.internalError",
        });
        if (outcome.issue.code.startsWith("functions.resultTooLarge")) {
          expect(outcome.error).toBe("num");
          expect(outcome.issue.params?.["name"]).toBe(`ZAISEI.${spec.id}`);
        }
      }
    });
  }
);

describe("the overflow outcome", () => {
  // Each of these overflowed to Infinity and was shown as "internal error in ZAISEI" before.
  it.each([
    ["=ZAISEI.PER_CAPITA(9.99E+307, 1)", "9.99E+311"],
    ["=ZAISEI.SFS(1E+308, 1E+308, 1E+308, 1E+308)", "3E+308"],
    ["=ZAISEI.DEFICIT_RATIO(1E+307, 1)", "1E+309"],
    ["=ZAISEI.FUND_BALANCE(1E+308, {1E+308, 1E+308}, {0,0})", "2E+308"],
    ["=ZAISEI.ACHIEVEMENT(1E+300, 1E-300)", "1E+602"],
    [`=ZAISEI.VALUE("${"9".repeat(308)}億円")`, "1E+316"],
    [`=ZAISEI.KPI_STATUS(1.7976931348623157E+308, "△${"9".repeat(308)}件以上")`, "2.79769E+308"],
  ])("%s is #NUM! with the value %s and the function's name", (formula, value) => {
    const parsed = parseFormula(formula);
    if (!parsed.ok) throw new Error(formula);
    const spec = FUNCTIONS.find((f) => `ZAISEI.${f.id}` === parsed.call.name);
    if (!spec) throw new Error(formula);
    const outcome = evaluateCall(spec, parsed.call.args);
    expect(outcome).toMatchObject({
      ok: false,
      error: "num",
      issue: { params: { name: `ZAISEI.${spec.id}`, value } },
    });
  });
});

describe("Excel's largest number", () => {
  it("passes through ROUND and ROUND_TO_TOTAL as itself, not as an overflow", () => {
    // 1.7976931348623157E+308 read at Excel's 15 digits is 1.79769313486232E+308, a hair above it.
    const round = FUNCTIONS.find((f) => f.id === "ROUND");
    const toTotal = FUNCTIONS.find((f) => f.id === "ROUND_TO_TOTAL");
    if (!round || !toTotal) throw new Error("catalogue entries missing");
    expect(evaluateCall(round, [MAX, -10, "up"])).toEqual({ ok: true, value: MAX });
    expect(evaluateCall(toTotal, [[[MAX, 1e292]], -10])).toEqual({
      ok: true,
      value: [[MAX, 1e292]],
    });
  });
});
