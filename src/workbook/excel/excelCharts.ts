import type {
  ChartAxisPlan,
  ChartPagePlan,
  ChartPlan,
  ChartSeriesPlan,
  PageTextPlan,
} from "../../core/chart/types";
import { boxAddress, parseA1Range } from "../../core/grid";
import { DEFAULT_ROW_POINTS, pageCells, titleRowsBox } from "../chartPlanCheck";
import { localAddress } from "../rangeBox";
import { uniqueSheetName as uniqueOwnSheetName } from "../ownedSheets";
import {
  MAX_CHARTS,
  WorkbookError,
  type ChartPageResult,
  type DrawOptions,
  type OwnedChart,
} from "../port";
import { TEXT_FORMAT } from "../valueBlocks";
import {
  chartDataAddresses,
  excelChartType,
  layoutChartBlocks,
  uniqueSheetName,
  type ChartDataBlock,
} from "./chartData";
import { checkChartRegistry, checkSheetRegistry, type Warn } from "./registryCheck";
import {
  CHARTS_KEY,
  SHEETS_KEY,
  queueSettingRead,
  queueSettingWrite,
  type ChartEntry,
  type ChartRegistry,
  type PageEntry,
} from "./settingsStore";

/**
 * The name every chart the add-in draws carries. The registry says which chart id is the add-in's,
 * but the registry is only a setting in the file; a chart is removed or listed only when its id
 * matches and it carries this name, so a registry naming the id of the user's chart (a crafted or
 * corrupted file) cannot make the add-in delete it. Names are not unique, so the id is still what
 * finds the chart.
 */
export const CHART_NAME = "ZaiseiToolkit.chart";

/** IBCS: a plan drawn as an outline has no fill and a dark border (Excel has no hatching). */
export const OUTLINE_COLOR = "#404040";

interface Known {
  registry: ChartRegistry;
  /** Sheet name → id, and id → name, of every sheet now in the workbook. */
  idByName: Map<string, string>;
  nameById: Map<string, string>;
  /** Ids of the sheets the add-in created (checked sheet registry) that still exist. */
  ownSheetIds: string[];
  /** Ids of the protected sheets. */
  protectedIds: Set<string>;
  /** Standard row height of each sheet, in points. */
  rowHeightById: Map<string, number>;
}

/** Sync 1 of every chart operation: the charts and sheets registries, the sheets and their protection. */
async function loadKnown(context: Excel.RequestContext, warn: Warn): Promise<Known> {
  const stored = queueSettingRead<unknown>(context, CHARTS_KEY);
  const storedSheets = queueSettingRead<unknown>(context, SHEETS_KEY);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id,items/protection/protected,items/standardHeight");
  await context.sync();
  const nameById = new Map(sheets.items.map((s) => [s.id, s.name]));
  const { registry, warnings } = checkChartRegistry(stored(), nameById);
  warnings.forEach(warn);
  const own = checkSheetRegistry(storedSheets(), new Set(nameById.keys()));
  own.warnings.forEach(warn);
  return {
    registry,
    idByName: new Map(sheets.items.map((s) => [s.name, s.id])),
    nameById,
    ownSheetIds: own.ids,
    protectedIds: new Set(sheets.items.filter((s) => s.protection.protected).map((s) => s.id)),
    rowHeightById: new Map(sheets.items.map((s) => [s.id, s.standardHeight])),
  };
}

function hasDataSheet(known: Known): boolean {
  const id = known.registry.dataSheetId;
  return id !== undefined && known.nameById.has(id);
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

function owned(entry: ChartEntry, known: Known): OwnedChart {
  return {
    key: entry.key,
    sheet: known.nameById.get(entry.sheetId) ?? entry.sheet,
    hostId: entry.chartId,
    title: entry.title,
    pageId: entry.pageId ?? null,
  };
}

function axisFormat(plan: ChartPlan, series: ChartSeriesPlan): string {
  const axis =
    series.axis === "secondary" && plan.secondaryAxis ? plan.secondaryAxis : plan.valueAxis;
  return axis.numberFormat;
}

/** Colours, outline or dash, markers, labels and bar spacing of one series. */
function styleSeries(series: Excel.ChartSeries, s: ChartSeriesPlan, plan: ChartPlan): void {
  if (s.axis === "secondary") series.axisGroup = "Secondary";
  if (s.type === "line") {
    series.format.line.color = s.color;
    if (s.style === "dashed") series.format.line.lineStyle = "Dash";
    series.markerStyle = s.marker ? "Circle" : "None";
    if (s.marker) {
      series.markerBackgroundColor = s.color;
      series.markerForegroundColor = s.color;
    }
  } else {
    // IBCS: actual solid, plan as an outline (fills are solid or none), forecast dashed.
    if (s.style === "solid") series.format.fill.setSolidColor(s.color);
    else series.format.fill.clear();
    series.format.line.color = s.style === "outline" ? OUTLINE_COLOR : s.color;
    if (s.style === "dashed") series.format.line.lineStyle = "Dash";
    if (plan.gapWidth !== undefined) series.gapWidth = plan.gapWidth;
    if (plan.overlap !== undefined) series.overlap = plan.overlap;
  }
  if (s.dataLabels) {
    series.hasDataLabels = true;
    series.dataLabels.showValue = true;
    series.dataLabels.numberFormat = axisFormat(plan, s);
  }
}

function styleAxis(axis: Excel.ChartAxis, plan: ChartAxisPlan): void {
  if (plan.title !== "") axis.title.text = plan.title;
  axis.numberFormat = plan.numberFormat;
  if (plan.min !== undefined) axis.minimum = plan.min;
  if (plan.max !== undefined) axis.maximum = plan.max;
}

/**
 * Queues a native chart drawn from its data block: the chart is added from the first series that
 * has a value (`charts.add` refuses a source without data), then every series gets its own column,
 * in plan order, with its type, axis and style; then axes, legend, title, place and size.
 */
function queueChart(
  sheet: Excel.Worksheet,
  data: Excel.Worksheet,
  block: ChartDataBlock,
  plan: ChartPlan
): Excel.Chart {
  const at = chartDataAddresses(block);
  const source = Math.max(
    0,
    plan.series.findIndex((s) => s.values.some((v) => v !== null))
  );
  const chart = sheet.charts.add(
    excelChartType(plan.series[0]!, plan.horizontal),
    data.getRange(at.series[source]!),
    "Columns"
  );
  chart.name = CHART_NAME;
  const categories = data.getRange(at.categories);
  plan.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i === 0) series.name = s.name;
    else series.chartType = excelChartType(s, plan.horizontal);
    if (i !== 0 || source !== 0) series.setValues(data.getRange(at.series[i]!));
    series.setXAxisValues(categories);
    styleSeries(series, s, plan);
  });
  styleAxis(chart.axes.valueAxis, plan.valueAxis);
  if (plan.secondaryAxis && plan.series.some((s) => s.axis === "secondary"))
    styleAxis(chart.axes.getItem("Value", "Secondary"), plan.secondaryAxis);
  if (plan.categoryAxis.title) chart.axes.categoryAxis.title.text = plan.categoryAxis.title;
  if (plan.legend === "none") chart.legend.visible = false;
  else {
    chart.legend.visible = true;
    chart.legend.position = plan.legend === "bottom" ? "Bottom" : "Right";
  }
  if (plan.title !== "") chart.title.text = plan.title;
  chart.setPosition(plan.placement.anchor);
  chart.width = plan.placement.widthPt;
  chart.height = plan.placement.heightPt;
  chart.load("id");
  return chart;
}

/** Queues a data block's writes: text first gets the Text format, so "=…" or "2020" stays text. */
function queueBlock(data: Excel.Worksheet, block: ChartDataBlock): void {
  const at = chartDataAddresses(block);
  const header = data.getRange(at.header);
  header.numberFormat = [block.header[0]!.map(() => TEXT_FORMAT)];
  header.values = block.header;
  const categories = data.getRange(at.categories);
  categories.numberFormat = block.categories.map(() => [TEXT_FORMAT]);
  categories.values = block.categories;
  data.getRange(at.values).values = block.values;
}

interface DrawJob {
  sheetId: string | null;
  plan: ChartPlan;
}

interface Drawn {
  entries: ChartEntry[];
  dataSheetId: string;
  /** Entries removed (not redrawn): those whose chart was found and deleted. */
  removed: number;
}

/**
 * The core of upsertChart and drawChartPage, after sync 1: lays out the blocks (in place where
 * they fit), queues clearing the old blocks, writing the new ones and adding the charts on
 * `target` (the page's sheet, maybe just added), plus `extra` (texts, layout), then syncs (2);
 * then queues deleting the earlier charts of the redrawn and `stale` entries (found by id and
 * tag). The caller writes the registry and syncs (3).
 */
async function drawCharts(
  context: Excel.RequestContext,
  known: Known,
  target: Excel.Worksheet,
  jobs: DrawJob[],
  stale: ChartEntry[],
  pageId: string | null,
  extra: () => void
): Promise<Drawn & { charts: Excel.Chart[] }> {
  const sheets = context.workbook.worksheets;
  const ids = new Set(jobs.map((j) => j.plan.id));
  const previous = new Map(
    known.registry.charts.filter((c) => ids.has(c.key)).map((c) => [c.key, c])
  );
  const leaving = [...previous.values(), ...stale];
  const leavingKeys = new Set(leaving.map((c) => c.key));
  const kept = known.registry.charts.filter((c) => !leavingKeys.has(c.key));
  const added = jobs.filter((j) => !previous.has(j.plan.id)).length;
  // Beyond this the registry would read as not the add-in's, and its charts could not be removed.
  if (added > 0 && kept.length + jobs.length > MAX_CHARTS)
    throw new WorkbookError("workbook.tooManyCharts", { limit: MAX_CHARTS });

  // Loaded before anything is added: the charts to delete in the next step.
  const oldSheetIds = [...new Set(leaving.map((c) => c.sheetId))];
  const oldCharts = new Map(oldSheetIds.map((id) => [id, queueChartIds(context, known, id)]));

  const dataExists = hasDataSheet(known);
  const dataSheet = dataExists
    ? sheets.getItem(known.registry.dataSheetId!)
    : sheets.add(uniqueSheetName([...known.idByName.keys()]));
  dataSheet.load("id");
  // Below every listed block even on a new data sheet: an entry whose data sheet was deleted
  // still names its address, and redrawing or removing it later clears that address.
  const blocks = layoutChartBlocks(
    jobs.map((j) => j.plan),
    previous,
    kept
  );
  // Every clear before every write: a moved block may land where another's old one was.
  if (dataExists) for (const e of leaving) dataSheet.getRange(e.dataAddress).clear();
  blocks.forEach((block) => queueBlock(dataSheet, block));
  const charts = jobs.map((job, i) => queueChart(target, dataSheet, blocks[i]!, job.plan));
  extra();
  await context.sync();

  let removed = 0;
  for (const entry of leaving) {
    const chart = ownChart(oldCharts.get(entry.sheetId), entry);
    chart?.delete();
    if (chart && !ids.has(entry.key)) removed++;
  }
  const entries = jobs.map((job, i): ChartEntry => {
    const entry: ChartEntry = {
      key: job.plan.id,
      sheet: "",
      sheetId: job.sheetId ?? "",
      chartId: charts[i]!.id,
      title: job.plan.title,
      dataAddress: boxAddress(blocks[i]!.box),
    };
    if (pageId !== null) entry.pageId = pageId;
    return entry;
  });
  return { entries, dataSheetId: dataSheet.id, removed, charts };
}

function writeRegistry(
  context: Excel.RequestContext,
  dataSheetId: string | undefined,
  charts: ChartEntry[],
  pages: PageEntry[] | undefined
): void {
  const registry: ChartRegistry = { charts };
  if (dataSheetId !== undefined) registry.dataSheetId = dataSheetId;
  if (pages !== undefined && pages.length > 0) registry.pages = pages;
  queueSettingWrite(context, CHARTS_KEY, registry);
}

function refuseProtected(known: Known, sheetId: string): void {
  if (known.protectedIds.has(sheetId))
    throw new WorkbookError("workbook.ownSheetProtected", {
      sheet: known.nameById.get(sheetId) ?? "",
    });
}

/**
 * Draws the plan on `sheetName` from a data block on the add-in's data sheet (rewritten in place
 * when the chart is redrawn), then removes the add-in's previous chart with the same id (found by
 * id and tag). Three syncs.
 *
 * @example const owned = await upsertChartInExcel(context, "KPI", plan, warn)
 */
export async function upsertChartInExcel(
  context: Excel.RequestContext,
  sheetName: string,
  plan: ChartPlan,
  warn: Warn
): Promise<OwnedChart> {
  const known = await loadKnown(context, warn);
  const sheetId = known.idByName.get(sheetName);
  if (sheetId === undefined) throw new WorkbookError("workbook.noSuchSheet", { sheet: sheetName });
  // Excel would refuse the chart mid-batch, after the data block was written.
  refuseProtected(known, sheetId);
  if (hasDataSheet(known)) refuseProtected(known, known.registry.dataSheetId!);
  const target = context.workbook.worksheets.getItem(sheetId);
  const drawn = await drawCharts(context, known, target, [{ sheetId, plan }], [], null, () => {});
  const entry = { ...drawn.entries[0]!, sheet: sheetName };
  const charts = [...known.registry.charts.filter((c) => c.key !== plan.id), entry];
  writeRegistry(context, drawn.dataSheetId, charts, known.registry.pages);
  await context.sync();
  return owned(entry, known);
}

/** Queues the page's texts and notes (Text format first: a text stays text) and its print setup. */
function queuePage(
  sheet: Excel.Worksheet,
  page: ChartPagePlan,
  cells: PageTextPlan[],
  oldTexts: string[]
): void {
  for (const address of oldTexts) sheet.getRange(address).clear();
  for (const text of cells) {
    const range = sheet.getRange(text.address);
    range.numberFormat = [[TEXT_FORMAT]];
    range.values = [[text.text]];
    if (text.bold !== undefined) range.format.font.bold = text.bold;
    if (text.fontSize !== undefined) range.format.font.size = text.fontSize;
  }
  const { layout } = page;
  const setup = sheet.pageLayout;
  setup.orientation = layout.orientation === "landscape" ? "Landscape" : "Portrait";
  setup.paperSize = layout.paper;
  setup.setPrintArea(layout.printArea);
  if (layout.titleRows !== null) {
    const rows = titleRowsBox(layout.titleRows)!;
    setup.setPrintTitleRows(`$${rows.top}:$${rows.bottom}`);
  }
  // Fit to the width; 0 pages tall leaves the height free.
  setup.zoom = { horizontalFitToPages: layout.fitToPagesWide, verticalFitToPages: 0 };
  setup.headersFooters.defaultForAllPages.centerFooter = layout.centerFooter ?? "";
  sheet.horizontalPageBreaks.removePageBreaks();
  for (const row of layout.rowBreaks) sheet.horizontalPageBreaks.add(`A${row}`);
}

/**
 * Draws a page (see WorkbookPort.drawChartPage). Three syncs whatever the number of charts:
 * (1) registries, sheets and their protection; (2) the page's sheet added if it is gone, texts,
 * every data block, every chart, the page layout, and the new ids; (3) the earlier charts deleted
 * and the registries written. The page's sheet is the registry's only when the sheet registry says
 * the add-in made it (a crafted page entry naming the user's sheet is ignored with a warning).
 *
 * @example const result = await drawChartPageInExcel(context, page, {}, warn)
 */
export async function drawChartPageInExcel(
  context: Excel.RequestContext,
  page: ChartPagePlan,
  options: DrawOptions,
  warn: Warn
): Promise<ChartPageResult> {
  const known = await loadKnown(context, warn);
  const pages = known.registry.pages ?? [];
  const entry = pages.find((p) => p.id === page.id);
  let sheetId: string | null = null;
  if (entry && known.nameById.has(entry.sheetId)) {
    if (known.ownSheetIds.includes(entry.sheetId)) sheetId = entry.sheetId;
    else
      warn({
        code: "workbook.chartPageSheetIgnored",
        params: { sheet: known.nameById.get(entry.sheetId)! },
      });
  }
  if (sheetId !== null) refuseProtected(known, sheetId);
  if (hasDataSheet(known)) refuseProtected(known, known.registry.dataSheetId!);
  const planned = new Set(page.charts.map((c) => c.id));
  const stale = known.registry.charts.filter((c) => c.pageId === page.id && !planned.has(c.key));
  if (options.signal?.aborted) throw new WorkbookError("workbook.aborted");
  const total = page.charts.length;
  options.onProgress?.(0, total);

  const sheets = context.workbook.worksheets;
  const created = sheetId === null;
  const sheetName = created
    ? uniqueOwnSheetName(page.sheetBaseName, [...known.idByName.keys()])
    : known.nameById.get(sheetId!)!;
  const target = created ? sheets.add(sheetName) : sheets.getItem(sheetId!);
  target.load("id");
  const jobs = page.charts.map((plan) => ({ sheetId, plan }));
  const oldTexts = !created && entry ? entry.texts : [];
  // A new sheet has the workbook's standard row height, as every sheet there has.
  const rowHeight =
    known.rowHeightById.get(sheetId ?? "") ?? known.rowHeightById.values().next().value;
  const cells = pageCells(page, rowHeight ?? DEFAULT_ROW_POINTS);
  const drawn = await drawCharts(context, known, target, jobs, stale, page.id, () =>
    queuePage(target, page, cells, oldTexts)
  );
  const pageSheetId = target.id;
  const entries = drawn.entries.map((e) => ({ ...e, sheet: sheetName, sheetId: pageSheetId }));
  const leaving = new Set([...planned, ...stale.map((c) => c.key)]);
  const charts = [...known.registry.charts.filter((c) => !leaving.has(c.key)), ...entries];
  const pageEntry: PageEntry = {
    id: page.id,
    sheetId: pageSheetId,
    sheet: sheetName,
    texts: cells.map((t) => t.address),
  };
  writeRegistry(context, drawn.dataSheetId, charts, [
    ...pages.filter((p) => p.id !== page.id),
    pageEntry,
  ]);
  if (created) queueSettingWrite(context, SHEETS_KEY, [...known.ownSheetIds, pageSheetId]);
  await context.sync();
  options.onProgress?.(total, total);
  const withNames = { ...known, nameById: new Map([...known.nameById, [pageSheetId, sheetName]]) };
  return {
    sheet: sheetName,
    created,
    charts: entries.map((e) => owned(e, withNames)),
    removed: drawn.removed,
  };
}

/**
 * Queues deleting the add-in's chart (only if its id is among the sheet's charts and it carries
 * the add-in's name) and its data (only on a checked data sheet).
 */
function removeOwned(
  context: Excel.RequestContext,
  known: Known,
  entry: ChartEntry,
  charts: Excel.ChartCollection | null | undefined
): boolean {
  const chart = ownChart(charts, entry);
  chart?.delete();
  if (hasDataSheet(known)) {
    context.workbook.worksheets
      .getItem(known.registry.dataSheetId!)
      .getRange(entry.dataAddress)
      .clear();
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
  writeRegistry(context, known.registry.dataSheetId, rest, known.registry.pages);
  await context.sync();
  return removed;
}

/** A used range larger than this is not read back: the page's sheet then stays. */
const MAX_CHECKED_CELLS = 100_000;

/**
 * Removes a page: its charts (by id and tag) and data blocks, its texts, and its sheet when the
 * add-in made it and nothing else is on it — no chart the add-in did not draw, no cell holding a
 * value other than the page's texts. Returns the charts removed; 0 for an unknown page. Three or
 * four syncs.
 *
 * @example await removeChartPageInExcel(context, "kpi:KPI", warn) // 12
 */
export async function removeChartPageInExcel(
  context: Excel.RequestContext,
  pageId: string,
  warn: Warn
): Promise<number> {
  const known = await loadKnown(context, warn);
  const pages = known.registry.pages ?? [];
  const entry = pages.find((p) => p.id === pageId);
  if (!entry) return 0;
  const mine = known.registry.charts.filter((c) => c.pageId === pageId);
  const sheetId =
    known.nameById.has(entry.sheetId) && known.ownSheetIds.includes(entry.sheetId)
      ? entry.sheetId
      : null;
  if (sheetId !== null) refuseProtected(known, sheetId);
  const sheetIds = new Set(mine.map((c) => c.sheetId));
  if (sheetId !== null) sheetIds.add(sheetId);
  const collections = new Map([...sheetIds].map((id) => [id, queueChartIds(context, known, id)]));
  const sheet = sheetId !== null ? context.workbook.worksheets.getItem(sheetId) : null;
  const used = sheet?.getUsedRangeOrNullObject(true);
  used?.load("address,cellCount");
  await context.sync();

  let empty = false;
  if (sheet && used) {
    if (used.isNullObject) empty = true;
    else if (used.cellCount <= MAX_CHECKED_CELLS) {
      used.load("values");
      await context.sync();
      const texts = new Set(entry.texts);
      const box = parseA1Range(localAddress(used.address));
      empty =
        box !== null &&
        used.values.every((row, r) =>
          row.every(
            (v, c) =>
              v === "" ||
              texts.has(boxAddress({ top: box.top + r, left: box.left + c, rows: 1, cols: 1 }))
          )
        );
    }
  }
  let removed = 0;
  for (const c of mine) if (removeOwned(context, known, c, collections.get(c.sheetId))) removed++;
  const mineIds = new Set(mine.map((c) => c.chartId));
  const others =
    sheetId !== null
      ? (collections.get(sheetId)?.items ?? []).filter(
          (c) => !mineIds.has(c.id) || c.name !== CHART_NAME
        )
      : [];
  const rest = known.registry.charts.filter((c) => c.pageId !== pageId);
  if (sheet && empty && others.length === 0) {
    sheet.delete();
    queueSettingWrite(
      context,
      SHEETS_KEY,
      known.ownSheetIds.filter((id) => id !== sheetId)
    );
  } else if (sheet) {
    for (const address of entry.texts) sheet.getRange(address).clear();
  }
  writeRegistry(
    context,
    known.registry.dataSheetId,
    rest,
    pages.filter((p) => p.id !== pageId)
  );
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
    .map((c) => owned(c, known));
}
