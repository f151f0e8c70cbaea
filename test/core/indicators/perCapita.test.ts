import { readFileSync } from "node:fs";
import { join } from "node:path";
import { D } from "../../../src/core/decimal";
import { perCapita } from "../../../src/core/indicators";
import type { IndicatorResult } from "../../../src/core/indicators";

/** Data rows of data/himi-peer-staffing.tsv (類似団体職員数の状況, 氷見市行政改革プラン). */
const rows = readFileSync(join(__dirname, "../../../data/himi-peer-staffing.tsv"), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "" && !l.startsWith("#"))
  .slice(2)
  .map((l) => l.split("\t"));

const num = (text: string | undefined): string => {
  const t = (text ?? "").replace(/,/g, "").trim();
  return t.startsWith("△") ? `-${t.slice(1)}` : t;
};
const cityRows = rows.filter(
  (r) => !(r[0] ?? "").startsWith("平均") && !(r[0] ?? "").startsWith("比較")
);
const shown = (r: IndicatorResult): string => (r.kind === "value" ? r.value.toFixed(2) : r.kind);

describe("perCapita", () => {
  it("reads nine city rows from the table", () => {
    expect(cityRows.map((r) => r[1])).toEqual([
      "大川市",
      "笠岡市",
      "岡谷市",
      "白石市",
      "小千谷市",
      "釜石市",
      "直方市",
      "玉野市",
      "氷見市",
    ]);
  });

  // Columns: 3 住基人口, 6 一般行政部門 職員数, 7 その1万人当たり, 8 普通会計 職員数, 9 その1万人当たり.
  it.each(
    cityRows.flatMap((r) => [
      [`${r[1]} 一般行政部門`, r[6], r[3], r[7]],
      [`${r[1]} 普通会計`, r[8], r[3], r[9]],
    ])
  )("reproduces %s: %s / %s × 10,000 = %s (2 dp half-up)", (_label, staff, population, printed) => {
    expect(shown(perCapita(new D(num(staff)), new D(num(population))))).toBe(num(printed));
  });

  it.each([
    [6, 7, "一般行政部門"],
    [8, 9, "普通会計"],
  ])(
    "reproduces the 平均(8市) row as Σ職員数 / Σ人口 (a ratio of sums), column %i (%s)",
    (staffCol, perCol) => {
      const peers = cityRows.filter((r) => r[1] !== "氷見市");
      const average = rows.find((r) => (r[0] ?? "").startsWith("平均")) as string[];
      const staff = peers.reduce((s, r) => s.plus(num(r[staffCol])), new D(0));
      const population = peers.reduce((s, r) => s.plus(num(r[3])), new D(0));
      expect(shown(perCapita(staff, population))).toBe(num(average[perCol]));
      // Not the mean of the eight printed ratios (67.55 / 86.30) …
      const meanOfRatios = peers.reduce((s, r) => s.plus(num(r[perCol])), new D(0)).div(8);
      expect(meanOfRatios.toFixed(2)).not.toBe(num(average[perCol]));
      // … and not the printed average staff (290 / 385, which differ from Σ/8 = 284.5 / 370.4) over the printed average population.
      expect(shown(perCapita(new D(num(average[staffCol])), new D(num(average[3]))))).not.toBe(
        num(average[perCol])
      );
    }
  );

  it.each([
    [7, "一般行政部門"],
    [9, "普通会計"],
  ])("reproduces the 比較 row as 氷見市 − 平均 of the printed ratios, column %i (%s)", (perCol) => {
    const himi = cityRows.find((r) => r[1] === "氷見市") as string[];
    const average = rows.find((r) => (r[0] ?? "").startsWith("平均")) as string[];
    const diff = rows.find((r) => (r[0] ?? "").startsWith("比較")) as string[];
    expect(new D(num(himi[perCol])).minus(num(average[perCol])).toFixed(2)).toBe(num(diff[perCol]));
  });

  it.each([
    // 1 / 3 × 3 = 1 exactly: dividing first (0.33…3 × 3 = 0.99…9) would truncate to 0.99.
    ["1", "3", "3", "1.00"],
    // 2 / 3 × 30 = 20 exactly.
    ["2", "3", "30", "20.00"],
  ])(
    "multiplies by the base before dividing (%s / %s × %s → %s truncated)",
    (v, p, per, expected) => {
      const r = perCapita(new D(v), new D(p), new D(per), { digits: 2, rounding: "down" });
      expect(shown(r)).toBe(expected);
    }
  );

  it("takes another base and precision", () => {
    // 1,000人当たり to 1 dp: 264 / 46,732 × 1,000 = 5.649… → 5.6.
    const r = perCapita(new D(264), new D(46732), new D(1000), { digits: 1, rounding: "half-up" });
    expect(shown(r)).toBe("5.60");
    expect(r.method).toEqual({ id: "perCapita", digits: 1, rounding: "half-up" });
  });

  it("reports a zero population", () => {
    expect(perCapita(new D(1), new D(0)).kind).toBe("error");
  });
});
