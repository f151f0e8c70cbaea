import { D } from "../../decimal";
import { perCapita } from "../../indicators/perCapita";
import { argNumber, argOptionalNumber } from "../coerce";
import type { FunctionSpec } from "../types";
import { argDigits } from "./indicatorArgs";
import { fromResult } from "./indicatorOutcome";
import { param } from "./params";

const TEN_THOUSAND = new D(10000);

/** PER_CAPITA(value, population, [per], [digits]): default 人口1万人当たり, 2 dp half-up. */
export const PER_CAPITA_FUNCTION: FunctionSpec = {
  id: "PER_CAPITA",
  category: "ratio",
  ja: {
    name: "人口当たり",
    description:
      "値 ÷ 人口 × 単位人口（既定は1万人当たり、小数第2位に四捨五入）。平均行は Σ値 ÷ Σ人口 で求める（比率の平均ではない）。",
  },
  en: {
    name: "Per capita",
    description:
      "Value ÷ population × per (default per 10,000, 2 dp half-up). For an average row pass the sums (a ratio of sums, not a mean of ratios).",
  },
  params: [
    param(
      "value",
      ["値", "職員数・金額など（範囲の合計は SUM で）"],
      ["value", "Staff, amount, … (use SUM for totals)"]
    ),
    param(
      "population",
      ["人口", "住民基本台帳人口など（0は不可）"],
      ["population", "Population (not 0)"],
      { unit: ["人", "persons"] }
    ),
    param(
      "per",
      ["単位人口", "何人当たりか（省略時 10,000）"],
      ["per", "Per how many people (default 10,000)"],
      { optional: true }
    ),
    param(
      "digits",
      ["桁数", "小数点以下の桁数（省略時 2、四捨五入）"],
      ["digits", "Decimal places (default 2, half-up)"],
      { optional: true }
    ),
  ],
  result: { dimensionality: "scalar" },
  formula: { ja: "値 ÷ 人口 × 単位人口", en: "value ÷ population × per" },
  precision: {
    digits: 2,
    rounding: "half-up",
    note: {
      ja: "氷見市行革プランの類似団体職員数の表の全行を再現（平均行は合計どうしの比）",
      en: "reproduces every row of the Himi peer staffing table (its average row is a ratio of sums)",
    },
  },
  source: {
    ja: "氷見市行政改革プラン 類似団体職員数の状況（令和2年4月1日）の算定方法",
    en: "Method of the Himi reform plan's peer staffing table (2020-04-01)",
  },
  confidence: "H",
  examples: [
    {
      formula: "=ZAISEI.PER_CAPITA(264, 46732)",
      result: "56.49",
      note: { ja: "氷見市 一般行政部門職員数", en: "Himi general administration staff" },
    },
    {
      formula: "=ZAISEI.PER_CAPITA(2276, 348635)",
      result: "65.28",
      note: {
        ja: "類似8市の平均行 = Σ職員数 ÷ Σ人口",
        en: "8-peer average row = Σ staff ÷ Σ population",
      },
    },
    { formula: "=ZAISEI.PER_CAPITA(264, 46732, 1000, 1)", result: "5.6" },
  ],
  evaluate: (args) => {
    const spec = PER_CAPITA_FUNCTION;
    const value = argNumber(args, 0, spec);
    if (!value.ok) return value;
    const population = argNumber(args, 1, spec);
    if (!population.ok) return population;
    const per = argOptionalNumber(args, 2, spec);
    if (!per.ok) return per;
    const digits = argDigits(args, 3, spec, 2, 0, 10);
    if (!digits.ok) return digits;
    return fromResult(
      perCapita(value.value, population.value, per.value ?? TEN_THOUSAND, {
        digits: digits.value,
        rounding: "half-up",
      }),
      spec,
      1
    );
  },
};
