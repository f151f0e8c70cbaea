import type { CellValue, RangeBox } from "../../src/core/grid";
import { parseAddress, qualifiedAddress } from "./fake-address";
import { FakeContext, FakeProxy } from "./fake-context";
import { FakeConditionalFormatCollection } from "./fake-conditional-formats";
import { parseEntry, type FakeSheet } from "./fake-model";
import { FakeRichApiError, invalidArgument, sheetProtected } from "./fake-office-error";
import { FakeWorksheet } from "./fake-workbook";
import { FakeDataValidation } from "./fake-page";

export type Locate = () => { sheet: FakeSheet; box: RangeBox };

const CELL_PROPS = new Set(["values", "numberFormat", "text", "formulas"]);

/** UTF-8 size of the JSON; counted by hand under jsdom, which has no TextEncoder. */
function utf8Bytes(value: unknown): number {
  const json = JSON.stringify(value);
  if (typeof TextEncoder !== "undefined") return new TextEncoder().encode(json).length;
  let bytes = 0;
  for (const ch of json) {
    const code = ch.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Excel.Range: everything resolves on the host at sync, so a bad address fails there. */
export class FakeRange extends FakeProxy {
  constructor(
    ctx: FakeContext,
    readonly locate: Locate,
    nullProbe?: () => boolean
  ) {
    super(ctx, "Range", nullProbe);
  }

  get values(): CellValue[][] {
    return this.loadedValue("values");
  }
  set values(v: CellValue[][]) {
    this.write("values", v);
  }
  get numberFormat(): string[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.write("numberFormat", v);
  }
  get formulas(): CellValue[][] {
    return this.loadedValue("formulas");
  }
  set formulas(v: CellValue[][]) {
    this.write("formulas", v);
  }
  get text(): string[][] {
    return this.loadedValue("text");
  }
  get address(): string {
    return this.loadedValue("address");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get cellCount(): number {
    return this.loadedValue("cellCount");
  }

  /** The range's sheet (fake-workbook imports this file too; the cycle is only used at call time). */
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.locate().sheet);
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.ctx, this.locate);
  }

  /** Range.select(): the range becomes the selection, its sheet the active one. */
  select(): void {
    this.ctx.enqueue("Range.select", () => {
      const { sheet, box } = this.locate();
      this.ctx.model.activeSheet = sheet.name;
      this.ctx.model.selection = qualifiedAddress(sheet.name, box).replace(/^.*!/, "");
    });
  }

  /** Range.format: `columnWidth` (points) and `font.bold` / `font.size` are modelled, as writes. */
  get format(): { columnWidth: number; font: { bold: boolean; size: number } } {
    const enqueue = (points: number) =>
      this.ctx.enqueue("RangeFormat.columnWidth", () => {
        const { sheet, box } = this.locate();
        if (sheet.protected) throw sheetProtected("RangeFormat.columnWidth");
        for (let c = box.left; c < box.left + box.cols; c++) sheet.columnWidths.set(c, points);
      });
    const font = (apply: (f: { bold?: boolean; size?: number }) => void, ok: boolean) =>
      this.ctx.enqueue("RangeFont", () => {
        const { sheet, box } = this.locate();
        if (!ok) throw invalidArgument("RangeFont");
        if (sheet.protected) throw sheetProtected("RangeFont");
        for (let r = box.top; r < box.top + box.rows; r++)
          for (let c = box.left; c < box.left + box.cols; c++) {
            const key = `${r},${c}`;
            const f = sheet.fonts.get(key) ?? {};
            apply(f);
            sheet.fonts.set(key, f);
          }
      });
    return {
      get columnWidth(): number {
        throw new Error("fake: reading RangeFormat.columnWidth is not modelled");
      },
      set columnWidth(points: number) {
        enqueue(points);
      },
      font: {
        get bold(): boolean {
          throw new Error("fake: reading RangeFont is not modelled");
        },
        set bold(b: boolean) {
          font((f) => (f.bold = b), true);
        },
        get size(): number {
          throw new Error("fake: reading RangeFont is not modelled");
        },
        /** Excel's font sizes: 1–409 points. */
        set size(points: number) {
          font((f) => (f.size = points), points >= 1 && points <= 409);
        },
      },
    };
  }

  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.ctx, this.locate);
  }

  getCell(row: number, col: number): FakeRange {
    return this.derived((b) => ({ top: b.top + row, left: b.left + col, rows: 1, cols: 1 }));
  }

  getOffsetRange(rows: number, cols: number): FakeRange {
    return this.derived((b) => ({ ...b, top: b.top + rows, left: b.left + cols }));
  }

  getResizedRange(deltaRows: number, deltaCols: number): FakeRange {
    return this.derived((b) => ({ ...b, rows: b.rows + deltaRows, cols: b.cols + deltaCols }));
  }

  /** Range.clear(): contents and formats (number formats and fonts; validations stay, as in Excel). */
  clear(): void {
    this.ctx.enqueue("Range.clear", () => {
      const { sheet, box } = this.locate();
      if (sheet.protected) throw sheetProtected("Range.clear");
      for (let r = box.top; r < box.top + box.rows; r++) {
        for (let c = box.left; c < box.left + box.cols; c++) {
          sheet.setValue(r, c, "", null);
          if (sheet.formats[r]?.[c] !== undefined) sheet.setFormat(r, c, "General");
          sheet.fonts.delete(`${r},${c}`);
        }
      }
    });
  }

  private derived(shift: (b: RangeBox) => RangeBox): FakeRange {
    return new FakeRange(this.ctx, () => {
      const { sheet, box } = this.locate();
      const next = shift(box);
      if (next.top < 0 || next.left < 0 || next.rows < 1 || next.cols < 1)
        throw invalidArgument("Range");
      return { sheet, box: next };
    });
  }

  protected override readProp(prop: string): unknown {
    throw new Error(`fake: Range.${prop} is not modelled`);
  }

  protected override loadProp(prop: string): void {
    const { sheet, box } = this.locate();
    const cells = box.rows * box.cols;
    if (prop === "address") return this.setLoaded(prop, qualifiedAddress(sheet.name, box));
    if (prop === "rowCount") return this.setLoaded(prop, box.rows);
    if (prop === "columnCount") return this.setLoaded(prop, box.cols);
    if (prop === "cellCount") return this.setLoaded(prop, cells);
    if (!CELL_PROPS.has(prop)) return super.loadProp(prop);
    if (cells > this.ctx.options.maxGetCells) {
      if (this.ctx.options.oversizedRead === "error") {
        throw new FakeRichApiError(
          "GeneralException",
          "There was an internal error while processing the request.",
          `Range.${prop}`
        );
      }
      return this.setLoaded(prop, null);
    }
    const out: unknown[][] = [];
    for (let r = box.top; r < box.top + box.rows; r++) {
      const row: unknown[] = [];
      for (let c = box.left; c < box.left + box.cols; c++) row.push(cellProp(sheet, r, c, prop));
      out.push(row);
    }
    this.setLoaded(prop, out, this.ctx.options.platform === "web" ? utf8Bytes(out) : 0);
  }

  protected override defaultProps(): string[] {
    return [
      "address",
      "rowCount",
      "columnCount",
      "cellCount",
      "values",
      "numberFormat",
      "text",
      "formulas",
    ];
  }

  private write(prop: "values" | "numberFormat" | "formulas", grid: CellValue[][]): void {
    const bytes = this.ctx.options.platform === "web" ? utf8Bytes(grid) : 0;
    this.ctx.enqueue(
      `Range.${prop}`,
      () => {
        const { sheet, box } = this.locate();
        if (sheet.protected) throw sheetProtected(`Range.${prop}`);
        if (grid.length !== box.rows || grid.some((row) => row.length !== box.cols))
          throw invalidArgument(`Range.${prop}`);
        grid.forEach((row, i) =>
          row.forEach((entry, j) => {
            const r = box.top + i;
            const c = box.left + j;
            if (prop === "numberFormat") return sheet.setFormat(r, c, String(entry));
            const parsed = parseEntry(
              entry,
              sheet.get(r, c).numberFormat,
              this.ctx.options.formulaResult
            );
            sheet.setValue(r, c, parsed.value, parsed.formula);
            if (parsed.numberFormat && sheet.get(r, c).numberFormat === "General")
              sheet.setFormat(r, c, parsed.numberFormat);
          })
        );
      },
      bytes
    );
  }
}

function cellProp(sheet: FakeSheet, r: number, c: number, prop: string): unknown {
  const cell = sheet.get(r, c);
  if (prop === "values") return cell.value;
  if (prop === "numberFormat") return cell.numberFormat;
  // Range.formulas gives the formula, or the constant itself for a cell without one.
  if (prop === "formulas") return cell.formula ?? cell.value;
  // The fake does not render number formats: text is the value as a string.
  return typeof cell.value === "boolean" ? (cell.value ? "TRUE" : "FALSE") : String(cell.value);
}

/**
 * Excel.RangeAreas (ExcelApi 1.9) from `worksheet.getRanges("A1,B3:C4")`: only its conditional
 * formats are modelled. An address list Excel refuses fails at sync with InvalidArgument: any
 * area that is not a range, or a list over 255 characters (the reference length Excel accepts,
 * see MAX_AREAS_ADDRESS_LENGTH in the adapter).
 */
export class FakeRangeAreas extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly address: string
  ) {
    super(ctx, "RangeAreas");
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.ctx, () => {
      const sheet = this.sheet();
      if (this.address.length > FAKE_MAX_AREAS_LENGTH) throw invalidArgument("Worksheet.getRanges");
      const areas = this.address.split(",").map((a) => parseAddress(a.trim()));
      if (areas.length === 0 || areas.some((a) => a === null))
        throw invalidArgument("Worksheet.getRanges");
      const boxes = areas as RangeBox[];
      return { sheet, box: boxes[0]!, areas: boxes };
    });
  }

  protected override readProp(prop: string): unknown {
    throw new Error(`fake: RangeAreas.${prop} is not modelled`);
  }
}

export const FAKE_MAX_AREAS_LENGTH = 255;
