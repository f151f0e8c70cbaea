import { D, type Decimal } from "../decimal";
import type { KpiEvaluation, KpiProgress } from "../kpi/types";
import type { Language } from "../messages/types";
import { toChartNumber, triangleFormat } from "./chartNumber";
import { CHART_COLORS, SCALE_COLORS, series } from "./chartStyle";
import { chartText, pick, yearText } from "./chartText";
import { UNPLACED } from "./indicatorCharts";
import type { ChartPlan, ChartSeriesPlan } from "./types";

/**
 * Whole-plan charts. Horizontal charts list their categories in Excel's order: the first category
 * is drawn at the bottom, so lists are reversed to read top-down (the preview draws them the same way).
 */

/** Items per overview chart: 25 bars fill one printed page legibly; more items get more charts. */
export const OVERVIEW_CHUNK = 25;

function round1(v: Decimal): number | null {
  return toChartNumber(v.toDecimalPlaces(1, D.ROUND_HALF_UP));
}

/** Category labels longer than this are cut with "…" so the bars keep their room (the title is whole). */
export const LABEL_CHARS = 28;

function itemLabel(p: KpiProgress): string {
  const label = [...`${p.item.no}. ${p.item.indicator}`];
  return label.length > LABEL_CHARS
    ? `${label.slice(0, LABEL_CHARS - 1).join("")}…`
    : label.join("");
}

function note(
  lang: Language,
  illustrative: boolean,
  code: string,
  params?: Record<string, string>
): string {
  const parts = [chartText(code, lang, params)];
  if (illustrative) parts.push(chartText("note.illustrative", lang));
  return parts.join(chartText("note.separator", lang));
}

/**
 * The year's achievement rates, sorted (highest on top), as solid bars over an outlined bar to
 * 100% (the target), labelled "99.5%". Rows without a rate are left out (the pane lists them).
 * Split into charts of {@link OVERVIEW_CHUNK}: "kpi:overview", "kpi:overview:2", ….
 */
export function overviewCharts(
  evaluation: KpiEvaluation,
  lang: Language,
  illustrative: boolean
): ChartPlan[] {
  const rated = evaluation.progress.filter(
    (p): p is KpiProgress & { rate: Decimal } => p.rate !== null
  );
  rated.sort((a, b) => b.rate.comparedTo(a.rate) || a.item.row - b.item.row);
  const charts: ChartPlan[] = [];
  const year = yearText(evaluation.fiscalYear, lang);
  for (let start = 0; start < rated.length; start += OVERVIEW_CHUNK) {
    const chunk = rated.slice(start, start + OVERVIEW_CHUNK).reverse();
    const part = start / OVERVIEW_CHUNK + 1;
    const count = Math.ceil(rated.length / OVERVIEW_CHUNK);
    const title =
      count === 1
        ? chartText("title.overview", lang, { year })
        : chartText("title.overviewPart", lang, { year, part, count });
    charts.push({
      id: part === 1 ? "kpi:overview" : `kpi:overview:${part}`,
      kind: "overview",
      title,
      categories: chunk.map(itemLabel),
      series: [
        series(
          chartText("series.target100", lang),
          "target",
          "bar",
          chunk.map(() => 100),
          "outline",
          CHART_COLORS.target,
          false
        ),
        series(
          chartText("series.rate", lang),
          "actual",
          "bar",
          chunk.map((p) => round1(p.rate)),
          "solid",
          CHART_COLORS.actual,
          true
        ),
      ],
      valueAxis: { title: chartText("axis.rate", lang), numberFormat: triangleFormat(1, "%") },
      categoryAxis: { title: null },
      legend: "bottom",
      horizontal: true,
      overlap: 100,
      gapWidth: 50,
      placement: { ...UNPLACED },
      note: note(lang, illustrative, "note.overview"),
    });
  }
  return charts;
}

function themeName(theme: string | null, lang: Language): string {
  return theme ?? chartText("category.noTheme", lang);
}

/**
 * Statuses per テーマ as stacked bars, one series per grade of the scheme in force (counts; a
 * grade nobody has is left out). Without themes the one bar is the whole plan.
 */
export function statusBoardChart(
  evaluation: KpiEvaluation,
  lang: Language,
  illustrative: boolean
): ChartPlan | null {
  const { summary } = evaluation;
  const groups = (summary.byTheme.length ? summary.byTheme : [summary.whole]).slice().reverse();
  const countOf = (g: (typeof groups)[number], code: string) =>
    g.counts.find((c) => c.code === code)?.count ?? 0;
  const list: ChartSeriesPlan[] = [];
  summary.scheme.bands.forEach((band, i) => {
    const values = groups.map((g) => countOf(g, band.code));
    if (values.every((v) => v === 0)) return;
    list.push(
      series(
        pick(band.label, lang),
        "status",
        "stackedBar",
        values,
        "solid",
        SCALE_COLORS[i % SCALE_COLORS.length] ?? CHART_COLORS.actual,
        true
      )
    );
  });
  if (!list.length) return null;
  const categories = summary.byTheme.length
    ? groups.map((g) => themeName(g.theme, lang))
    : [chartText("category.whole", lang)];
  return {
    id: "kpi:statusBoard",
    kind: "statusBoard",
    title: chartText("title.statusBoard", lang, { year: yearText(evaluation.fiscalYear, lang) }),
    categories,
    series: list,
    valueAxis: { title: chartText("axis.count", lang), numberFormat: triangleFormat(0) },
    categoryAxis: { title: null },
    legend: "bottom",
    horizontal: true,
    overlap: 100,
    gapWidth: 50,
    placement: { ...UNPLACED },
    note: note(lang, illustrative, "note.statusBoard", { scheme: pick(summary.scheme.name, lang) }),
  };
}

const EFFECTS = ["service", "fiscal", "efficiency"] as const;

/**
 * Mean effect scores (0–5) per テーマ for 市民サービス / 財政効果 / 業務効率化, over the items that
 * have a score (a blank score is not 0). Null when no item has effect scores.
 */
export function effectsChart(evaluation: KpiEvaluation, lang: Language): ChartPlan | null {
  const themes: (string | null)[] = [];
  const sums = new Map<
    string | null,
    Record<(typeof EFFECTS)[number], { sum: Decimal; n: number }>
  >();
  for (const item of evaluation.register.items) {
    if (!item.effects) continue;
    let s = sums.get(item.theme);
    if (!s) {
      s = {
        service: { sum: new D(0), n: 0 },
        fiscal: { sum: new D(0), n: 0 },
        efficiency: { sum: new D(0), n: 0 },
      };
      sums.set(item.theme, s);
      themes.push(item.theme);
    }
    for (const k of EFFECTS) {
      const v = item.effects[k];
      if (v === null) continue;
      s[k].sum = s[k].sum.plus(v);
      s[k].n += 1;
    }
  }
  if (!themes.length) return null;
  const ordered = themes.slice().reverse();
  const styles = [
    { style: "solid", color: SCALE_COLORS[0] },
    { style: "solid", color: SCALE_COLORS[2] },
    { style: "outline", color: SCALE_COLORS[3] },
  ] as const;
  const list = EFFECTS.map((k, i) => {
    const values = ordered.map((t) => {
      const e = sums.get(t)?.[k];
      return e && e.n > 0 ? round1(e.sum.div(e.n)) : null;
    });
    const st = styles[i] ?? styles[0];
    return series(
      chartText(`effect.${k}`, lang),
      "score",
      "bar",
      values,
      st.style,
      st.color ?? CHART_COLORS.actual,
      true
    );
  });
  return {
    id: "kpi:effects",
    kind: "effects",
    title: chartText("title.effects", lang),
    categories: ordered.map((t) => themeName(t, lang)),
    series: list,
    valueAxis: {
      title: chartText("axis.score", lang),
      numberFormat: triangleFormat(1),
      min: 0,
      max: 5,
    },
    categoryAxis: { title: null },
    legend: "bottom",
    horizontal: true,
    overlap: 0,
    gapWidth: 60,
    placement: { ...UNPLACED },
    note: chartText("note.effects", lang),
  };
}
