import { checkTable, parseRule, printRule } from "../../../src/core/check";
import { formatMessage } from "../../../src/core/messages";
import { recognizeTable } from "../../../src/core/table";
import { gridFromTsv } from "../table/himiGrids";
import { fiscalOutlookWith } from "./himiTables";

const outlook = recognizeTable(gridFromTsv("himi-fiscal-outlook.tsv"));
const staffing = recognizeTable(gridFromTsv("himi-peer-staffing.tsv"));

function ruleOf(text: string, table = outlook) {
  const parsed = parseRule(text, table);
  if ("issue" in parsed) throw new Error(formatMessage(parsed.issue, "en"));
  return parsed.rule;
}

describe("parseRule", () => {
  it.each([
    [
      "歳入合計(A) = 市税 + 普通交付税 (臨時財政対策債含む) + 特別交付税 + 譲与税、交付金 + その他収入",
      "sum",
    ],
    ["収支差引額(A-B) = 歳入合計(A) - 歳出合計(B)", "difference"],
    ["前年度からの繰越金[t] = 決算収支合計[t-1]", "carryForward"],
  ])("reads %s and prints it back the same", (text, kind) => {
    const rule = ruleOf(text);
    expect(rule.kind).toBe(kind);
    expect(rule.source).toBe("user");
    expect(rule.text).toBe(text);
    expect(printRule(rule)).toBe(text);
  });

  it("matches labels after NFKC and whitespace folding, the longest label first", () => {
    const rule = ruleOf("収支差引額（Ａ－Ｂ）＝歳入合計（Ａ）－歳出合計（Ｂ）");
    expect(rule.text).toBe("収支差引額(A-B) = 歳入合計(A) - 歳出合計(B)");
    expect(rule.terms.map((t) => t.label)).toEqual(["歳入合計(A)", "歳出合計(B)"]);
  });

  it("reads a year offset as a lag and a bracketed column label as a fixed position", () => {
    expect(ruleOf("前年度からの繰越金 = 決算収支合計[t-1]").terms[0]).toMatchObject({
      label: "決算収支合計",
      lag: -1,
    });
    const avg = ruleOf(
      "平均(8市)[財政力指数] = mean(福岡県 大川市[財政力指数], 岡山県 笠岡市[財政力指数])",
      staffing
    );
    expect(avg.kind).toBe("average");
    expect(avg.target.at?.label).toBe("財政力指数");
  });

  it("takes 「」 for a label and reads ×, ÷, parentheses and numbers", () => {
    const rule = ruleOf("「実質公債費比率」 = (市税 ÷ 標準財政規模) × 100");
    expect(rule.kind).toBe("ratio");
    expect(rule.text).toBe("実質公債費比率 = 市税 / 標準財政規模 × 100");
  });

  it.each([
    ["歳入合計(A) = 市税 + 地方消費税", "check.rule.unknownLabel", 16],
    ["歳入合計(A) = 市税 +", "check.rule.expectedTerm", 15],
    ["歳入合計(A) 市税", "check.rule.expected", 9],
    ["歳入合計(A) = (市税 + 特別交付税", "check.rule.expected", 22],
  ])("reports a problem in %s as a message with its position", (text, code, position) => {
    const parsed = parseRule(text, outlook);
    expect("issue" in parsed && parsed.issue).toMatchObject({ code, params: { position } });
  });

  it("refuses a year offset on a table without years", () => {
    const parsed = parseRule("平均(8市) = 富山県 氷見市[t-1]", staffing);
    expect("issue" in parsed && parsed.issue.code).toBe("check.rule.noYears");
  });
});

describe("checkTable options", () => {
  it("adds a user rule and reports what it finds", () => {
    // 市税 + 特別交付税 is not 歳入合計(A): R2 5,159 + 1,112 = 6,271 against 13,684.
    const r = checkTable(outlook, { userRules: ["歳入合計(A) = 市税 + 特別交付税"] });
    const user = r.rules.find((x) => x.source === "user")!;
    expect(user.id).toBe("sum:A10");
    // The user rule replaces the inferred one for the same cell.
    expect(r.rules.filter((x) => x.id === "sum:A10")).toHaveLength(1);
    expect(r.findings.some((f) => f.rule.id === "sum:A10" && f.severity === "error")).toBe(true);
  });

  it("returns a user rule's problem instead of checking it", () => {
    const r = checkTable(outlook, { userRules: ["歳入合計(A) = 何か"] });
    expect(r.ruleIssues).toEqual([
      {
        rule: "歳入合計(A) = 何か",
        issue: { code: "check.rule.unknownLabel", params: { label: "何か", position: 11 } },
      },
    ]);
  });

  it("leaves a switched-off rule unchecked but listed", () => {
    const r = checkTable(recognizeTable(fiscalOutlookWith({ D10: "13,574" })), {
      disabledRules: ["sum:A10", "difference:A18"],
    });
    expect(r.rules.find((x) => x.id === "sum:A10")?.enabled).toBe(false);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("uses a rounding method the caller gives", () => {
    expect(checkTable(outlook, { rounding: "down" }).rounding).toMatchObject({
      method: "down",
      basis: "given",
    });
  });
});
