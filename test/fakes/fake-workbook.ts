import type { RangeBox } from "../../src/core/grid";
import { sheetNameKey } from "../../src/workbook/sheetName";
import { FakeChartCollection } from "./fake-charts";
import { FakeContext, FakeProxy } from "./fake-context";
import { parseAddress, SHEET_COLUMNS, SHEET_ROWS } from "./fake-address";
import { FakeSheet } from "./fake-model";
import {
  invalidArgument,
  invalidOperation,
  itemNotFound,
  FakeRichApiError,
} from "./fake-office-error";
import { FakeRange, FakeRangeAreas } from "./fake-range";
import { FakeFreezePanes, FakePageBreaks, FakePageLayout, FakeTableCollection } from "./fake-page";

const WHOLE_SHEET: RangeBox = { top: 0, left: 0, rows: SHEET_ROWS, cols: SHEET_COLUMNS };

/** Excel.Worksheet. `sheet()` resolves on the host, so a missing sheet fails at sync. */
export class FakeWorksheet extends FakeProxy {
  constructor(
    ctx: FakeContext,
    readonly sheet: () => FakeSheet,
    nullProbe?: () => boolean
  ) {
    super(ctx, "Worksheet", nullProbe);
  }

  get name(): string {
    return this.loadedValue("name");
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get standardHeight(): number {
    return this.loadedValue("standardHeight");
  }
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.ctx, this.sheet);
  }
  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.ctx, this.sheet);
  }
  get horizontalPageBreaks(): FakePageBreaks {
    return new FakePageBreaks(this.ctx, this.sheet);
  }
  get freezePanes(): FakeFreezePanes {
    return new FakeFreezePanes(this.ctx, this.sheet);
  }
  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.ctx, this.sheet);
  }

  /** Worksheet.delete(): Excel refuses to delete the last visible sheet. */
  delete(): void {
    this.ctx.enqueue("Worksheet.delete", () => {
      const sheet = this.sheet();
      const { sheets } = this.ctx.model;
      if (sheets.length <= 1) throw invalidOperation("Worksheet.delete");
      sheets.splice(sheets.indexOf(sheet), 1);
      if (this.ctx.model.activeSheet === sheet.name) {
        this.ctx.model.activeSheet = sheets[0]!.name;
        this.ctx.model.selection = "A1";
      }
    });
  }

  /** Worksheet.protection: only `protected` is modelled (loaded as "protection/protected"). */
  get protection(): { protected: boolean } {
    return { protected: this.loadedValue<boolean>("protection/protected") };
  }

  /** Worksheet.getRanges (ExcelApi 1.9): several areas of this sheet, "A1,B3:C4". */
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, this.sheet, address);
  }

  /** Worksheet.activate(): the sheet becomes the active one (its selection A1 in the fake). */
  activate(): void {
    this.ctx.enqueue("Worksheet.activate", () => {
      const sheet = this.sheet();
      if (this.ctx.model.activeSheet !== sheet.name) {
        this.ctx.model.activeSheet = sheet.name;
        this.ctx.model.selection = "A1";
      }
    });
  }

  /** getRange() without an address is the whole sheet. */
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.sheet();
      if (address === undefined) return { sheet, box: WHOLE_SHEET };
      const box = parseAddress(address);
      if (!box) throw invalidArgument("Worksheet.getRange");
      return { sheet, box };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const used = () => this.sheet().usedBox(valuesOnly);
    return new FakeRange(
      this.ctx,
      () => {
        const box = used();
        if (!box) throw itemNotFound("Worksheet.getUsedRangeOrNullObject");
        return { sheet: this.sheet(), box };
      },
      () => used() === null
    );
  }

  publish(sheet: FakeSheet): void {
    this.setLoaded("name", sheet.name);
    this.setLoaded("id", sheet.id);
    this.setLoaded("protection/protected", sheet.protected);
    this.setLoaded("standardHeight", sheet.standardHeight);
  }

  protected override readProp(prop: string): unknown {
    const sheet = this.sheet();
    if (prop === "name") return sheet.name;
    if (prop === "id") return sheet.id;
    if (prop === "protection/protected" || prop === "protection") return sheet.protected;
    if (prop === "standardHeight") return sheet.standardHeight;
    throw new Error(`fake: Worksheet.${prop} is not modelled`);
  }

  protected override defaultProps(): string[] {
    return ["name", "id"];
  }
}

function isValidSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[\\/?*[\]:]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}

/** Excel.WorksheetCollection: getItem by name or id, like Excel. */
export class FakeWorksheetCollection extends FakeProxy {
  constructor(ctx: FakeContext) {
    super(ctx, "WorksheetCollection");
  }

  get items(): FakeWorksheet[] {
    return this.loadedValue("items");
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const sheet = this.find(key);
      if (!sheet) throw itemNotFound("WorksheetCollection.getItem");
      return sheet;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      () => {
        const sheet = this.find(key);
        if (!sheet) throw itemNotFound("Worksheet");
        return sheet;
      },
      () => !this.find(key)
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return this.getItem(this.ctx.model.activeSheet);
  }

  /**
   * Excel refuses a sheet name it cannot hold (Excel's rules for sheet names: 1–31 characters,
   * none of \ / ? * [ ] :, no apostrophe at either end, not "History") with InvalidArgument, and
   * a name another sheet has — compared without case — with ItemAlreadyExists.
   */
  add(name: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    this.ctx.enqueue("WorksheetCollection.add", () => {
      if (!isValidSheetName(name)) throw invalidArgument("WorksheetCollection.add");
      const lower = name.toLowerCase();
      if (this.ctx.model.sheets.some((s) => s.name.toLowerCase() === lower))
        throw new FakeRichApiError(
          "ItemAlreadyExists",
          "The resource already exists.",
          "WorksheetCollection.add"
        );
      created = new FakeSheet(name, `{SHEET-${this.ctx.model.nextId++}}`);
      this.ctx.model.sheets.push(created);
    });
    return new FakeWorksheet(this.ctx, () => {
      if (!created) throw itemNotFound("Worksheet");
      return created;
    });
  }

  /** By id or name; Excel matches names without case ("kpi" finds "KPI"), an exact name first. */
  private find(key: string): FakeSheet | undefined {
    const { sheets } = this.ctx.model;
    const wanted = sheetNameKey(key);
    return (
      sheets.find((s) => s.name === key || s.id === key) ??
      sheets.find((s) => sheetNameKey(s.name) === wanted)
    );
  }

  protected override loadProp(prop: string): void {
    if (!prop.startsWith("items")) return super.loadProp(prop);
    const items = this.ctx.model.sheets.map((sheet) => {
      const proxy = new FakeWorksheet(this.ctx, () => sheet);
      proxy.publish(sheet);
      return proxy;
    });
    this.setLoaded("items", items);
  }

  protected override readProp(prop: string): unknown {
    throw new Error(`fake: WorksheetCollection.${prop} is not modelled`);
  }
}

/** Excel.Setting: `value` comes back from JSON, as Excel stores it. */
export class FakeSetting extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
    nullable: boolean
  ) {
    super(ctx, "Setting", nullable ? () => !ctx.model.settings.has(key) : undefined);
  }

  get value(): unknown {
    return this.loadedValue("value");
  }

  delete(): void {
    this.ctx.enqueue("Setting.delete", () => {
      if (!this.ctx.model.settings.delete(this.key)) throw itemNotFound("Setting.delete");
    });
  }

  protected override readProp(prop: string): unknown {
    const json = this.ctx.model.settings.get(this.key);
    if (json === undefined) throw itemNotFound("SettingCollection.getItem");
    if (prop === "value") return JSON.parse(json);
    if (prop === "key") return this.key;
    throw new Error(`fake: Setting.${prop} is not modelled`);
  }
}

export class FakeSettingCollection {
  constructor(private readonly ctx: FakeContext) {}

  add(key: string, value: unknown): FakeSetting {
    const json = JSON.stringify(value);
    this.ctx.enqueue("SettingCollection.add", () => {
      if (json === undefined) throw invalidArgument("SettingCollection.add");
      this.ctx.model.settings.set(key, json);
    });
    return new FakeSetting(this.ctx, key, false);
  }

  getItem(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key, false);
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key, true);
  }
}

/** Excel.Workbook: worksheets, settings, the selection. */
export class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  /** Every table of the workbook (names are unique across sheets). */
  readonly tables: FakeTableCollection;

  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.settings = new FakeSettingCollection(ctx);
    this.tables = new FakeTableCollection(ctx, null);
  }

  /**
   * Excel refuses a selection of several areas (Ctrl+click: "B2:C3,E5") with InvalidSelection at
   * sync (office-js-docs-pr#2477); a single area is an ordinary range.
   */
  getSelectedRange(): FakeRange {
    const { model } = this.ctx;
    if (model.selection.includes(",")) {
      return new FakeRange(this.ctx, () => {
        throw new FakeRichApiError(
          "InvalidSelection",
          "The current selection is invalid for this operation.",
          "Workbook.getSelectedRange"
        );
      });
    }
    return this.worksheets.getItem(model.activeSheet).getRange(model.selection);
  }
}
