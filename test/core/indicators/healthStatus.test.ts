import { D } from "../../../src/core/decimal";
import { healthStatus, parseRatioKind } from "../../../src/core/indicators";
import type { RatioKind } from "../../../src/core/indicators";

describe("healthStatus", () => {
  it.each([
    // 氷見 実質公債費比率 R8 推計 13.0 (data/himi-fiscal-outlook.tsv) vs 早期健全化基準 25: 健全.
    ["debtService", "13.0", null, "健全", false],
    ["debtService", "17.9", null, "健全", false],
    // 18% or more: 地方債 許可団体 (地方財政法 第5条の4), still below 25.
    ["debtService", "18.0", null, "健全（許可団体）", true],
    // 以上 = ≥: exactly on the line is at or above it.
    ["debtService", "25.0", null, "早期健全化基準以上", true],
    ["debtService", "35.0", null, "財政再生基準以上", true],
    // 氷見 将来負担比率 R8 推計 43.0 vs 350.
    ["futureBurden", "43.0", null, "健全", false],
    ["futureBurden", "350.0", null, "早期健全化基準以上", false],
    ["fundShortage", "20.0", null, "経営健全化基準以上", false],
    // S = 100億円: threshold 13.333…%, so a printed 13.33 is below it and 13.34 above.
    ["deficit", "13.33", "100", "健全", false],
    ["deficit", "13.34", "100", "早期健全化基準以上", false],
    ["deficit", "20.00", "100", "財政再生基準以上", false],
    ["consolidatedDeficit", "18.33", "100", "健全", false],
    ["consolidatedDeficit", "18.34", "100", "早期健全化基準以上", false],
    ["consolidatedDeficit", "30.00", "100", "財政再生基準以上", false],
  ] as const)("rates %s %s (S = %s 億円) as %s", (kind, ratio, s, label, permit) => {
    const status = healthStatus(kind as RatioKind, new D(ratio), s === null ? null : new D(s));
    expect(status.label.ja).toBe(label);
    expect(status.permitRequired).toBe(permit);
  });

  it("rates a ratio that is not computed (－) as 健全", () => {
    expect(healthStatus("deficit", null, new D(123)).level).toBe("healthy");
  });

  it("uses 400% for 都道府県・指定都市", () => {
    expect(
      healthStatus("futureBurden", new D(360), null, { prefectureOrDesignatedCity: true }).level
    ).toBe("healthy");
    expect(healthStatus("futureBurden", new D(360), null).level).toBe("early");
  });
});

describe("parseRatioKind", () => {
  it.each([
    ["実質赤字", "deficit"],
    ["実質赤字比率", "deficit"],
    ["連結実質赤字比率", "consolidatedDeficit"],
    ["実質公債費", "debtService"],
    ["将来負担比率", "futureBurden"],
    ["資金不足", "fundShortage"],
    ["debtService", "debtService"],
    ["DEBT_SERVICE_RATIO", "debtService"],
    ["consolidated_deficit", "consolidatedDeficit"],
    ["Future Burden", "futureBurden"],
    ["経常収支", null],
  ])("reads %s as %s", (text, kind) => {
    expect(parseRatioKind(text)).toBe(kind);
  });
});
