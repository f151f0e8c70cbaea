import { FakeContext, FakeProxy } from "./fake-context";
import type { FakeChart, FakeSeries, FakeSheet } from "./fake-model";
import { parseAddress } from "./fake-address";
import { invalidArgument, itemNotFound } from "./fake-office-error";
import type { FakeRange } from "./fake-range";

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

  add(type: string, source: FakeRange, seriesBy?: string): FakeChartProxy {
    const chart: FakeChart = { id: "", name: "", type, seriesBy, series: [] };
    this.ctx.enqueue("ChartCollection.add", () => {
      const sheet = this.sheet();
      const { sheet: dataSheet, box } = source.locate();
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

export class FakeSeriesProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly series: () => FakeSeries
  ) {}

  set name(n: string) {
    this.edit((s) => (s.name = n));
  }
  set chartType(t: string) {
    this.edit((s) => (s.chartType = t));
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
      fill: { clear: () => edit((s) => (s.fillCleared = true)) },
      line: {
        set color(c: string) {
          edit((s) => (s.lineColor = c));
        },
        set lineStyle(l: string) {
          edit((s) => (s.lineStyle = l));
        },
      },
    };
  }

  private edit(apply: (s: FakeSeries) => void): void {
    this.ctx.enqueue("ChartSeries", () => apply(this.series()));
  }
}
