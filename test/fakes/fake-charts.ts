import { FakeContext, FakeProxy } from "./fake-context";
import type { FakeAxis, FakeChart, FakeSeries, FakeSheet } from "./fake-model";
import { parseAddress } from "./fake-address";
import { invalidArgument, itemNotFound, sheetProtected } from "./fake-office-error";
import type { FakeRange } from "./fake-range";

/** Excel.ChartType values the fake knows; any other string fails the sync as in Excel. */
export const FAKE_CHART_TYPES = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "BarClustered",
  "BarStacked",
  "Line",
  "LineMarkers",
  "Pie",
  "XYScatter",
  "Area",
]);
const LINE_STYLES = new Set([
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Grey25",
  "Grey50",
  "Grey75",
  "Automatic",
  "None",
  "RoundDot",
]);
const MARKER_STYLES = new Set([
  "Invalid",
  "Automatic",
  "None",
  "Square",
  "Diamond",
  "Triangle",
  "X",
  "Star",
  "Dot",
  "Dash",
  "Circle",
  "Plus",
  "Picture",
]);
const LEGEND_POSITIONS = new Set(["Invalid", "Top", "Bottom", "Left", "Right", "Corner", "Custom"]);
const AXIS_GROUPS = new Set(["Primary", "Secondary"]);
const COLOR_NAMES = new Set([
  "black",
  "white",
  "red",
  "green",
  "blue",
  "yellow",
  "gray",
  "orange",
  "navy",
]);

/** Excel takes "#RRGGBB" or an HTML colour name; anything else fails with InvalidArgument. */
export function isFakeColor(color: string): boolean {
  return /^#[0-9A-Fa-f]{6}$/.test(color) || COLOR_NAMES.has(color.toLowerCase());
}

function check(ok: boolean, location: string): void {
  if (!ok) throw invalidArgument(location);
}

/** Excel.ChartCollection of a sheet. `getItem*` look charts up by NAME (names are not unique). */
export class FakeChartCollection extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet
  ) {
    super(ctx, "ChartCollection");
  }

  get items(): FakeChartProxy[] {
    return this.loadedValue("items");
  }

  /**
   * Excel refuses an unknown chart type or seriesBy, a source range without any value (nothing to
   * plot), and a chart on a protected sheet.
   */
  add(type: string, source: FakeRange, seriesBy?: string): FakeChartProxy {
    const chart: FakeChart = { id: "", name: "", type, seriesBy, series: [] };
    this.ctx.enqueue("ChartCollection.add", () => {
      const sheet = this.sheet();
      const { sheet: dataSheet, box } = source.locate();
      check(FAKE_CHART_TYPES.has(type), "ChartCollection.add");
      check(
        seriesBy === undefined || ["Auto", "Columns", "Rows"].includes(seriesBy),
        "ChartCollection.add"
      );
      if (sheet.protected) throw sheetProtected("ChartCollection.add");
      let any = false;
      for (let r = box.top; r < box.top + box.rows && !any; r++)
        for (let c = box.left; c < box.left + box.cols && !any; c++)
          if (dataSheet.get(r, c).value !== "") any = true;
      check(any, "ChartCollection.add");
      const n = this.ctx.model.nextId++;
      chart.id = `{CHART-${n}}`;
      chart.name = `Chart ${n}`;
      // seriesBy "Columns": one series per column of the source (the fake ignores header detection).
      const byRows = seriesBy === "Rows";
      const count = byRows ? box.rows : box.cols;
      for (let i = 0; i < count; i++) {
        const part = byRows
          ? { ...box, top: box.top + i, rows: 1 }
          : { ...box, left: box.left + i, cols: 1 };
        chart.series.push({ name: `Series${i + 1}`, values: { sheet: dataSheet.name, box: part } });
      }
      sheet.charts.push(chart);
    });
    return new FakeChartProxy(this.ctx, () => ({ sheet: this.sheet(), chart }));
  }

  getItemOrNullObject(name: string): FakeChartProxy {
    const find = () => this.sheet().charts.find((c) => c.name === name);
    return new FakeChartProxy(
      this.ctx,
      () => ({ sheet: this.sheet(), chart: find() }),
      () => !find()
    );
  }

  protected override loadProp(prop: string): void {
    if (!prop.startsWith("items")) return super.loadProp(prop);
    const sheet = this.sheet();
    const items = sheet.charts.map((chart) => {
      const proxy = new FakeChartProxy(this.ctx, () => ({ sheet, chart }));
      proxy.publish(chart);
      return proxy;
    });
    this.setLoaded("items", items);
  }

  protected override readProp(prop: string): unknown {
    throw new Error(`fake: ChartCollection.${prop} is not modelled`);
  }
}

type ChartTarget = () => { sheet: FakeSheet; chart: FakeChart | undefined };

/** Excel.Chart: id, name, title, position, size, series, delete. */
export class FakeChartProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly target: ChartTarget,
    nullProbe?: () => boolean
  ) {
    super(ctx, "Chart", nullProbe);
  }

  get id(): string {
    return this.loadedValue("id");
  }
  get name(): string {
    return this.loadedValue("name");
  }
  set name(n: string) {
    this.edit((c) => (c.name = n));
  }
  set width(w: number) {
    this.edit((c) => (c.width = w));
  }
  set height(h: number) {
    this.edit((c) => (c.height = h));
  }
  get title() {
    const edit = this.edit.bind(this);
    return {
      set text(t: string) {
        edit((c) => (c.title = t));
      },
    };
  }
  get legend() {
    const edit = this.edit.bind(this);
    return {
      set visible(v: boolean) {
        edit((c) => ((c.legend ??= {}).visible = v));
      },
      set position(p: string) {
        edit((c) => {
          check(LEGEND_POSITIONS.has(p), "ChartLegend.position");
          (c.legend ??= {}).position = p;
        });
      },
    };
  }
  /** Chart.axes: value and category axes; the secondary value axis exists only with a series on it. */
  get axes() {
    const axis = (pick: (c: FakeChart) => FakeAxis) =>
      new FakeAxisProxy(this.ctx, () => pick(this.chart()));
    return {
      valueAxis: axis((c) => ((c.axes ??= {}).value ??= {})),
      categoryAxis: axis((c) => ((c.axes ??= {}).category ??= {})),
      getItem: (type: string, group = "Primary") =>
        axis((c) => {
          check(["Value", "Category", "Series"].includes(type), "ChartAxes.getItem");
          check(AXIS_GROUPS.has(group), "ChartAxes.getItem");
          const axes = (c.axes ??= {});
          if (type === "Category") return (axes.category ??= {});
          if (group === "Primary") return (axes.value ??= {});
          if (!c.series.some((s) => s.axisGroup === "Secondary"))
            throw itemNotFound("ChartAxes.getItem");
          return (axes.secondaryValue ??= {});
        }),
    };
  }
  get series(): FakeSeriesCollection {
    return new FakeSeriesCollection(this.ctx, () => this.chart());
  }

  publish(chart: FakeChart): void {
    this.setLoaded("id", chart.id);
    this.setLoaded("name", chart.name);
  }

  /** Excel resolves the cells on the host: an address that is not a range fails the sync. */
  setPosition(start: string, end?: string): void {
    this.ctx.enqueue("Chart.setPosition", () => {
      if (!parseAddress(start) || (end !== undefined && !parseAddress(end)))
        throw invalidArgument("Chart.setPosition");
      this.chart().position = { start, end };
    });
  }

  delete(): void {
    this.ctx.enqueue("Chart.delete", () => {
      const { sheet } = this.target();
      const chart = this.chart();
      if (sheet.protected) throw sheetProtected("Chart.delete");
      sheet.charts.splice(sheet.charts.indexOf(chart), 1);
    });
  }

  private chart(): FakeChart {
    const { chart } = this.target();
    if (!chart || chart.id === "") throw itemNotFound("Chart");
    return chart;
  }

  private edit(apply: (chart: FakeChart) => void): void {
    this.ctx.enqueue("Chart", () => apply(this.chart()));
  }

  protected override readProp(prop: string): unknown {
    const chart = this.chart();
    if (prop === "id") return chart.id;
    if (prop === "name") return chart.name;
    throw new Error(`fake: Chart.${prop} is not modelled`);
  }
}

/** Excel.ChartSeriesCollection / ChartSeries (ExcelApi 1.7 parts the adapter uses). */
export class FakeSeriesCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly chart: () => FakeChart
  ) {}

  getItemAt(index: number): FakeSeriesProxy {
    return new FakeSeriesProxy(this.ctx, () => {
      const s = this.chart().series[index];
      if (!s) throw itemNotFound("ChartSeriesCollection.getItemAt");
      return s;
    });
  }

  add(name?: string): FakeSeriesProxy {
    const series: FakeSeries = { name: name ?? "" };
    this.ctx.enqueue("ChartSeriesCollection.add", () => this.chart().series.push(series));
    return new FakeSeriesProxy(this.ctx, () => series);
  }
}

/** Excel.ChartAxis: title text, number format, limits (ExcelApi 1.7/1.8). */
export class FakeAxisProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly axis: () => FakeAxis
  ) {}

  get title() {
    const edit = this.edit.bind(this);
    return {
      set text(t: string) {
        edit((a) => (a.title = t));
      },
    };
  }
  set numberFormat(f: string) {
    this.edit((a) => (a.numberFormat = f));
  }
  set minimum(v: number) {
    this.edit((a) => {
      check(Number.isFinite(v), "ChartAxis.minimum");
      a.minimum = v;
    });
  }
  set maximum(v: number) {
    this.edit((a) => {
      check(Number.isFinite(v), "ChartAxis.maximum");
      a.maximum = v;
    });
  }

  private edit(apply: (a: FakeAxis) => void): void {
    this.ctx.enqueue("ChartAxis", () => apply(this.axis()));
  }
}

export class FakeSeriesProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly series: () => FakeSeries
  ) {}

  set name(n: string) {
    this.edit((s) => (s.name = n));
  }
  set chartType(t: string) {
    this.edit((s) => {
      check(FAKE_CHART_TYPES.has(t), "ChartSeries.chartType");
      s.chartType = t;
    });
  }
  set axisGroup(g: string) {
    this.edit((s) => {
      check(AXIS_GROUPS.has(g), "ChartSeries.axisGroup");
      s.axisGroup = g;
    });
  }
  set markerStyle(m: string) {
    this.edit((s) => {
      check(MARKER_STYLES.has(m), "ChartSeries.markerStyle");
      s.markerStyle = m;
    });
  }
  set markerBackgroundColor(c: string) {
    this.edit((s) => {
      check(isFakeColor(c), "ChartSeries.markerBackgroundColor");
      s.markerBackgroundColor = c;
    });
  }
  set markerForegroundColor(c: string) {
    this.edit((s) => {
      check(isFakeColor(c), "ChartSeries.markerForegroundColor");
      s.markerForegroundColor = c;
    });
  }
  set hasDataLabels(v: boolean) {
    this.edit((s) => (s.hasDataLabels = v));
  }
  /** Excel: gap width 0–500, overlap −100–100, else InvalidArgument. */
  set gapWidth(v: number) {
    this.edit((s) => {
      check(Number.isInteger(v) && v >= 0 && v <= 500, "ChartSeries.gapWidth");
      s.gapWidth = v;
    });
  }
  set overlap(v: number) {
    this.edit((s) => {
      check(Number.isInteger(v) && v >= -100 && v <= 100, "ChartSeries.overlap");
      s.overlap = v;
    });
  }
  get dataLabels() {
    const edit = this.edit.bind(this);
    return {
      set showValue(v: boolean) {
        edit((s) => ((s.dataLabels ??= {}).showValue = v));
      },
      set numberFormat(f: string) {
        edit((s) => ((s.dataLabels ??= {}).numberFormat = f));
      },
    };
  }
  setValues(range: FakeRange): void {
    this.edit((s) => {
      const { sheet, box } = range.locate();
      s.values = { sheet: sheet.name, box };
    });
  }
  setXAxisValues(range: FakeRange): void {
    this.edit((s) => {
      const { sheet, box } = range.locate();
      s.xValues = { sheet: sheet.name, box };
    });
  }
  get format() {
    const edit = this.edit.bind(this);
    return {
      fill: {
        clear: () => edit((s) => ((s.fillCleared = true), (s.fillColor = undefined))),
        setSolidColor: (c: string) =>
          edit((s) => {
            check(isFakeColor(c), "ChartFill.setSolidColor");
            s.fillColor = c;
            s.fillCleared = false;
          }),
      },
      line: {
        set color(c: string) {
          edit((s) => {
            check(isFakeColor(c), "ChartLineFormat.color");
            s.lineColor = c;
          });
        },
        set lineStyle(l: string) {
          edit((s) => {
            check(LINE_STYLES.has(l), "ChartLineFormat.lineStyle");
            s.lineStyle = l;
          });
        },
      },
    };
  }

  private edit(apply: (s: FakeSeries) => void): void {
    this.ctx.enqueue("ChartSeries", () => apply(this.series()));
  }
}
