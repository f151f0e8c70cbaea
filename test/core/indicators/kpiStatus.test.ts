import { D } from "../../../src/core/decimal";
import { kpiStatus } from "../../../src/core/indicators";
import { parseJapaneseNumber } from "../../../src/core/notation";

const judge = (actual: string, text: string) =>
  kpiStatus(new D(actual), parseJapaneseNumber(text), text);

describe("kpiStatus", () => {
  it.each([
    // Targets as printed in the 氷見 plan (data/himi-kpi-register.tsv, 数値目標(原文)).
    ["99.2", "99.0%以上", "achieved", "atLeast", "0.2"],
    ["99.0", "99.0%以上", "achieved", "atLeast", "0"],
    ["98.9", "99.0%以上", "notAchieved", "atLeast", "-0.1"],
    ["13.0", "13%以内", "achieved", "atMost", "0"],
    ["13.1", "13%以内", "notAchieved", "atMost", "0.1"],
    ["43.0", "43.0%以内", "achieved", "atMost", "0"],
    ["25000", "24,700時間以下", "notAchieved", "atMost", "300"],
    // 26億円以上 is compared in 円 (財政調整基金残高 R8 推計 2,647百万円).
    ["2647000000", "26億円以上", "achieved", "atLeast", "47000000"],
    // △50件: a reduction; the actual is the signed change.
    ["-60", "△50件", "achieved", "reduction", "-10"],
    ["-30", "△50件", "notAchieved", "reduction", "20"],
    // A plain figure is a level to reach (12件 毎年度).
    ["11", "12件", "notAchieved", "atLeast", "-1"],
  ])("judges %s against %s as %s (%s, distance %s)", (actual, text, verdict, rule, distance) => {
    const r = judge(actual, text);
    if (!r.ok) throw new Error(r.issue.code);
    expect([r.status.verdict, r.status.rule, r.status.distance.toFixed()]).toEqual([
      verdict,
      rule,
      distance,
    ]);
  });

  it.each([
    // 80%台堅持 (経常収支比率): [80, 90), the upper end excluded.
    ["85.3", "inBand", "0"],
    ["80.0", "inBand", "0"],
    ["89.9", "inBand", "0"],
    ["90.0", "outOfBand", "0"],
    ["91.2", "outOfBand", "1.2"],
    ["79.5", "outOfBand", "-0.5"],
  ])("places %s against 80%%台 as %s (distance %s)", (actual, verdict, distance) => {
    const r = judge(actual, "80%台");
    if (!r.ok) throw new Error(r.issue.code);
    expect([r.status.verdict, r.status.rule, r.status.distance.toFixed()]).toEqual([
      verdict,
      "band",
      distance,
    ]);
  });

  it("includes the upper end of a closed interval", () => {
    const r = judge("20", "10〜20件");
    expect(r.ok && r.status.verdict).toBe("inBand");
  });

  it.each([
    ["導入完了", "functions.indicator.targetNotNumeric"],
    ["", "functions.indicator.targetNotNumeric"],
    // The 氷見 source prints "24, 700時間" (a space after the separator): the reader refuses it.
    ["24, 700時間以下", "notation.badThousands"],
  ])("refuses the target %j (%s)", (text, code) => {
    const r = judge("1", text);
    expect(r.ok ? "ok" : r.issue.code).toBe(code);
  });
});
