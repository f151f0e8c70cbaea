import { FUNCTIONS } from "../../../src/core/catalogue";
import { argLabel, failArg } from "../../../src/core/catalogue/outcome";
import { formatOutcomeMessage } from "../../../src/core/catalogue/formatOutcomeMessage";
import type { ExcelArg, FunctionSpec } from "../../../src/core/catalogue/types";
import { INPUT_NAMES } from "../../../src/core/indicators/inputNames";
import { MESSAGES } from "../../../src/core/messages";
import { functionMessages } from "../../../src/core/messages/functions";
import { evaluateCall } from "../../../src/functions/evaluateCall";
import { parseFormula } from "../../../src/functions/parseFormula";

/** Runs of kana and kanji (ー included), the characters an English message should not carry. */
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー々]+/gu;
const japaneseRuns = (text: string): string[] => text.match(JAPANESE) ?? [];

/**
 * The one kind of Japanese word an English function message may carry from a parameter: a unit,
 * quoted as it must be written in a cell or a unit argument (there is no English spelling the
 * add-in would read instead). Everything else Japanese in an English message must come from the
 * template itself (a deliberate quote such as 令和 or △) or from the user's own input.
 */
const UNITS = new Set(["円", "千円", "万円", "百万円", "千万円", "億円", "人"]);

/** Japanese words the English templates quote on purpose (era names, notation), by construction not from a parameter. */
const TEMPLATE_WORDS = new Set(Object.values(MESSAGES).flatMap((m) => japaneseRuns(m.en)));

/** Values that make an argument fail in each way the readers and indicators know. */
const BAD: ExcelArg[] = [
  "abc",
  "",
  " ",
  "－",
  "#N/A",
  "#DIV/0!",
  "12件",
  "約100",
  "100以上",
  "1e400",
  true,
  null,
  -1,
  -5,
  0,
  0.5,
  10.5,
  1e300,
  -1e300,
  45748,
  [
    [1, 2],
    [3, 4],
  ],
  [[]],
  [["abc"]],
  [[-1, 1, 1]],
  [[0, 0, 0]],
  [["", "", ""]],
  [[1, 2]],
];

function exampleArgs(formula: string): ExcelArg[] {
  const parsed = parseFormula(formula);
  if (!parsed.ok) throw new Error(`example does not parse: ${formula}`);
  return parsed.call.args;
}

/** Every example with each argument replaced by each bad value, plus each example with its argument lists cut short. */
function failingCalls(spec: FunctionSpec): ExcelArg[][] {
  const calls: ExcelArg[][] = [];
  for (const example of spec.examples) {
    const base = exampleArgs(example.formula);
    for (let i = 0; i < spec.params.length; i++)
      for (const bad of BAD)
        calls.push(spec.params.map((_, j) => (j === i ? bad : (base[j] ?? null))));
    for (let n = 0; n < base.length; n++) calls.push(base.slice(0, n));
  }
  return calls;
}

/** The strings a call passes, whose Japanese a message may echo ("12件" is in 件). */
function inputTexts(args: ExcelArg[]): string[] {
  return args
    .flatMap((a) => (Array.isArray(a) ? a.flat() : [a]))
    .filter((a): a is string => typeof a === "string")
    .map((t) => t.normalize("NFKC"));
}

describe("English function messages", () => {
  it("quote no Japanese in the functions' own templates except units", () => {
    for (const [code, m] of Object.entries(functionMessages))
      expect({ code, words: japaneseRuns(m.en).filter((w) => !UNITS.has(w)) }).toEqual({
        code,
        words: [],
      });
  });

  it("name every parameter by its English name, which has no Japanese", () => {
    for (const spec of FUNCTIONS) {
      for (const [i, p] of spec.params.entries()) {
        expect({ id: spec.id, name: p.en.name, japanese: japaneseRuns(p.en.name) }).toEqual({
          id: spec.id,
          name: p.en.name,
          japanese: [],
        });
        const label = argLabel(spec, i, 2);
        expect(label.argEn).toBe(`Argument ${i + 1} (${p.en.name}), cell 2`);
        const en = formatOutcomeMessage(
          failArg("value", "functions.argMissing", spec, i).issue,
          "en"
        );
        expect(en).not.toContain(p.ja.name);
      }
    }
  });

  it("give the indicators' inputs English names", () => {
    for (const [key, name] of Object.entries(INPUT_NAMES))
      expect({ key, japanese: japaneseRuns(name.en) }).toEqual({ key, japanese: [] });
  });

  it.each(FUNCTIONS.map((f) => [f.id, f] as const))(
    "%s: every failure on bad arguments reads in English with no Japanese parameter name",
    (_, spec) => {
      // A name that a template quotes anyway (年度 in "2025年度") is left to the label test above.
      const japaneseNames = [
        ...spec.params.map((p) => p.ja.name),
        ...Object.values(INPUT_NAMES).map((n) => n.ja),
      ].filter((name) => ![...TEMPLATE_WORDS].some((w) => w.includes(name)));
      let failures = 0;
      for (const args of failingCalls(spec)) {
        const outcome = evaluateCall(spec, args);
        if (outcome.ok) continue;
        failures++;
        const en = formatOutcomeMessage(outcome.issue, "en");
        const echoed = inputTexts(args);
        const stray = japaneseRuns(en).filter(
          (w) => !UNITS.has(w) && !TEMPLATE_WORDS.has(w) && !echoed.some((t) => t.includes(w))
        );
        expect({ args, en, stray }).toEqual({ args, en, stray: [] });
        for (const name of japaneseNames)
          if (!echoed.some((t) => t.includes(name)))
            expect({ args, en, has: en.includes(name) }).toEqual({ args, en, has: false });
      }
      // The bad values really exercise the failure paths.
      expect(failures).toBeGreaterThan(10);
    }
  );
});
