import { boxAddress } from "../../core/grid";
import {
  MAX_CHARTS,
  WorkbookError,
  type ChartSeriesSpec,
  type ChartSpec,
  type OwnedChart,
} from "../port";
import { TEXT_FORMAT } from "./excelCells";
import { chartDataAddresses, excelChartType, layoutChartData, uniqueSheetName } from "./chartData";
import { checkChartRegistry, type Warn } from "./registryCheck";
import {
  CHARTS_KEY,
  queueSettingRead,
  queueSettingWrite,
  type ChartEntry,
  type ChartRegistry,
} from "./settingsStore";

/**
 * The name every chart the add-in draws carries. The registry says which chart id is the add-in's,
 * but the registry is only a setting in the file; a chart is removed or listed only when its id
 * matches and it carries this name, so a registry naming the id of the user's chart (a crafted or
 * corrupted file) cannot make the add-in delete it. Names are not unique, so the id is still what
 * finds the chart.
 */
export const CHART_NAME = "ZaiseiToolkit.chart";

interface Known {
  registry: ChartRegistry;
  /** Sheet name → id, and id → name, of every sheet now in the workbook. */
  idByName: Map<string, string>;
  nameById: Map<string, string>;
}

async function loadKnown(context: Excel.RequestContext, warn: Warn): Promise<Known> {
  const stored = queueSettingRead<unknown>(context, CHARTS_KEY);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  await context.sync();
  const nameById = new Map(sheets.items.map((s) => [s.id, s.name]));
  const { registry, warnings } = checkChartRegistry(stored(), nameById);
  warnings.forEach(warn);
  return { registry, idByName: new Map(sheets.items.map((s) => [s.name, s.id])), nameById };
}

/** Queues loading the ids and names of the charts on a sheet (names are not unique; ids are). */
function queueChartIds(
  context: Excel.RequestContext,
  known: Known,
  sheetId: string
): Excel.ChartCollection | null {
  if (!known.nameById.has(sheetId)) return null;
  return context.workbook.worksheets.getItem(sheetId).charts.load("items/id,items/name");
}

/** The add-in's chart of an entry among a sheet's loaded charts: its id, and its tag name. */
function ownChart(
  charts: Excel.ChartCollection | null | undefined,
  entry: ChartEntry
): Excel.Chart | undefined {
  return charts?.items.find((c) => c.id === entry.chartId && c.name === CHART_NAME);
}

function styleSeries(series: Excel.ChartSeries, spec: ChartSeriesSpec): void {
  if (spec.chartType) series.chartType = excelChartType(spec.chartType);
  // IBCS: plan as an outline (Excel fills are solid or none; no hatching), forecast dashed.
  if (spec.style === "outline") {
    series.format.fill.clear();
    series.format.line.color = "#404040";
  } else if (spec.style === "dashed") {
    series.format.line.lineStyle = "Dash";
  }
}

/**
 * Draws the chart from a data block on the add-in's data sheet, then removes the add-in's previous
 * chart with the same key (found by id) and its data. Three syncs.
 *
 * @example const owned = await upsertChartInExcel(context, spec)
 */
export async function upsertChartInExcel(
  context: Excel.RequestContext,
  spec: ChartSpec,
  warn: Warn
): Promise<OwnedChart> {
  const known = await loadKnown(context, warn);
  const sheetId = known.idByName.get(spec.sheet);
  if (sheetId === undefined) throw new WorkbookError("workbook.noSuchSheet", { sheet: spec.sheet });
  const sheets = context.workbook.worksheets;
  const previous = known.registry.charts.find((c) => c.key === spec.key);
  // Beyond this the registry would read as not the add-in's, and its charts could not be removed.
  if (!previous && known.registry.charts.length >= MAX_CHARTS)
    throw new WorkbookError("workbook.tooManyCharts", { limit: MAX_CHARTS });
  const oldCharts = previous ? queueChartIds(context, known, previous.sheetId) : null;

  const hasDataSheet =
    known.registry.dataSheetId !== undefined && known.nameById.has(known.registry.dataSheetId);
  const dataSheet = hasDataSheet
    ? sheets.getItem(known.registry.dataSheetId!)
    : sheets.add(uniqueSheetName([...known.idByName.keys()]));
  dataSheet.load("id");
  // Below every listed block, even on a new data sheet: an entry whose sheet was deleted still
  // names its address, and removing that entry later clears it on the data sheet of the day.
  const block = layoutChartData(spec, known.registry.charts);
  const at = chartDataAddresses(block);
  // Text first gets the Text format, so a name like "=HYPERLINK(…)" or "2020" stays text.
  const header = dataSheet.getRange(at.header);
  header.numberFormat = [block.header[0]!.map(() => TEXT_FORMAT)];
  header.values = block.header;
  const categories = dataSheet.getRange(at.categories);
  categories.numberFormat = block.categories.map(() => [TEXT_FORMAT]);
  categories.values = block.categories;
  dataSheet.getRange(at.values).values = block.values;

  const [first, ...rest] = spec.series;
  const chart = sheets
    .getItem(sheetId)
    .charts.add(excelChartType(first!.chartType), dataSheet.getRange(at.series[0]!), "Columns");
  chart.name = CHART_NAME;
  chart.title.text = spec.title;
  chart.setPosition(spec.anchor);
  if (spec.widthPt !== undefined) chart.width = spec.widthPt;
  if (spec.heightPt !== undefined) chart.height = spec.heightPt;
  const firstSeries = chart.series.getItemAt(0);
  firstSeries.name = first!.name;
  firstSeries.setXAxisValues(categories);
  styleSeries(firstSeries, { ...first!, chartType: undefined });
  rest.forEach((s, i) => {
    const series = chart.series.add(s.name);
    series.setValues(dataSheet.getRange(at.series[i + 1]!));
    series.setXAxisValues(categories);
    styleSeries(series, s);
  });
  chart.load("id");
  await context.sync();

  if (previous) removeOwned(context, known, previous, oldCharts);
  const entry: ChartEntry = {
    key: spec.key,
    sheet: spec.sheet,
    sheetId,
    chartId: chart.id,
    title: spec.title,
    dataAddress: boxAddress(block.box),
  };
  const charts = [...known.registry.charts.filter((c) => c.key !== spec.key), entry];
  queueSettingWrite(context, CHARTS_KEY, {
    dataSheetId: dataSheet.id,
    charts,
  } satisfies ChartRegistry);
  await context.sync();
  return { key: entry.key, sheet: entry.sheet, hostId: entry.chartId, title: entry.title };
}

/**
 * Queues deleting the add-in's chart (only if its id is among the sheet's charts and it carries
 * the add-in's name) and its data (only on a checked data sheet).
 */
function removeOwned(
  context: Excel.RequestContext,
  known: Known,
  entry: ChartEntry,
  charts: Excel.ChartCollection | null
): boolean {
  const chart = ownChart(charts, entry);
  chart?.delete();
  const dataSheetId = known.registry.dataSheetId;
  if (dataSheetId !== undefined && known.nameById.has(dataSheetId)) {
    context.workbook.worksheets.getItem(dataSheetId).getRange(entry.dataAddress).clear();
  }
  return chart !== undefined;
}

/**
 * Removes the add-in's chart with this key; false when there is none (or the user already deleted
 * it). Another chart — even one with the same name — is never touched. Three syncs.
 *
 * @example await removeChartInExcel(context, "kpi:TK-15-1")
 */
export async function removeChartInExcel(
  context: Excel.RequestContext,
  key: string,
  warn: Warn
): Promise<boolean> {
  const known = await loadKnown(context, warn);
  const entry = known.registry.charts.find((c) => c.key === key);
  if (!entry) return false;
  const charts = queueChartIds(context, known, entry.sheetId);
  await context.sync();
  const removed = removeOwned(context, known, entry, charts);
  const rest = known.registry.charts.filter((c) => c.key !== key);
  queueSettingWrite(context, CHARTS_KEY, {
    ...known.registry,
    charts: rest,
  } satisfies ChartRegistry);
  await context.sync();
  return removed;
}

/**
 * The add-in's charts that still exist, with their sheet's current name. Two syncs.
 *
 * @example (await listChartsInExcel(context)).map((c) => c.key)
 */
export async function listChartsInExcel(
  context: Excel.RequestContext,
  warn: Warn
): Promise<OwnedChart[]> {
  const known = await loadKnown(context, warn);
  const sheetIds = [...new Set(known.registry.charts.map((c) => c.sheetId))];
  const collections = new Map(sheetIds.map((id) => [id, queueChartIds(context, known, id)]));
  if (known.registry.charts.length > 0) await context.sync();
  return known.registry.charts
    .filter((c) => ownChart(collections.get(c.sheetId), c) !== undefined)
    .map((c) => ({
      key: c.key,
      sheet: known.nameById.get(c.sheetId) ?? c.sheet,
      hostId: c.chartId,
      title: c.title,
    }));
}
