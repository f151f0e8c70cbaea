import { D } from "../../../src/core/decimal";
import { achievement, parseDirection } from "../../../src/core/indicators";
import type { IndicatorResult } from "../../../src/core/indicators";

const shown = (r: IndicatorResult): string =>
  r.kind === "value" ? r.value.toFixed() : `error:${r.issue.code}`;
const n = (x: string | null) => (x === null ? null : new D(x));

describe("achievement", () => {
  it.each([
    // domain.md §5: higher is better A / T (氷見 No.1 現年度収納率 99.0%以上: actual 98.5 → 99.5%).
    ["98.5", "99", "higher", null, "99.5", "achievement.ratio"],
    // lower is better T / A (氷見 No.11 時間外勤務 24,700時間以下: actual 26,000 → 95.0%).
    ["26000", "24700", "lower", null, "95", "achievement.inverse"],
    // from a baseline (A − B) / (T − B): 苦情△150件 from 1,000 → target 850; actual 940 → 40.0%.
    ["940", "850", "lower", "1000", "40", "achievement.baseline"],
    // a reduction written as a signed change, baseline 0: △30 of △50 → 60.0%.
    ["-30", "-50", "higher", "0", "60", "achievement.baseline"],
    // 1 dp half-up for display: 2/3 → 66.7.
    ["2", "3", "higher", null, "66.7", "achievement.ratio"],
  ] as const)(
    "gives actual %s target %s (%s, baseline %s) as %s%% by %s",
    (a, t, dir, b, expected, method) => {
      const r = achievement(new D(a), new D(t), dir, n(b));
      expect(shown(r)).toBe(expected);
      expect(r.method.id).toBe(method);
    }
  );

  it("leaves progress undefined when the target equals the baseline", () => {
    expect(shown(achievement(new D(5), new D(10), "higher", new D(10)))).toBe(
      "error:functions.indicator.progressUndefined"
    );
  });

  it.each([
    ["higher", "0", "error:functions.indicator.divisionByZero"],
    ["lower", "5", "error:functions.indicator.divisionByZero"],
  ] as const)("reports a zero denominator (%s, target %s)", (dir, t, expected) => {
    expect(shown(achievement(new D(dir === "lower" ? 0 : 5), new D(t), dir))).toBe(expected);
  });
});

describe("parseDirection", () => {
  it.each([
    ["増加", "higher"],
    ["以上", "higher"],
    ["higher", "higher"],
    ["減少", "lower"],
    ["以内", "lower"],
    ["LOWER", "lower"],
    ["範囲", null],
  ])("reads %s as %s", (text, dir) => {
    expect(parseDirection(text)).toBe(dir);
  });
});
