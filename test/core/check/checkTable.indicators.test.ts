import fc from "fast-check";
import { checkTable, type CheckResult } from "../../../src/core/check";
import { D, roundDecimal, type Decimal } from "../../../src/core/decimal";
import type { CellValue, Grid } from "../../../src/core/grid";
import {
  debtServiceRatio,
  debtServiceRatioYear,
  fiscalStrength,
  type DebtServiceYear,
} from "../../../src/core/indicators";
import { formatMessage } from "../../../src/core/messages";
import { recognizeTable } from "../../../src/core/table";
import { printed } from "./yearGroupTable";

const grid = (values: CellValue[][]): Grid => ({ sheet: "t", top: 0, left: 0, values });
const serious = (r: CheckResult) =>
  r.findings
    .filter((f) => f.severity !== "note")
    .map((f) => [f.severity, f.kind, f.address, f.expected?.toDecimalPlaces(4).toFixed()]);

/*
 * Source: domain.md §3, worked example (鳥取県, 百万円, published). Single years
 * ((A + B) − (C + D)) / (E − D) × 100, printed to 5 places half-up as the official sheet keeps
 * them: H24 22,618 / 177,163 = 12.766774 → 12.76677, H25 12.681180 → 12.68118, H26 12.828322 →
 * 12.82832, H27 11.872252 → 11.87225. Published 3-year figures: H26 12.7 (mean 12.758759), H27
 * 12.4 (mean 12.460585), both truncated; H24 and H25 need H22 and H23, not in the table.
 */
const tottori = (change: Record<string, string> = {}) => {
  const rows: [string, string[]][] = [
    ["元利償還金 A", ["57,237", "58,974", "61,319", "61,930"]],
    ["準元利償還金 B", ["4,336", "4,093", "3,680", "3,123"]],
    ["特定財源 C", ["439", "486", "485", "452"]],
    ["算入公債費等 D", ["38,516", "40,271", "42,189", "43,568"]],
    ["標準財政規模 E", ["215,679", "216,201", "216,218", "220,729"]],
    ["実質公債費比率(単年度)", ["12.76677", "12.68118", "12.82832", "11.87225"]],
    ["実質公債費比率", ["", "", "12.7", "12.4"]],
  ];
  const values: CellValue[][] = [
    ["実質公債費比率の算定"],
    ["単位:百万円"],
    ["区分", "平成24年度", "平成25年度", "平成26年度", "平成27年度"],
    ...rows.map(([label, v]) => [label, ...v]),
  ];
  for (const [address, text] of Object.entries(change)) {
    const m = /^([A-Z])(\d+)$/.exec(address)!;
    values[Number(m[2]) - 1]![m[1]!.charCodeAt(0) - 65] = text;
  }
  return checkTable(recognizeTable(grid(values)));
};

describe("checkTable on 実質公債費比率 with its components", () => {
  it("recomputes the single years and the truncated 3-year mean, and finds nothing wrong", () => {
    const r = tottori();
    expect(r.rules.filter((x) => x.kind === "indicator").map((x) => [x.id, x.published])).toEqual([
      ["indicator:A9", undefined],
      ["indicator:A10", { rounding: "down" }],
    ]);
    expect(r.rules.find((x) => x.id === "indicator:A9")!.text).toBe(
      "実質公債費比率(単年度) = (元利償還金 A + 準元利償還金 B - (特定財源 C + 算入公債費等 D)) / (標準財政規模 E - 算入公債費等 D) × 100"
    );
    expect(r.findings.filter((f) => f.kind === "indicator")).toEqual([]);
  });

  it("agrees with indicators/debtServiceRatio on the 3-year figure", () => {
    // The published H27 figure, recomputed by the indicator function from the same inputs.
    const year = (a: number, b: number, c: number, d: number, e: number) => ({
      principalAndInterest: new D(a),
      quasiPrincipalAndInterest: new D(b),
      specificRevenue: new D(c),
      includedInDemand: new D(d),
      standardFiscalScale: new D(e),
    });
    const h27 = debtServiceRatio([
      year(58974, 4093, 486, 40271, 216201),
      year(61319, 3680, 485, 42189, 216218),
      year(61930, 3123, 452, 43568, 220729),
    ]);
    expect(h27.kind === "value" && h27.value.toFixed()).toBe("12.4");
  });

  it.each([
    // H26 rounded half-up (12.8) is not the published truncation of 12.758759.
    ["a 3-year figure rounded half-up", { D10: "12.8" }, "D10", "12.7588"],
    // H27 12.5: the mean of the single years is 12.460585.
    ["a wrong 3-year figure", { E10: "12.5" }, "E10", "12.4606"],
    // H25 single year 12.78118 against 12.681180 computed from A–E.
    ["a wrong single year", { C9: "12.78118" }, "C9", "12.6812"],
  ])("finds %s at its cell", (_, change, address, expected) => {
    const found = serious(tottori(change)).filter((f) => f[1] === "indicator");
    expect(found).toContainEqual(["error", "indicator", address, expected]);
  });

  it("computes the 3-year mean from the components when there is no 単年度 line", () => {
    const values: CellValue[][] = [
      ["算定"],
      ["単位:百万円"],
      ["区分", "平成24年度", "平成25年度", "平成26年度", "平成27年度"],
      ["元利償還金", "57,237", "58,974", "61,319", "61,930"],
      ["準元利償還金", "4,336", "4,093", "3,680", "3,123"],
      ["特定財源", "439", "486", "485", "452"],
      ["算入公債費等", "38,516", "40,271", "42,189", "43,568"],
      ["標準財政規模", "215,679", "216,201", "216,218", "220,729"],
      ["実質公債費比率", "", "", "12.7", "12.5"],
    ];
    const r = checkTable(recognizeTable(grid(values)));
    expect(r.rules.find((x) => x.kind === "indicator")!.text).toMatch(
      /^実質公債費比率\[t\] = mean\(/
    );
    // H27 12.5 against the mean 12.460585 (the same as above); H26 12.7 holds.
    expect(serious(r)).toEqual([["error", "indicator", "E9", "12.4606"]]);
  });
});

/*
 * 財政力指数 = the mean of 基準財政収入額 / 基準財政需要額 over three years, each year rounded to 2
 * places first (indicators/fiscalStrength). Made-up 千円 figures: R2 4,449 / 10,000 = 0.4449 →
 * 0.44; R3 and R4 4,649 / 10,000 = 0.4649 → 0.46; R5 4,800 / 10,000 = 0.48. R4: (0.44 + 0.46 +
 * 0.46) / 3 = 0.4533 → 0.45 (the raw mean 0.4582 would give 0.46); R5: (0.46 + 0.46 + 0.48) / 3
 * = 0.4667 → 0.47.
 */
describe("checkTable on 財政力指数 with its components", () => {
  const strength = (r4: string, r5: string) =>
    checkTable(
      recognizeTable(
        grid([
          ["財政力指数"],
          ["単位:千円"],
          ["区分", "令和2年度", "令和3年度", "令和4年度", "令和5年度"],
          ["基準財政収入額", "4,449", "4,649", "4,649", "4,800"],
          ["基準財政需要額", "10,000", "10,000", "10,000", "10,000"],
          ["財政力指数", "", "", r4, r5],
        ])
      )
    );

  it("takes the official figure (each year rounded first) as consistent", () => {
    const official = fiscalStrength(
      [new D(4449), new D(4649), new D(4649)],
      [new D(10000), new D(10000), new D(10000)]
    );
    expect(official.kind === "value" && official.value.toFixed(2)).toBe("0.45");
    expect(serious(strength("0.45", "0.47"))).toEqual([]);
  });

  it("finds a 財政力指数 the components do not give", () => {
    // R5 0.49 against the raw mean (0.4649 + 0.4649 + 0.48) / 3 = 0.4699: even with the yearly
    // rounding (±0.005) the index is at most 0.4749, which never rounds to 0.49.
    expect(serious(strength("0.45", "0.49"))).toEqual([["error", "indicator", "E6", "0.4699"]]);
  });
});

/*
 * Statutory lines (domain.md §3, indicators/thresholds): 実質公債費比率 18 許可団体, 25 早期健全化,
 * 35 財政再生; 将来負担比率 350; 資金不足比率 20. 実質赤字比率 with 標準財政規模 10,000,000千円 =
 * 100億円: X = (100 + 100) / 30, (0.2 + X / 100) / 2 × 100 = 13.3333…%; 連結 + 5 = 18.3333…%;
 * 財政再生基準 20 and 30. Status by 以上 on the printed value.
 */
describe("checkTable statutory thresholds", () => {
  const r = checkTable(
    recognizeTable(
      grid([
        ["健全化判断比率"],
        ["単位:千円"],
        ["区分", "令和2年度", "令和3年度", "令和4年度", "令和5年度"],
        ["標準財政規模", "10,000,000", "10,000,000", "10,000,000", "10,000,000"],
        ["実質赤字比率(%)", "－", "13.33", "13.34", "20.00"],
        ["連結実質赤字比率(%)", "－", "18.33", "18.34", "30.00"],
        ["実質公債費比率(%)", "17.9", "18.0", "25.0", "35.0"],
        ["将来負担比率(%)", "349.9", "350.0", "－", "－"],
        ["資金不足比率(%)", "19.9", "20.0", "－", "－"],
      ])
    )
  );
  const thresholds = r.findings
    .filter((f) => f.kind === "threshold")
    .map((f) => [f.address, f.message.code, f.expected?.toDecimalPlaces(4).toFixed()]);

  it.each([
    ["D5", "check.threshold.early", "13.3333"],
    ["E5", "check.threshold.rebuild", "20"],
    ["D6", "check.threshold.early", "18.3333"],
    ["E6", "check.threshold.rebuild", "30"],
    ["C7", "check.threshold.permission", "18"],
    ["D7", "check.threshold.early", "25"],
    ["E7", "check.threshold.rebuild", "35"],
    ["C8", "check.threshold.early", "350"],
    ["C9", "check.threshold.management", "20"],
  ])("reports %s as %s (line %s)", (address, code, line) => {
    expect(thresholds).toContainEqual([address, code, line]);
  });

  it("reports nothing below a line, and every crossed line as 要確認, not 誤り", () => {
    // 13.33 < 13.3333 (C5), 18.33 < 18.3333 (C6), 17.9 (B7), 349.9 (B8), 19.9 (B9).
    expect(thresholds).toHaveLength(9);
    expect(
      r.findings.filter((f) => f.kind === "threshold").every((f) => f.severity === "confirm")
    ).toBe(true);
  });

  it("names the line and its consequence", () => {
    const rebuild = r.findings.find((f) => f.address === "E7")!;
    expect(formatMessage(rebuild.message)).toBe(
      "E7 の実質公債費比率(%) 35% は財政再生基準 35% 以上です。財政再生計画の策定が義務になり、同意がなければ地方債の発行が制限されます（財政健全化法第8条・第11条）。実質公債費比率(%) >= 35"
    );
    expect(formatMessage(r.findings.find((f) => f.address === "D5")!.message, "en")).toContain(
      "at or above the early warning threshold 13.33%"
    );
  });

  it("checks the deficit lines only against 財政再生基準 without a 標準財政規模 line", () => {
    const t = checkTable(
      recognizeTable(
        grid([
          ["比率"],
          ["単位:%"],
          ["区分", "令和4年度", "令和5年度"],
          ["実質赤字比率", "15.00", "20.00"],
        ])
      )
    );
    expect(t.findings.map((f) => [f.address, f.message.code])).toEqual([
      ["C4", "check.threshold.rebuild"],
    ]);
  });
});

describe("checkTable indicator ranges", () => {
  it.each([
    // A negative 将来負担比率 is printed "－", never △.
    ["将来負担比率", "△ 5.0", "check.indicator.negative"],
    ["財政力指数", "3.50", "check.indicator.fiscalStrength"],
    ["経常収支比率", "1,200.0", "check.indicator.percent"],
    ["財政力指数", "△ 0.10", "check.indicator.negative"],
  ])("asks about %s %s", (label, value, code) => {
    const r = checkTable(
      recognizeTable(grid([["指標"], ["区分", "令和4年度", "令和5年度"], [label, "1.00", value]]))
    );
    expect(r.findings.map((f) => [f.severity, f.kind, f.address, f.message.code])).toEqual([
      ["confirm", "indicator", "C3", code],
    ]);
  });

  it("leaves a negative 実質公債費比率 alone (it can be negative)", () => {
    const r = checkTable(
      recognizeTable(
        grid([["指標"], ["区分", "令和4年度", "令和5年度"], ["実質公債費比率", "0.5", "△ 1.2"]])
      )
    );
    expect(r.findings).toEqual([]);
  });
});

/*
 * Property: exact 円 components of 実質公債費比率 over 3–5 years, every cell rounded on its own —
 * components to 千円, the single years to 5 places by the table's mode, the 3-year figure
 * truncated to 1 place as published (from the exact single years, via indicators/debtServiceRatio
 * on exact inputs) — give notes only.
 */
describe("checkTable on 実質公債費比率 tables rounded cell by cell from exact data", () => {
  const year = fc
    .record({
      a: fc.integer({ min: 1_000_000_000, max: 9_000_000_000 }),
      b: fc.integer({ min: 0, max: 900_000_000 }),
      c: fc.integer({ min: 0, max: 300_000_000 }),
      d: fc.integer({ min: 0, max: 900_000_000 }),
      e: fc.integer({ min: 20_000_000_000, max: 90_000_000_000 }),
    })
    .map((y) => ({
      principalAndInterest: new D(y.a),
      quasiPrincipalAndInterest: new D(y.b),
      specificRevenue: new D(y.c),
      includedInDemand: new D(y.d),
      standardFiscalScale: new D(y.e),
    }));
  type Year = DebtServiceYear;
  const table = (years: Year[], mode: "half-up" | "down"): Grid => {
    const k = (v: Decimal) => printed(roundDecimal(v.div(1000), 0, mode));
    const single = years.map((y) => {
      const r = debtServiceRatioYear(y);
      return r.kind === "value" ? printed(roundDecimal(r.exact, 5, mode), 5) : "";
    });
    const mean = years.map((_, t) => {
      if (t < 2) return "";
      const r = debtServiceRatio([years[t - 2]!, years[t - 1]!, years[t]!]);
      return r.kind === "value" ? printed(r.value, 1) : "";
    });
    const row = (label: string, f: (y: Year) => Decimal) => [label, ...years.map((y) => k(f(y)))];
    return grid([
      ["実質公債費比率の状況"],
      ["単位:千円"],
      ["区分", ...years.map((_, t) => `令和${t + 1}年度`)],
      row("元利償還金", (y) => y.principalAndInterest),
      row("準元利償還金", (y) => y.quasiPrincipalAndInterest),
      row("特定財源", (y) => y.specificRevenue),
      row("算入公債費等", (y) => y.includedInDemand),
      row("標準財政規模", (y) => y.standardFiscalScale),
      ["実質公債費比率(単年度)", ...single],
      ["実質公債費比率", ...mean],
    ]);
  };

  it.each(["half-up", "down"] as const)("never reports an error (%s)", (mode) => {
    fc.assert(
      fc.property(fc.array(year, { minLength: 3, maxLength: 5 }), (years) => {
        const r = checkTable(recognizeTable(table(years, mode)));
        expect(r.rules.filter((x) => x.kind === "indicator")).toHaveLength(2);
        expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
      }),
      { numRuns: 40 }
    );
  });
});

describe("checkTable indicator columns", () => {
  it("checks an indicator column of a table without years (a 類似団体 table)", () => {
    // 財政力指数 3.20 for B市 (above 3), 実質公債費比率 18.5 for A市 (許可団体, 18 以上).
    const r = checkTable(
      recognizeTable(
        grid([
          ["類似団体比較"],
          ["団体名", "財政力指数", "実質公債費比率(%)"],
          ["A市", "0.55", "18.5"],
          ["B市", "3.20", "9.0"],
        ])
      )
    );
    expect(r.findings.map((f) => [f.kind, f.address, f.message.code])).toEqual([
      ["threshold", "C3", "check.threshold.permission"],
      ["indicator", "B4", "check.indicator.fiscalStrength"],
    ]);
  });
});

describe("checkTable indicator lines in difference positions", () => {
  it("leaves a negative 財政力指数 in a 比較 row alone", () => {
    // 比較(A市 - B市) 0.55 − 0.64 = △0.09 is a difference, not an index.
    const r = checkTable(
      recognizeTable(
        grid([
          ["類似団体比較"],
          ["団体名", "財政力指数"],
          ["A市", "0.55"],
          ["B市", "0.64"],
          ["比較(A市 - B市)", "△ 0.09"],
        ])
      )
    );
    expect(r.findings).toEqual([]);
  });
});

/*
 * Made-up 千円 figures. 実質赤字比率 = 実質赤字額 / 標準財政規模 × 100, 2 places truncated (domain.md
 * §3): R4 125,990 / 10,000,000 = 1.2599 → 1.25 (half-up would print 1.26); R5 no deficit, "－".
 * 経常収支比率 = 経常経費充当一般財源等 / (経常一般財源等 + 減収補塡債特例分 + 臨時財政対策債) × 100,
 * 1 place half-up: R4 9,100 / (9,500 + 0 + 500) = 91.0; R5 9,300 / (9,600 + 0 + 400) = 93.0.
 */
describe("checkTable on 実質赤字比率 and 経常収支比率 with their components", () => {
  const table = (deficit: string, ordinary: string) =>
    checkTable(
      recognizeTable(
        grid([
          ["決算の状況"],
          ["単位:千円"],
          ["区分", "令和4年度", "令和5年度"],
          ["標準財政規模", "10,000,000", "10,000,000"],
          ["実質赤字額", "125,990", "－"],
          ["実質赤字比率(%)", deficit, "－"],
          ["経常経費充当一般財源等", "9,100", "9,300"],
          ["経常一般財源等", "9,500", "9,600"],
          ["減収補塡債特例分", "－", "－"],
          ["臨時財政対策債", "500", "400"],
          ["経常収支比率(%)", ordinary, "93.0"],
        ])
      )
    );

  it("recomputes both and finds nothing in the published figures", () => {
    const r = table("1.25", "91.0");
    expect(r.rules.filter((x) => x.kind === "indicator").map((x) => x.text)).toEqual([
      "実質赤字比率(%) = 実質赤字額 / 標準財政規模 × 100",
      "経常収支比率(%) = 経常経費充当一般財源等 / (経常一般財源等 + 減収補塡債特例分 + 臨時財政対策債) × 100",
    ]);
    expect(serious(r)).toEqual([]);
  });

  it("finds a 実質赤字比率 rounded half-up and a wrong 経常収支比率", () => {
    expect(serious(table("1.26", "92.0"))).toEqual([
      ["error", "indicator", "B6", "1.2599"],
      ["error", "indicator", "B11", "91"],
    ]);
  });
});

describe("checkTable options on statutory lines", () => {
  it("switches off a line's thresholds and ranges by their ids", () => {
    const values = [
      ["指標"],
      ["区分", "令和4年度", "令和5年度"],
      ["実質公債費比率", "18.0", "25.0"],
      ["財政力指数", "3.10", "0.5"],
    ];
    const table = recognizeTable(grid(values));
    expect(checkTable(table).findings.map((f) => f.rule.id)).toEqual([
      "threshold:A3",
      "indicator:A4@range",
      "threshold:A3",
    ]);
    const off = checkTable(table, { disabledRules: ["threshold:A3", "indicator:A4@range"] });
    expect(off.findings).toEqual([]);
  });
});
