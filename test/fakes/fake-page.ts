import type { RangeBox } from "../../src/core/grid";
import { parseAddress, SHEET_COLUMNS } from "./fake-address";
import { FakeContext, FakeProxy } from "./fake-context";
import type { FakeModel, FakeSheet, FakeTable } from "./fake-model";
import {
  FakeRichApiError,
  invalidArgument,
  invalidOperation,
  itemNotFound,
  sheetProtected,
} from "./fake-office-error";

const ORIENTATIONS = new Set(["Portrait", "Landscape"]);
/** Excel.PaperType values the fake knows (a part of Excel's list). */
const PAPER_TYPES = new Set(["A3", "A4", "A5", "B4", "B5", "Letter", "Legal"]);

function check(ok: boolean, location: string): void {
  if (!ok) throw invalidArgument(location);
}

/** Excel.PageLayout (ExcelApi 1.9): what the adapter sets; unknown enum values fail the sync. */
export class FakePageLayout {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet
  ) {}

  set orientation(o: string) {
    this.edit("PageLayout.orientation", (s) => {
      check(ORIENTATIONS.has(o), "PageLayout.orientation");
      s.pageLayout.orientation = o;
    });
  }
  set paperSize(p: string) {
    this.edit("PageLayout.paperSize", (s) => {
      check(PAPER_TYPES.has(p), "PageLayout.paperSize");
      s.pageLayout.paperSize = p;
    });
  }
  /** Fit to pages 0–32767 each (0: not constrained), scale 10–400. */
  set zoom(z: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.edit("PageLayout.zoom", (s) => {
      const pages = (n: number | undefined) =>
        n === undefined || (Number.isInteger(n) && n >= 0 && n <= 32_767);
      check(pages(z.horizontalFitToPages) && pages(z.verticalFitToPages), "PageLayout.zoom");
      check(z.scale === undefined || (z.scale >= 10 && z.scale <= 400), "PageLayout.zoom");
      s.pageLayout.zoom = { ...z };
    });
  }
  setPrintArea(address: string): void {
    this.edit("PageLayout.setPrintArea", (s) => {
      check(parseAddress(address) !== null, "PageLayout.setPrintArea");
      s.pageLayout.printArea = address;
    });
  }
  /** Title rows must be whole rows ("$1:$2"). */
  setPrintTitleRows(rows: string): void {
    this.edit("PageLayout.setPrintTitleRows", (s) => {
      const box = parseAddress(rows);
      check(
        box !== null && box.left === 0 && box.cols === SHEET_COLUMNS,
        "PageLayout.setPrintTitleRows"
      );
      s.pageLayout.printTitleRows = rows;
    });
  }
  get headersFooters() {
    const edit = this.edit.bind(this);
    return {
      defaultForAllPages: {
        set centerFooter(text: string) {
          edit("HeaderFooter.centerFooter", (s) => {
            check(text.length <= 255, "HeaderFooter.centerFooter");
            s.pageLayout.centerFooter = text;
          });
        },
      },
    };
  }

  private edit(location: string, apply: (sheet: FakeSheet) => void): void {
    this.ctx.enqueue(location, () => apply(this.sheet()));
  }
}

/** Worksheet.horizontalPageBreaks (ExcelApi 1.9): a break goes above the range's top row. */
export class FakePageBreaks {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet
  ) {}

  add(address: string): void {
    this.ctx.enqueue("PageBreakCollection.add", () => {
      const box = parseAddress(address);
      check(box !== null && box.top > 0, "PageBreakCollection.add");
      const sheet = this.sheet();
      if (!sheet.rowBreaks.includes(box!.top + 1)) sheet.rowBreaks.push(box!.top + 1);
    });
  }
  removePageBreaks(): void {
    this.ctx.enqueue("PageBreakCollection.removePageBreaks", () => {
      this.sheet().rowBreaks.length = 0;
    });
  }
}

/** Worksheet.freezePanes (ExcelApi 1.7). */
export class FakeFreezePanes {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet
  ) {}

  freezeRows(count = 1): void {
    this.ctx.enqueue("WorksheetFreezePanes.freezeRows", () => {
      check(Number.isInteger(count) && count >= 1, "WorksheetFreezePanes.freezeRows");
      this.sheet().frozenRows = count;
    });
  }
  unfreeze(): void {
    this.ctx.enqueue("WorksheetFreezePanes.unfreeze", () => (this.sheet().frozenRows = 0));
  }
}

function overlaps(a: RangeBox, b: RangeBox): boolean {
  return (
    a.top < b.top + b.rows &&
    b.top < a.top + a.rows &&
    a.left < b.left + b.cols &&
    b.left < a.left + a.cols
  );
}

/** Excel's rule for a table name (kept apart from the adapter's own check on purpose). */
function validTableName(name: string): boolean {
  return (
    /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) &&
    name.length <= 255 &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name)
  );
}

function allTables(model: FakeModel): FakeTable[] {
  return model.sheets.flatMap((s) => s.tables);
}

/** Excel.Table: its name (unique in the workbook, as Excel's rule), convertToRange. */
export class FakeTableProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly target: () => { sheet: FakeSheet; table: FakeTable }
  ) {
    super(ctx, "Table");
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(n: string) {
    this.ctx.enqueue("Table.name", () => {
      const { table } = this.target();
      check(validTableName(n), "Table.name");
      const lower = n.toLowerCase();
      if (allTables(this.ctx.model).some((t) => t !== table && t.name.toLowerCase() === lower))
        throw new FakeRichApiError(
          "ItemAlreadyExists",
          "The resource already exists.",
          "Table.name"
        );
      table.name = n;
    });
  }
  /** Turns the table back into a plain range (its cells stay). */
  convertToRange(): void {
    this.ctx.enqueue("Table.convertToRange", () => {
      const { sheet, table } = this.target();
      const at = sheet.tables.indexOf(table);
      if (at < 0) throw itemNotFound("Table.convertToRange");
      sheet.tables.splice(at, 1);
    });
  }

  publish(table: FakeTable): void {
    this.setLoaded("name", table.name);
  }

  protected override readProp(prop: string): unknown {
    if (prop === "name") return this.target().table.name;
    throw new Error(`fake: Table.${prop} is not modelled`);
  }
}

/** Excel.TableCollection of a sheet (or of the workbook when `sheet` is null). */
export class FakeTableCollection extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: (() => FakeSheet) | null
  ) {
    super(ctx, "TableCollection");
  }

  get items(): FakeTableProxy[] {
    return this.loadedValue("items");
  }

  /**
   * Excel refuses a table over a bad address, on a protected sheet, or overlapping another table
   * (InvalidOperation). The new table is named "Table<n>" until the caller names it.
   */
  add(address: string, _hasHeaders: boolean): FakeTableProxy {
    let created: { sheet: FakeSheet; table: FakeTable } | undefined;
    this.ctx.enqueue("TableCollection.add", () => {
      if (!this.sheet) throw new Error("fake: workbook.tables.add is not modelled");
      const sheet = this.sheet();
      const box = parseAddress(address);
      check(box !== null, "TableCollection.add");
      if (sheet.protected) throw sheetProtected("TableCollection.add");
      if (sheet.tables.some((t) => overlaps(t.box, box!)))
        throw invalidOperation("TableCollection.add");
      const table = { name: `Table${this.ctx.model.nextId++}`, box: box! };
      sheet.tables.push(table);
      created = { sheet, table };
    });
    return new FakeTableProxy(this.ctx, () => {
      if (!created) throw itemNotFound("Table");
      return created;
    });
  }

  protected override loadProp(prop: string): void {
    if (!prop.startsWith("items")) return super.loadProp(prop);
    const sheets = this.sheet ? [this.sheet()] : this.ctx.model.sheets;
    const items = sheets.flatMap((sheet) =>
      sheet.tables.map((table) => {
        const proxy = new FakeTableProxy(this.ctx, () => ({ sheet, table }));
        proxy.publish(table);
        return proxy;
      })
    );
    this.setLoaded("items", items);
  }

  protected override readProp(prop: string): unknown {
    throw new Error(`fake: TableCollection.${prop} is not modelled`);
  }
}

/**
 * Range.dataValidation (ExcelApi 1.8): a list rule; Excel refuses it on a protected sheet and a
 * list source over 255 characters.
 */
export class FakeDataValidation {
  constructor(
    private readonly ctx: FakeContext,
    private readonly locate: () => { sheet: FakeSheet; box: RangeBox }
  ) {}

  clear(): void {
    this.ctx.enqueue("DataValidation.clear", () => {
      const { sheet, box } = this.locate();
      if (sheet.protected) throw sheetProtected("DataValidation.clear");
      for (let i = sheet.validations.length - 1; i >= 0; i--)
        if (overlaps(sheet.validations[i]!.box, box)) sheet.validations.splice(i, 1);
    });
  }
  set rule(rule: { list?: { inCellDropDown: boolean; source: string } }) {
    this.ctx.enqueue("DataValidation.rule", () => {
      const { sheet, box } = this.locate();
      if (sheet.protected) throw sheetProtected("DataValidation.rule");
      const list = rule.list;
      if (!list) throw new Error("fake: only list validation is modelled");
      check(typeof list.source === "string" && list.source.length <= 255, "DataValidation.rule");
      sheet.validations.push({ box, source: list.source, inCellDropDown: list.inCellDropDown });
    });
  }
}
