import { D } from "../../../src/core/decimal";
import { formatMessage } from "../../../src/core/messages";
import { parsePercent, valueText, yearOptionText } from "../../../src/taskpane/kpi/kpiText";

const t = (code: string, params?: Record<string, string | number>) =>
  formatMessage({ code, params }, "ja");

describe("yearOptionText", () => {
  it("writes a fiscal year as 和暦 with the western year", () => {
    expect(yearOptionText(2026, t)).toBe("令和8年度 (2026)");
    expect(yearOptionText(2019, t)).toBe("令和元年度 (2019)");
  });
});

describe("valueText", () => {
  it("prints △ for negatives, thousands separators and the row's unit", () => {
    expect(valueText(new D(-1234.5), "千円", t)).toBe("△1,234.5 千円");
    expect(valueText(new D(80), null, t)).toBe("80");
  });

  it("prints a dash for no value (blank is not zero)", () => {
    expect(valueText(null, "件", t)).toBe("－");
  });
});

describe("parsePercent", () => {
  it("reads half- and full-width digits with an optional %", () => {
    expect(parsePercent("80")).toBe(80);
    expect(parsePercent(" ８０．５％ ")).toBe(80.5);
    expect(parsePercent("99.0%")).toBe(99);
  });

  it("refuses an empty box, words and signs instead of guessing", () => {
    expect(parsePercent("")).toBeNull();
    expect(parsePercent("八十")).toBeNull();
    expect(parsePercent("-5")).toBeNull();
    expect(parsePercent("1e2")).toBeNull();
  });
});
