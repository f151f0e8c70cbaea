import { showValue } from "../../src/cli/calc-command";
import { formatMessage } from "../../src/core/messages";
import { runMain } from "./runMain";

const run = runMain;

describe("calcCommand", () => {
  it.each([
    // 令和元年度 = FY2019 (domain.md §1: 元年, never 1年)
    ["=ZAISEI.WAREKI(2019)", "令和元年度"],
    // 令和7年度 = 2018 + 7
    ['=ZAISEI.FISCALYEAR("令和7年度")', "2025"],
    // △ is the printed minus (domain.md §2)
    ['=ZAISEI.VALUE("△ 65")', "-65"],
  ])("prints the value of %s", async (formula, printed) => {
    expect(await run("calc", formula)).toEqual({ code: 0, stdout: `${printed}\n`, stderr: "" });
  });

  it("prints value and error as one JSON object with --json", async () => {
    const ok = await run("calc", '=ZAISEI.VALUE("△ 65")', "--json");
    expect(JSON.parse(ok.stdout)).toEqual({ value: -65, error: null });
    const bad = await run("calc", '=ZAISEI.WAREKI("x")', "--json");
    expect(bad.code).toBe(1);
    const json = JSON.parse(bad.stdout) as {
      value: unknown;
      error: { code: string; message: string };
    };
    expect(json).toEqual({
      value: null,
      error: { code: "#VALUE!", message: expect.stringContaining("x") },
    });
  });

  it.each([
    [
      "=ZAISEI.PER_CAPITA(9.99E+307, 1)",
      "en",
      "#NUM! The result of ZAISEI.PER_CAPITA (9.99E+311) is beyond the largest number Excel can hold (±1.7976931348623157E+308). Check the size and unit of the inputs.",
    ],
    [
      "=ZAISEI.FUND_BALANCE(1.7976931348623157E+308, {1.7976931348623157E+308}, {0})",
      "ja",
      "#NUM! ZAISEI.FUND_BALANCE の結果の1行1列目（3.59539E+308）は、Excel で扱える数値の上限（±1.7976931348623157E+308）を超えています。入力の大きさと単位を確認してください。",
    ],
  ])(
    "prints an overflowing result %s as #NUM! naming the function",
    async (formula, lang, line) => {
      expect(await run("calc", formula, "--lang", lang)).toEqual({
        code: 1,
        stdout: `${line}\n`,
        stderr: "",
      });
    }
  );

  it("prints a formula error on stdout as Excel shows it and exits 1", async () => {
    const { code, stdout, stderr } = await run("calc", "=ZAISEI.NOSUCH(1)", "--lang", "en");
    expect([code, stderr]).toEqual([1, ""]);
    expect(stdout).toMatch(/^#NAME\? .*NOSUCH.*\n$/);
  });

  it("exits 2 with one line on stderr when the formula is missing", async () => {
    expect(await run("calc")).toEqual({
      code: 2,
      stdout: "",
      stderr: `${formatMessage("cli.missingFormula", "ja")}\n`,
    });
  });

  it("exits 2 for a second argument (an unquoted formula with spaces)", async () => {
    const { code, stderr } = await run("calc", "=ZAISEI.WAREKI(2019,", '"short")', "--lang", "en");
    expect([code, stderr]).toEqual([
      2,
      `${formatMessage({ code: "cli.extraArgument", params: { argument: '"short")' } }, "en")}\n`,
    ]);
  });
});

describe("showValue", () => {
  it("prints a matrix as rows of tab-separated cells and booleans as Excel does", () => {
    expect(
      showValue([
        [1, "－"],
        [true, 2.5],
      ])
    ).toBe("1\t－\nTRUE\t2.5");
  });
});
