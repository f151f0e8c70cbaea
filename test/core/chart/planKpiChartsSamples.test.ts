import { readFileSync } from "node:fs";
import { join } from "node:path";
import { planKpiCharts } from "../../../src/core/chart/planKpiCharts";
// The port's own check: what both workbook implementations refuse before drawing.
import { checkChartPage } from "../../../src/workbook/chartPlanCheck";
import { defaultEvaluationYear, evaluateKpi } from "../../../src/core/kpi/evaluateKpi";
import { recognizeKpiRegister } from "../../../src/core/kpi/recognizeKpiRegister";
import type { KpiEvaluation } from "../../../src/core/kpi/types";
import { formatMessage } from "../../../src/core/messages";
import { MemoryWorkbook } from "../../../src/workbook/memory";

async function sampleEvaluation(fileName: string): Promise<KpiEvaluation> {
  const bytes = readFileSync(join(__dirname, "..", "..", "..", "assets", "samples", fileName));
  const wb = await MemoryWorkbook.fromXlsx(new Uint8Array(bytes));
  const grid = await wb.readUsedRange("KPI");
  if (!grid) throw new Error("empty sheet");
  const result = recognizeKpiRegister(grid);
  if (!result.ok) throw new Error(formatMessage(result.issue));
  return evaluateKpi(result.register, { fiscalYear: defaultEvaluationYear(result.register) });
}

describe("planKpiCharts on the sample registers", () => {
  it.each([
    [
      "tomakomai-kpi-register.xlsx",
      ["cumulative", "effects", "indicator", "overview", "statusBoard"],
    ],
    ["himi-kpi-register.xlsx", ["cumulative", "indicator", "overview", "statusBoard"]],
  ])("plans %s with every chart drawable, ids unique and the 例示 note", async (file, kinds) => {
    const ev = await sampleEvaluation(file);
    const page = planKpiCharts(ev, { lang: "ja" });
    expect([...new Set(page.charts.map((c) => c.kind))].sort()).toEqual(kinds);
    expect(() => checkChartPage(page)).not.toThrow();
    expect(new Set(page.charts.map((c) => c.id)).size).toBe(page.charts.length);
    expect(page.texts[1]?.text).toContain("例示");
    const en = planKpiCharts(ev, { lang: "en" });
    expect(en.charts.map((c) => c.id)).toEqual(page.charts.map((c) => c.id));
  });

  it("marks the 苫小牧 No.2 bonds goal of 15億円 in R11 and its running totals", async () => {
    const ev = await sampleEvaluation("tomakomai-kpi-register.xlsx");
    const charts = planKpiCharts(ev, { lang: "ja" }).charts;
    const bonds = charts.find((c) => c.kind === "indicator" && c.title.startsWith("2. 債券運用額"));
    expect(bonds?.valueAxis.title).toBe("実績・計画（億円）");
    expect(bonds?.series.find((s) => s.role === "plan")?.values).toEqual([3, 6, 9, 12, 15]);
    expect(bonds?.series.find((s) => s.role === "goal")).toMatchObject({
      name: "目標（R11）",
      values: [15, 15, 15, 15, 15],
    });
  });
});
