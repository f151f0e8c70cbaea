import { checkTable, parseRule, printRule } from "../../../src/core/check";
import { formatMessage } from "../../../src/core/messages";
import { recognizeTable } from "../../../src/core/table";
import { gridFromTsv } from "../table/himiGrids";

const outlook = recognizeTable(gridFromTsv("himi-fiscal-outlook.tsv"));

/*
 * Source: data/himi-fiscal-outlook.tsv, rows 34–35 (令和2年度 … 令和12年度 in columns B … L):
 * 実質公債費比率 11.3 12.0 12.1 12.3 12.1 12.4 13.0 13.6 13.5 13.2 12.9;
 * 将来負担比率 63.8 52.6 43.2 36.4 36.8 39.0 43.0 48.5 53.5 57.7 60.5.
 */
describe("parseRule on targets", () => {
  it.each([
    ["実質公債費比率[令和8年度] <= 13", "実質公債費比率[令和8年度] <= 13", "H34"],
    ["将来負担比率[R8] ≤ 60%", "将来負担比率[令和8年度] <= 60", "H35"],
    ["将来負担比率[2030] 60%以下", "将来負担比率[令和12年度] <= 60", "L35"],
    ["実質公債費比率[R9] 13以内", "実質公債費比率[令和9年度] <= 13", "I34"],
    ["実質公債費比率[R9]≧10", "実質公債費比率[令和9年度] >= 10", "I34"],
    ["実質公債費比率[R9] 18未満", "実質公債費比率[令和9年度] < 18", "I34"],
    ["実質公債費比率[R9] 10超", "実質公債費比率[令和9年度] > 10", "I34"],
    ["将来負担比率 < 70", "将来負担比率 < 70", null],
  ])("reads %s as %s", (text, printed, cell) => {
    const parsed = parseRule(text, outlook);
    if ("issue" in parsed) throw new Error(formatMessage(parsed.issue, "en"));
    expect(parsed.rule.kind).toBe("target");
    expect(parsed.rule.text).toBe(printed);
    expect(printRule(parsed.rule)).toBe(printed);
    // The printed form reads back to the same rule.
    const again = parseRule(printed, outlook);
    expect("rule" in again && again.rule.compare).toBe(parsed.rule.compare);
    if (cell) expect(parsed.rule.id).toBe(`target:A${cell.slice(1)}@${cell.charAt(0)}4`);
  });

  it.each([
    ["実質公債費比率[R15] <= 13", "check.rule.yearNotInTable", 9],
    ["実質公債費比率[R8] <=", "check.rule.expectedNumber", 15],
  ])("reports a problem in %s", (text, code, position) => {
    const parsed = parseRule(text, outlook);
    expect("issue" in parsed && parsed.issue).toMatchObject({ code, params: { position } });
  });
});

describe("checkTable on targets", () => {
  const targets = (rules: string[]) => {
    const r = checkTable(outlook, { userRules: rules });
    expect(r.ruleIssues).toEqual([]);
    return r.findings
      .filter((f) => f.kind === "target")
      .map((f) => [f.severity, f.address, f.printed?.toFixed(), f.difference?.toFixed()]);
  };

  it("reports a missed target as 要確認 and says nothing of a met one", () => {
    // R8 13.0 <= 13 is met (以下 includes 13); R9 13.6 misses by 0.6; R12 将来負担 60.5 misses 60.
    expect(
      targets([
        "実質公債費比率[令和8年度] <= 13",
        "実質公債費比率[R9] <= 13",
        "将来負担比率[R12] ≤ 60%",
      ])
    ).toEqual([
      ["confirm", "I34", "13.6", "0.6"],
      ["confirm", "L35", "60.5", "0.5"],
    ]);
  });

  it("compares strictly for 未満 and checks every year when the target names none", () => {
    // < 13: R8 13.0 misses (not below 13); every year of 将来負担比率 < 60: R2 63.8 and R12 60.5.
    expect(targets(["実質公債費比率[R8] 13未満", "将来負担比率 < 60"])).toEqual([
      ["confirm", "B35", "63.8", "3.8"],
      ["confirm", "H34", "13", "0"],
      ["confirm", "L35", "60.5", "0.5"],
    ]);
  });

  it("keeps a target beside the identities of the same line", () => {
    const r = checkTable(outlook, { userRules: ["実質公債費比率[R9] <= 13"] });
    expect(r.rules.filter((x) => x.source === "inferred")).toHaveLength(8);
    expect(formatMessage(r.findings.find((f) => f.kind === "target")!.message)).toBe(
      "I34 の実質公債費比率 13.6% は目標（<= 13%）に届いていません（差 0.6%）。実質公債費比率[令和9年度] <= 13"
    );
  });

  it("reports no threshold on the 氷見 indicator rows (実質公債費比率 at most 13.6, 将来負担比率 63.8)", () => {
    const r = checkTable(outlook);
    expect(r.findings.filter((f) => f.kind === "threshold" || f.kind === "indicator")).toEqual([]);
  });
});

describe("checkTable with a target on an indicator line it recomputes", () => {
  it("keeps the inferred indicator rule beside a target for every year", () => {
    // 鳥取県 (domain.md §3): H26 12.7, H27 12.4 published; a target < 12.5 misses H26 only.
    const values = [
      ["算定"],
      ["単位:百万円"],
      ["区分", "平成24年度", "平成25年度", "平成26年度", "平成27年度"],
      ["元利償還金", "57,237", "58,974", "61,319", "61,930"],
      ["準元利償還金", "4,336", "4,093", "3,680", "3,123"],
      ["特定財源", "439", "486", "485", "452"],
      ["算入公債費等", "38,516", "40,271", "42,189", "43,568"],
      ["標準財政規模", "215,679", "216,201", "216,218", "220,729"],
      ["実質公債費比率", "", "", "12.7", "12.4"],
    ];
    const r = checkTable(recognizeTable({ sheet: "t", top: 0, left: 0, values }), {
      userRules: ["実質公債費比率 < 12.5"],
    });
    expect(r.rules.map((x) => x.id)).toEqual(["indicator:A9", "target:A9"]);
    expect(r.findings.map((f) => [f.kind, f.address])).toEqual([["target", "D9"]]);
  });
});
