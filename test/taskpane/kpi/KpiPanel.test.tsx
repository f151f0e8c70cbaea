import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { formatRate, GRADING_PRESETS } from "../../../src/core/kpi/gradingSchemes";
import { defaultEvaluationYear, evaluateKpi } from "../../../src/core/kpi/evaluateKpi";
import type { GradingScheme, KpiEvaluation, KpiRegister } from "../../../src/core/kpi/types";
import { formatWareki } from "../../../src/core/calendar/formatWareki";
import { KpiPanel } from "../../../src/taskpane/kpi/KpiPanel";
import { loadGradingScheme } from "../../../src/workflows/kpi";
import { MemoryWorkbook } from "../../../src/workbook/memory";
import type { ChartPageResult, DrawOptions, WorkbookPort } from "../../../src/workbook/port";
import type { ChartPagePlan } from "../../../src/core/chart/types";
import { formatMessage } from "../../../src/core/messages";
import { valueText } from "../../../src/taskpane/kpi/kpiText";
import { renderApp, renderInPane } from "../renderWithPane";
import { kpiSample, sampleRegister } from "./kpiFixtures";

jest.setTimeout(180_000);

const jaText = (code: string, params?: Record<string, string | number>) =>
  formatMessage({ code, params }, "ja");

function renderPanel(port: WorkbookPort, lang: "ja" | "en" = "ja") {
  renderInPane(<KpiPanel port={port} active />, lang);
  return userEvent.setup();
}

function preset(id: string): GradingScheme {
  const found = GRADING_PRESETS.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
}

function yearLabel(year: number): string {
  return `${formatWareki(year, "long")} (${year})`;
}

/** The whole-plan table's rows as [status, count, share]. */
function summaryRows(lang: "ja" | "en" = "ja"): string[][] {
  const table = screen.getByRole("table", {
    name: lang === "ja" ? /^計画全体/ : /^Whole plan/,
  });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => [
      within(row).getByRole("rowheader").textContent ?? "",
      ...within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent ?? ""),
    ]);
}

function expectedRows(evaluation: KpiEvaluation, lang: "ja" | "en" = "ja"): string[][] {
  return evaluation.summary.whole.counts.map((c) => [
    c.label[lang],
    String(c.count),
    formatRate(c.share, lang),
  ]);
}

async function opened(name: "himi" | "tomakomai", lang: "ja" | "en" = "ja") {
  const wb = await kpiSample(name);
  const register = await sampleRegister(wb);
  const user = renderPanel(wb, lang);
  await screen.findByRole("table", { name: lang === "ja" ? /^計画全体/ : /^Whole plan/ });
  return { wb, register, user };
}

/** A row of the noActual group that has a different target in two years, for the year switch. */
function rowWithChangingTarget(register: KpiRegister): {
  indicator: string;
  no: string;
  years: [number, number];
} {
  const years = register.fiscalYears;
  for (let i = 0; i + 1 < years.length; i++) {
    const a = evaluateKpi(register, { fiscalYear: years[i] as number });
    const b = evaluateKpi(register, { fiscalYear: years[i + 1] as number });
    for (const p of a.progress) {
      const q = b.progress.find((x) => x.item.row === p.item.row);
      if (
        q &&
        p.actual === null &&
        q.actual === null &&
        p.item.direction !== "milestone" &&
        p.target !== null &&
        q.target !== null &&
        !p.target.eq(q.target)
      )
        return { indicator: p.item.indicator, no: p.item.no, years: [p.fiscalYear, q.fiscalYear] };
    }
  }
  throw new Error("no row with a changing target");
}

describe("KpiPanel", () => {
  it("finds the 氷見 register and shows the whole plan's counts and shares for the default year", async () => {
    const { register } = await opened("himi");
    const year = defaultEvaluationYear(register);
    expect(screen.getByRole("combobox", { name: "KPIシート" })).toHaveDisplayValue(
      `${register.sheet}(${register.items.length} 指標)`
    );
    expect(screen.getByRole("combobox", { name: "評価年度" })).toHaveDisplayValue(yearLabel(year));
    const evaluation = evaluateKpi(register, { fiscalYear: year });
    expect(summaryRows()).toEqual(expectedRows(evaluation));
    expect(summaryRows().reduce((n, r) => n + Number(r[1]), 0)).toBe(register.items.length);
    // Each テーマ is listed with its count of indicators.
    const themes = screen.getByRole("region", { name: "テーマ別" });
    for (const g of evaluation.summary.byTheme)
      expect(
        within(themes).getByRole("listitem", {
          name: `${g.theme ?? "(テーマなし)"}(${g.total} 指標)`,
        })
      ).toBeInTheDocument();
  });

  it("changing the evaluation year changes the year's targets and the summary", async () => {
    const { register, user } = await opened("tomakomai");
    const { indicator, no, years } = rowWithChangingTarget(register);
    for (const year of years) {
      await user.selectOptions(screen.getByRole("combobox", { name: "評価年度" }), String(year));
      const evaluation = evaluateKpi(register, { fiscalYear: year });
      expect(summaryRows()).toEqual(expectedRows(evaluation));
      const header = screen.getByRole("button", { name: /^実績なし/ });
      if (header.getAttribute("aria-expanded") !== "true") await user.click(header);
      const list = screen.getByRole("list", { name: /^実績なし/ });
      const item = within(list).getByRole("listitem", { name: `${no} ${indicator}` });
      const p = evaluation.progress.find((x) => x.item.no === no && x.item.indicator === indicator);
      const target = within(item).getByText(`${yearLabel(year)} の目標`).nextSibling;
      expect(target?.textContent).toBe(valueText(p?.target ?? null, p?.item.unit ?? null, jaText));
    }
  });

  it("choosing another scheme regrades every row and saves it in the workbook", async () => {
    const { wb, register, user } = await opened("himi");
    const seven = preset("sevenPoint");
    await user.selectOptions(screen.getByRole("combobox", { name: "評価基準" }), seven.id);
    await screen.findByText(`評価基準「${seven.name.ja}」をブックに保存しました。`);
    expect(screen.getByText(`適用中の評価基準:${seven.name.ja}`)).toBeInTheDocument();
    const evaluation = evaluateKpi(register, {
      fiscalYear: defaultEvaluationYear(register),
      scheme: seven,
    });
    expect(summaryRows()).toEqual(expectedRows(evaluation));
    expect(summaryRows().map((r) => r[0])).toEqual(seven.bands.map((b) => b.label.ja));
    expect((await loadGradingScheme(wb)).id).toBe(seven.id);
  });

  it("edits a band's threshold, checks it, saves it and regrades", async () => {
    const { wb, register, user } = await opened("himi");
    const seven = preset("sevenPoint");
    await user.selectOptions(screen.getByRole("combobox", { name: "評価基準" }), seven.id);
    await screen.findByText(`適用中の評価基準:${seven.name.ja}`);
    const n = seven.bands.findIndex((b) => b.rule.kind === "rateAtLeast");
    expect(n).toBeGreaterThanOrEqual(0);
    await user.click(screen.getByRole("button", { name: "区分を編集" }));
    const box = screen.getByRole("textbox", { name: `区分 ${n + 1} のしきい値(%)` });

    await user.clear(box);
    await user.type(box, "八十");
    await user.click(screen.getByRole("button", { name: "適用して保存" }));
    expect(screen.getByRole("alert")).toHaveTextContent(`区分 ${n + 1} のしきい値「八十」`);
    expect((await loadGradingScheme(wb)).bands).toEqual(seven.bands);

    await user.clear(box);
    await user.type(box, "1");
    await user.click(screen.getByRole("button", { name: "適用して保存" }));
    await screen.findByText(`評価基準「${seven.name.ja}(編集済み)」をブックに保存しました。`);
    const saved = await loadGradingScheme(wb);
    expect(saved.bands[n]?.rule).toEqual({ ...seven.bands[n]?.rule, percent: 1 });
    const evaluation = evaluateKpi(register, {
      fiscalYear: defaultEvaluationYear(register),
      scheme: saved,
    });
    expect(summaryRows()).toEqual(expectedRows(evaluation));
  });

  it("choosing a row that needs attention selects its cell", async () => {
    const { wb, user } = await opened("tomakomai");
    const button = within(screen.getByRole("region", { name: "確認が必要な指標" })).getAllByRole(
      "button",
      { name: /を選択$/ }
    )[0];
    if (!button) throw new Error("no row to select");
    const cell = /^(\S+) を選択$/.exec(button.textContent ?? "")?.[1];
    await user.click(button);
    const selection = await wb.getSelection();
    expect(selection.address).toBe(cell);
    await screen.findByText(`${selection.sheet}!${cell} を選択しました。`);
  });

  it("previews every planned chart as an SVG with its title and a checkbox", async () => {
    await opened("tomakomai");
    const list = screen.getByRole("list", { name: "グラフ" });
    const items = within(list).getAllByRole("listitem");
    expect(items.length).toBeGreaterThan(3);
    for (const item of items) {
      const svg = within(item).getByRole("img");
      const title = svg.getAttribute("aria-label");
      expect(title).toBeTruthy();
      expect(within(item).getByRole("checkbox", { name: `「${title}」を作成する` })).toBeChecked();
      expect(svg.childElementCount).toBeGreaterThan(0);
    }
  });

  it("draws the chosen charts with drawChartPage, then a second run replaces them", async () => {
    const { wb, user } = await opened("himi");
    const draw = jest.spyOn(wb, "drawChartPage");
    const charts = within(screen.getByRole("list", { name: "グラフ" })).getAllByRole("checkbox");
    const planned = screen.getByText(/枚のグラフを作成します/).textContent ?? "";
    const all = Number(/候補 (\d+) 枚/.exec(planned)?.[1]);
    expect(planned).toBe(`${all} 枚のグラフを作成します(候補 ${all} 枚)。`);
    // Leave one chart out: it is neither drawn nor counted.
    await user.click(charts[charts.length - 1] as HTMLElement);
    const chosen = all - 1;
    await screen.findByText(`${chosen} 枚のグラフを作成します(候補 ${all} 枚)。`);

    await user.click(screen.getByRole("button", { name: "グラフを作成" }));
    const done = await screen.findByText(/にグラフを \d+ 枚作成しました/);
    const sheet = /シート「(.+)」/.exec(done.textContent ?? "")?.[1];
    expect(done).toHaveTextContent(
      `シート「${sheet}」にグラフを ${chosen} 枚作成しました(新規 ${chosen}・置き換え 0・削除 0)。`
    );
    expect(draw).toHaveBeenCalledTimes(1);
    expect(draw.mock.calls[0]?.[0].charts).toHaveLength(chosen);
    expect(await wb.listCharts()).toHaveLength(chosen);

    await user.click(screen.getByRole("button", { name: "グラフを作成" }));
    await screen.findByText(
      `シート「${sheet}」にグラフを ${chosen} 枚作成しました(新規 0・置き換え ${chosen}・削除 0)。`
    );
    expect(draw).toHaveBeenCalledTimes(2);
    expect(await wb.listCharts()).toHaveLength(chosen);

    await user.click(screen.getByRole("button", { name: "グラフのシートを表示" }));
    await waitFor(async () => expect(await wb.getSelection()).toEqual({ sheet, address: "A1" }));
  });

  it("cancels a chart run: nothing is drawn", async () => {
    const wb = await kpiSample("himi");
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const draw = wb.drawChartPage.bind(wb);
    const slow: WorkbookPort = Object.assign(Object.create(wb) as WorkbookPort, {
      drawChartPage: async (page: ChartPagePlan, options: DrawOptions = {}) => {
        options.onProgress?.(0, page.charts.length);
        await gate;
        return draw(page, options) as Promise<ChartPageResult>;
      },
    });
    const user = renderPanel(slow);
    await screen.findByRole("table", { name: /^計画全体/ });
    await user.click(screen.getByRole("button", { name: "グラフを作成" }));
    expect(await screen.findByRole("progressbar")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "中止" }));
    expect(screen.getByText("グラフの作成を中止しました。")).toBeInTheDocument();
    release();
    await waitFor(() => expect(screen.queryByRole("progressbar")).not.toBeInTheDocument());
    await new Promise((r) => setTimeout(r, 50));
    expect(await wb.listCharts()).toHaveLength(0);
    expect(screen.getByRole("button", { name: "グラフを作成" })).toBeEnabled();
  });

  it("without a register says so, and 「KPIシートを作成」 adds one for the chosen period and goes to it", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "メモ", rows: [["会議メモ"]] }]);
    const user = renderPanel(wb);
    await screen.findByText(/KPIシート(.+)が見つかりませんでした/);
    const from = screen.getByRole("combobox", { name: "開始年度" });
    const to = screen.getByRole("combobox", { name: "終了年度" });
    expect(from).toHaveDisplayValue(yearLabel(2025));
    expect(to).toHaveDisplayValue(yearLabel(2029));
    await user.selectOptions(to, "2024");
    expect(screen.getByRole("alert")).toHaveTextContent(
      "終了年度は開始年度と同じか後にしてください。"
    );
    expect(screen.getByRole("button", { name: "KPIシートを作成" })).toBeDisabled();
    await user.selectOptions(to, "2027");
    await user.click(screen.getByRole("button", { name: "KPIシートを作成" }));
    const done = await screen.findByText(/^シート「.+」を作成しました。$/);
    const sheet = /「(.+)」/.exec(done.textContent ?? "")?.[1] ?? "";
    expect(await wb.listSheets()).toContain(sheet);
    expect(await wb.getSelection()).toEqual({ sheet, address: "A1" });
    const grid = await wb.readUsedRange(sheet);
    const header = (grid?.values ?? []).flat().map(String).join(" ");
    expect(header).toMatch(/R9|令和9/);
    expect(header).not.toMatch(/R10|令和10/);
  });

  it("speaks English with lang en", async () => {
    const { register } = await opened("himi", "en");
    expect(screen.getByRole("combobox", { name: "KPI register" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Evaluation year" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Grading scheme" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Progress summary" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Draw the charts" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Create a KPI sheet" })).toBeInTheDocument();
    const evaluation = evaluateKpi(register, { fiscalYear: defaultEvaluationYear(register) });
    expect(summaryRows("en")).toEqual(expectedRows(evaluation, "en"));
  });
});

describe("App — KPI tab", () => {
  it("has a KPI tab that finds the register when it is first shown", async () => {
    const wb = await kpiSample("himi");
    const find = jest.spyOn(wb, "readUsedRange");
    renderApp(wb);
    const user = userEvent.setup();
    expect(find).not.toHaveBeenCalled();
    await user.click(screen.getByRole("tab", { name: "KPI進捗" }));
    const panel = screen.getByRole("tabpanel", { name: "KPI進捗" });
    expect(await within(panel).findByRole("table", { name: /^計画全体/ })).toBeInTheDocument();
  });
});
