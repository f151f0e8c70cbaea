import type { CellValue } from "../../../src/core/grid";
import {
  checkTemplatePeriod,
  KPI_COST_FORMAT,
  KPI_DIRECTION_WORDS,
  KPI_STATUS_WORDS,
  KPI_TARGET_TYPE_WORDS,
  KPI_VALUE_FORMAT,
  kpiSheetTemplate,
} from "../../../src/core/kpi/kpiSheetTemplate";
import { recognizeKpiRegister } from "../../../src/core/kpi/recognizeKpiRegister";
import type { Language } from "../../../src/core/messages";
import { formatMessage } from "../../../src/core/messages";
import { parseCellValue } from "../../../src/core/notation";
import { fixed, gridOf } from "./kpiGrids";

/** Fills a template's empty rows by header, as a user would type into the sheet. */
function fill(header: string[], rows: Record<string, CellValue>[]): CellValue[][] {
  return rows.map((row) => header.map((h) => row[h] ?? ""));
}

type Word =
  | "no"
  | "ind"
  | "unit"
  | "dir"
  | "type"
  | "goalYear"
  | "goal"
  | "lower"
  | "upper"
  | "status"
  | "theme";

const WORDS: Record<Language, Record<Word, string>> = {
  ja: {
    no: "No",
    ind: "指標",
    unit: "単位",
    dir: "方向",
    type: "目標の種類",
    goalYear: "目標年度",
    goal: "目標値",
    lower: "下限",
    upper: "上限",
    status: "状況",
    theme: "テーマ",
  },
  en: {
    no: "No",
    ind: "Indicator",
    unit: "Unit",
    dir: "Direction",
    type: "Target type",
    goalYear: "Goal year",
    goal: "Goal",
    lower: "Lower",
    upper: "Upper",
    status: "Status",
    theme: "Theme",
  },
};

const YEAR = {
  ja: (y: number, role: string) =>
    `R${y - 2018}${{ plan: "計画", actual: "実績", cost: "事業費（千円）", personnel: "人件費（千円）", output: "活動量" }[role]}`,
  en: (y: number, role: string) =>
    `FY${y} ${{ plan: "plan", actual: "actual", cost: "cost (thousand yen)", personnel: "personnel (thousand yen)", output: "output" }[role]}`,
};

describe("kpiSheetTemplate", () => {
  it("lays out the fields, then 計画 and 実績 per year of the period, 状況 and the 3E columns", () => {
    const t = kpiSheetTemplate(2025, 2029, "ja");
    const header = t.header[0]!;
    expect(header.slice(0, 14)).toEqual([
      "No",
      "テーマ",
      "項目名",
      "担当部署",
      "指標",
      "単位",
      "方向",
      "目標の種類",
      "基準年度",
      "基準値",
      "目標年度",
      "目標値",
      "下限",
      "上限",
    ]);
    expect(header.slice(14, 25)).toEqual([
      "R7計画",
      "R7実績",
      "R8計画",
      "R8実績",
      "R9計画",
      "R9実績",
      "R10計画",
      "R10実績",
      "R11計画",
      "R11実績",
      "状況",
    ]);
    expect(header.slice(25, 28)).toEqual(["R7事業費（千円）", "R7人件費（千円）", "R7活動量"]);
    expect(header).toHaveLength(40);
    expect(t.columnWidths).toHaveLength(40);
    expect(t.freezeRows).toBe(1);
    expect(t.body.length).toBeGreaterThan(0);
    expect(t.body.every((row) => row.length === 40 && row.every((v) => v === null))).toBe(true);
  });

  it("offers drop-downs for 方向, 目標の種類 and 状況 with the exported word lists", () => {
    for (const lang of ["ja", "en"] as const) {
      const t = kpiSheetTemplate(2025, 2026, lang);
      const header = t.header[0]!;
      expect(t.validations.map((v) => [header[v.column], v.list])).toEqual([
        [WORDS[lang].dir, [...KPI_DIRECTION_WORDS[lang]]],
        [WORDS[lang].type, [...KPI_TARGET_TYPE_WORDS[lang]]],
        [WORDS[lang].status, [...KPI_STATUS_WORDS[lang]]],
      ]);
    }
    expect(KPI_DIRECTION_WORDS.ja).toEqual(["増加", "減少", "達成", "範囲"]);
  });

  it("formats every figure column with △ for negatives; the formats are read back as plain numbers", () => {
    const t = kpiSheetTemplate(2025, 2025, "ja");
    const header = t.header[0]!;
    const format = (name: string) => t.numberFormats.find((f) => header[f.column] === name)?.format;
    expect([
      format("目標値"),
      format("R7計画"),
      format("R7実績"),
      format("R7事業費（千円）"),
    ]).toEqual([KPI_VALUE_FORMAT, KPI_VALUE_FORMAT, KPI_VALUE_FORMAT, KPI_COST_FORMAT]);
    expect(KPI_COST_FORMAT).toBe('#,##0;"△"#,##0');
    expect(format("指標")).toBeUndefined();
    for (const f of [KPI_VALUE_FORMAT, KPI_COST_FORMAT]) {
      const read = parseCellValue(-150, f);
      expect(read.kind === "number" && [read.quantity.value.toFixed(), read.quantity.unit]).toEqual(
        ["-150", null]
      );
    }
  });

  it.each(["ja", "en"] as const)(
    "is read back by recognizeKpiRegister once filled in (%s)",
    (lang) => {
      const t = kpiSheetTemplate(2025, 2027, lang);
      const header = t.header[0]!;
      const w = WORDS[lang];
      const y = YEAR[lang];
      const dirs = KPI_DIRECTION_WORDS[lang];
      const types = KPI_TARGET_TYPE_WORDS[lang];
      const rows = fill(header, [
        {
          [w.no]: 1,
          [w.theme]: "財政",
          [w.ind]: "収納率",
          [w.unit]: "%",
          [w.dir]: dirs[0]!,
          [w.type]: types[0]!,
          [w.goalYear]: "R7-R9",
          [w.goal]: 99,
          [y(2025, "plan")]: 99,
          [y(2025, "actual")]: 98.7,
          [y(2025, "cost")]: 1200,
          [y(2025, "personnel")]: 800,
          [y(2025, "output")]: 30,
        },
        {
          [w.no]: 2,
          [w.ind]: "苦情件数",
          [w.unit]: "件",
          [w.dir]: dirs[1]!,
          [w.type]: types[1]!,
          [w.goalYear]: 2027,
          [w.goal]: -150,
          [y(2026, "plan")]: -50,
          [y(2027, "plan")]: -150,
        },
        {
          [w.no]: 3,
          [w.ind]: "窓口の開設",
          [w.dir]: dirs[2]!,
          [w.type]: types[3]!,
          [y(2025, "plan")]: "準備",
          [y(2025, "actual")]: KPI_STATUS_WORDS[lang][1]!,
          [w.status]: KPI_STATUS_WORDS[lang][1]!,
        },
        {
          [w.no]: 4,
          [w.ind]: "経常収支比率",
          [w.unit]: "%",
          [w.dir]: dirs[3]!,
          [w.type]: types[0]!,
          [w.lower]: 80,
          [w.upper]: 90,
        },
      ]);
      const blank = t.body.slice(rows.length).map((row) => row.map((v) => v ?? ""));
      const result = recognizeKpiRegister(gridOf([header, ...rows, ...blank]));
      if (!result.ok) throw new Error(formatMessage(result.issue));
      const reg = result.register;
      expect(reg.skipped).toEqual([]);
      expect(reg.fiscalYears).toEqual([2025, 2026, 2027]);
      expect(reg.items.map((i) => [i.no, i.direction, i.targetType])).toEqual([
        ["1", "higher", "yearly"],
        ["2", "lower", "cumulative"],
        ["3", "milestone", "milestone"],
        ["4", "range", "yearly"],
      ]);
      const [rate, complaints, milestone, band] = reg.items;
      expect([rate!.goal.fromYear, rate!.goal.fiscalYear, rate!.theme]).toEqual([
        2025,
        2027,
        "財政",
      ]);
      expect(fixed([rate!.years[0]!.plan, rate!.years[0]!.actual])).toEqual(["99", "98.7"]);
      expect(rate!.costUnit).toBe("千円");
      expect(
        fixed([rate!.costs[0]!.cost, rate!.costs[0]!.personnel, rate!.costs[0]!.output])
      ).toEqual(["1200", "800", "30"]);
      expect(fixed(complaints!.years.map((x) => x.plan))).toEqual([null, "-50", "-150"]);
      expect(complaints!.costs).toEqual([]);
      expect([milestone!.years[0]!.planText, milestone!.status]).toEqual([
        "準備",
        KPI_STATUS_WORDS[lang][1],
      ]);
      expect(fixed([band!.goal.target.lower, band!.goal.target.upper])).toEqual(["80", "90"]);
    }
  );

  it("refuses a reversed or overlong period, with a catalogue message", () => {
    expect(checkTemplatePeriod(2025, 2029)).toBeNull();
    const issue = checkTemplatePeriod(2029, 2025);
    expect(issue?.code).toBe("kpiRegister.templatePeriod");
    expect(formatMessage(issue!, "en")).toBe(
      "No KPI sheet can be made for the plan period 2029–2025 (the first year up to the last, at most 20 years)."
    );
    expect(checkTemplatePeriod(2025, 2060)?.code).toBe("kpiRegister.templatePeriod");
    expect(() => kpiSheetTemplate(2029, 2025, "ja")).toThrow(RangeError);
  });
});
