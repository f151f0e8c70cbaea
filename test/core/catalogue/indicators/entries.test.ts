import {
  ACHIEVEMENT_FUNCTION,
  COLLECTION_RATE_FUNCTION,
  CONSOLIDATED_DEFICIT_RATIO_FUNCTION,
  DEBT_SERVICE_RATIO_FUNCTION,
  DEBT_SERVICE_RATIO_YEAR_FUNCTION,
  DEFICIT_RATIO_FUNCTION,
  EARLY_THRESHOLD_FUNCTION,
  FISCAL_STRENGTH_FUNCTION,
  FUND_BALANCE_FUNCTION,
  FUND_SHORTAGE_RATIO_FUNCTION,
  FUTURE_BURDEN_RATIO_FUNCTION,
  HEALTH_STATUS_FUNCTION,
  INDICATOR_FUNCTIONS,
  KPI_STATUS_FUNCTION,
  ORDINARY_BALANCE_RATIO_FUNCTION,
  PER_CAPITA_FUNCTION,
  ROUND_FUNCTION,
  ROUND_TO_TOTAL_FUNCTION,
  SFS_FUNCTION,
} from "../../../../src/core/catalogue/indicators";
import type { ExcelArg, FunctionOutcome, FunctionSpec } from "../../../../src/core/catalogue/types";

const run = (spec: FunctionSpec, ...args: ExcelArg[]): FunctionOutcome =>
  spec.evaluate([...args, ...Array(spec.params.length - args.length).fill(null)]);
const value = (o: FunctionOutcome) => (o.ok ? o.value : `#${o.error}:${o.issue.code}`);
const argOf = (o: FunctionOutcome) => (o.ok ? null : String(o.issue.params?.["argJa"] ?? ""));
/** Puts the function id first so the test titles name it. */
const named = <R extends readonly [FunctionSpec, ...unknown[]]>(rows: readonly R[]) =>
  rows.map((r) => [r[0].id, ...r] as const);

describe("INDICATOR_FUNCTIONS", () => {
  it("lists every indicator id exactly once, with the argument order of the brief", () => {
    const ids = INDICATOR_FUNCTIONS.map((f) => f.id);
    expect(ids).toEqual([
      "SFS",
      "DEFICIT_RATIO",
      "CONSOLIDATED_DEFICIT_RATIO",
      "DEBT_SERVICE_RATIO_YEAR",
      "DEBT_SERVICE_RATIO",
      "FUTURE_BURDEN_RATIO",
      "FUND_SHORTAGE_RATIO",
      "EARLY_THRESHOLD",
      "HEALTH_STATUS",
      "FISCAL_STRENGTH",
      "ORDINARY_BALANCE_RATIO",
      "COLLECTION_RATE",
      "COST_RECOVERY_RATE",
      "ENTERPRISE_BALANCE_RATIO",
      "PER_CAPITA",
      "FUND_BALANCE",
      "ROUND",
      "ROUND_TO_TOTAL",
      "ACHIEVEMENT",
      "KPI_STATUS",
      "UNIT_COST",
      "EXECUTION_RATE",
    ]);
    expect(SFS_FUNCTION.params.map((p) => p.ja.name)).toEqual([
      "普通交付税",
      "基準財政収入額",
      "特定収入見込額",
      "臨財債発行可能額",
    ]);
    expect(FUTURE_BURDEN_RATIO_FUNCTION.params.map((p) => p.ja.name)).toEqual([
      "将来負担額",
      "充当可能基金額",
      "充当可能特定歳入見込額",
      "基準財政需要額算入見込額",
      "標準財政規模",
      "算入公債費等",
    ]);
  });

  it("carries precision, source and a confidence for every ratio with a published precision", () => {
    for (const f of INDICATOR_FUNCTIONS.filter((x) => x.precision)) {
      expect([f.id, f.source.ja.length > 0, ["H", "M", "L"].includes(f.confidence)]).toEqual([
        f.id,
        true,
        true,
      ]);
    }
    expect(DEBT_SERVICE_RATIO_FUNCTION.precision).toMatchObject({ digits: 1, rounding: "down" });
    expect(COLLECTION_RATE_FUNCTION.precision).toMatchObject({ digits: 1, rounding: "half-up" });
  });
});

describe("blank is not zero", () => {
  it.each(
    named([
      // A blank 臨財債 is 0 by omission.
      [SFS_FUNCTION, [1000, 900, 300, ""], 2100],
      [SFS_FUNCTION, [1000, 900, 300, null], 2100],
      // Blank 減収補塡債 / 臨財債 are 0 by omission.
      [ORDINARY_BALANCE_RATIO_FUNCTION, [8905, 10000, "", ""], 89.1],
      // Blank flows are no flow (the 減債基金 R12 積立 of the 氷見 table).
      [FUND_BALANCE_FUNCTION, [1206, [[""]], [[253]]], [[953]]],
      [FUND_BALANCE_FUNCTION, [1206, [["－"]], [[253]]], [[953]]],
      // "－" as a deficit is "no deficit", and so is 0.
      [DEFICIT_RATIO_FUNCTION, ["－", 10000], "－"],
      [FUND_SHORTAGE_RATIO_FUNCTION, [0, 1000], "－"],
      // A ratio that is not computed ("－") is sound.
      [HEALTH_STATUS_FUNCTION, ["将来負担比率", "－"], "健全"],
    ] as const)
  )("%s reads %j as %j", (_id, spec, args, expected) => {
    expect(value(run(spec, ...(args as unknown as ExcelArg[])))).toEqual(expected);
  });

  it.each(
    named([
      // A blank 標準財政規模 is an error naming it.
      [DEFICIT_RATIO_FUNCTION, [100, ""], "#value:functions.argBlank", "引数2（標準財政規模）"],
      [
        EARLY_THRESHOLD_FUNCTION,
        ["実質赤字", ""],
        "#value:functions.argBlank",
        "引数2（標準財政規模）",
      ],
      [
        HEALTH_STATUS_FUNCTION,
        ["実質赤字", 12],
        "#value:functions.argMissing",
        "引数3（標準財政規模）",
      ],
      // A blank ratio is not 健全: it is missing data.
      [HEALTH_STATUS_FUNCTION, ["実質公債費", ""], "#value:functions.argBlank", "引数2（比率）"],
      // A blank actual is "no data" (#N/A), never 0.
      [ACHIEVEMENT_FUNCTION, ["", 99], "#na:functions.argBlank", "引数1（実績値）"],
      [KPI_STATUS_FUNCTION, ["", "99.0%以上"], "#na:functions.argBlank", "引数1（実績値）"],
      // A blank cell inside the 3-year series is reported with its position.
      [
        DEBT_SERVICE_RATIO_FUNCTION,
        [[[1, "", 3]], [[0, 0, 0]], [[0, 0, 0]], [[0, 0, 0]], [[10, 10, 10]]],
        "#value:functions.argBlank",
        "引数1（元利償還金）の2番目のセル",
      ],
      [
        COLLECTION_RATE_FUNCTION,
        [
          [[1000], [""]],
          [[990], [20]],
        ],
        "#value:functions.argBlank",
        "引数1（調定額）の2番目のセル",
      ],
      [
        ROUND_TO_TOTAL_FUNCTION,
        [[[1.5, ""]], 0],
        "#value:functions.argBlank",
        "引数1（内訳）の2番目のセル",
      ],
    ] as const)
  )("%s refuses %j with %s naming %s", (_id, spec, args, expected, arg) => {
    const o = run(spec, ...(args as unknown as ExcelArg[]));
    expect(value(o)).toBe(expected);
    expect(argOf(o)).toBe(arg);
  });
});

describe("indicator failures", () => {
  it.each(
    named([
      [DEFICIT_RATIO_FUNCTION, [100, 0], "#div0:functions.argReason", "引数2（標準財政規模）"],
      [DEFICIT_RATIO_FUNCTION, [-100, 1000], "#value:functions.argReason", "引数1（実質赤字額）"],
      [
        CONSOLIDATED_DEFICIT_RATIO_FUNCTION,
        [[[100, -5]], 0, 1000],
        "#value:functions.argReason",
        "引数1（赤字・資金不足の合計）の2番目のセル",
      ],
      [
        DEBT_SERVICE_RATIO_YEAR_FUNCTION,
        [10, 0, 0, 100, 100],
        "#div0:functions.argReason",
        "引数5（標準財政規模）",
      ],
      [ACHIEVEMENT_FUNCTION, [5, 10, null, 10], "#value:functions.argReason", "引数4（基準値）"],
      [KPI_STATUS_FUNCTION, [1, "導入完了"], "#value:functions.argReason", "引数2（目標）"],
      [
        FISCAL_STRENGTH_FUNCTION,
        [[[1, 2]], [[3]]],
        "#value:functions.argReason",
        "引数2（基準財政需要額）",
      ],
      [FUND_BALANCE_FUNCTION, [100, [[-5]], [[0]]], "#value:functions.argReason", "引数2（積立）"],
      [
        EARLY_THRESHOLD_FUNCTION,
        ["経常収支", 100],
        "#value:functions.argChoice",
        "引数1（比率の種類）",
      ],
      [
        EARLY_THRESHOLD_FUNCTION,
        ["実質赤字", 100, "ドル"],
        "#value:functions.argChoice",
        "引数3（単位）",
      ],
      [
        EARLY_THRESHOLD_FUNCTION,
        ["実質赤字", -100],
        "#num:functions.argReason",
        "引数2（標準財政規模）",
      ],
      [ROUND_FUNCTION, [1.5, 0, "銀行丸め"], "#value:functions.argChoice", "引数3（方式）"],
      [ROUND_FUNCTION, [1.5, 0.5], "#value:functions.argNotInteger", "引数2（桁数）"],
      [FISCAL_STRENGTH_FUNCTION, [[[1]], [[2]], 4], "#value:functions.argChoice", "引数3（桁数）"],
    ] as const)
  )("%s fails on %j with %s about %s", (_id, spec, args, expected, arg) => {
    const o = run(spec, ...(args as unknown as ExcelArg[]));
    expect(value(o)).toBe(expected);
    expect(argOf(o)).toBe(arg);
  });

  it("explains the reason in both languages", () => {
    const o = run(DEFICIT_RATIO_FUNCTION, 100, 0);
    expect(o.ok ? null : o.issue.params).toMatchObject({
      reasonJa: "標準財政規模 が 0 のため計算できません。",
      reasonEn: "the standard fiscal scale is 0, so the figure cannot be computed.",
    });
  });
});

describe("arguments as users type them", () => {
  it.each(
    named([
      // Units of 標準財政規模: default 千円 (決算カード), or named.
      [EARLY_THRESHOLD_FUNCTION, ["実質赤字比率", 4_000_000], 15],
      [EARLY_THRESHOLD_FUNCTION, ["deficit", 4_000_000_000, "円"], 15],
      [EARLY_THRESHOLD_FUNCTION, ["連結実質赤字", 500, "億円"], 16.25],
      [EARLY_THRESHOLD_FUNCTION, ["DEBT_SERVICE", ""], 25],
      [EARLY_THRESHOLD_FUNCTION, ["将来負担比率", null], 350],
      [EARLY_THRESHOLD_FUNCTION, ["資金不足", null], 20],
      // 氷見 R2 標準財政規模 12,363 百万円 (data/himi-fiscal-outlook.tsv) and its printed 実質公債費比率 11.3.
      [HEALTH_STATUS_FUNCTION, ["実質公債費比率", 11.3], "健全"],
      [HEALTH_STATUS_FUNCTION, ["実質赤字", "14.00%", 12363, "百万円"], "早期健全化基準以上"],
      [HEALTH_STATUS_FUNCTION, ["実質赤字", 13.01, 12363, "百万円"], "健全"],
      // Japanese notation in cells: △, thousands separators, 億円 converted to the parameter's 千円.
      [DEFICIT_RATIO_FUNCTION, ["1,234", "1億円"], 1.23],
      [
        CONSOLIDATED_DEFICIT_RATIO_FUNCTION,
        [
          [
            [300, ""],
            [200, ""],
          ],
          [[200]],
          10000,
        ],
        3,
      ],
      [
        DEBT_SERVICE_RATIO_FUNCTION,
        [
          [["57,237"], [58974], [61319]],
          [[4336, 4093, 3680]],
          [[439, 486, 485]],
          [[38516, 40271, 42189]],
          [[215679, 216201, 216218]],
        ],
        12.7,
      ],
      [
        DEBT_SERVICE_RATIO_FUNCTION,
        [
          [[57237.0, 58974, 61319.5]],
          [[4336, 4093, 3680]],
          [[439, 486, 485]],
          [[38516, 40271, 42189]],
          [[215679, 216201, 216218]],
        ],
        12.7,
      ],
      [FISCAL_STRENGTH_FUNCTION, [[[4449], [4649], [4749]], [[10000], [10000], [10000]], 3], 0.462],
      [PER_CAPITA_FUNCTION, [374, "46,732人"], 80.03],
      [ROUND_FUNCTION, [12.7588, 1, "切り捨て"], 12.7],
      [ROUND_FUNCTION, [0.1 + 0.2, 1, "up"], 0.3],
      [ROUND_FUNCTION, [2.675, 2], 2.68],
      [
        ROUND_TO_TOTAL_FUNCTION,
        [
          [
            [33.3, 33.3],
            [33.4, 0],
          ],
          0,
        ],
        [
          [33, 33],
          [34, 0],
        ],
      ],
      [ACHIEVEMENT_FUNCTION, [26000, 24700, "以下"], 95],
      [KPI_STATUS_FUNCTION, [85.3, "80%台"], [["範囲内", 0]]],
      [KPI_STATUS_FUNCTION, [26000, "24,700時間以下"], [["未達成", 1300]]],
      [FUND_BALANCE_FUNCTION, [2990, [[491], [306]], [[530], [300]]], [[2951], [2957]]],
    ] as const)
  )("%s gives %j → %j", (_id, spec, args, expected) => {
    expect(value(run(spec, ...(args as unknown as ExcelArg[])))).toEqual(expected);
  });
});
