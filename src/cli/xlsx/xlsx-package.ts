/* eslint-disable @typescript-eslint/no-require-imports -- exceljs's built-in format table has no typings */
import { posix } from "node:path";
import type { RangeBox } from "../../core/grid";
import { GENERAL, MemorySheet } from "../../workbook/memory/MemorySheet";
import { entryText, readZipDirectory, ZipFormatError, type ZipEntry } from "./zip-archive";
import { decodeXstring, xmlEvents, type XmlEvent } from "./xml-events";
import { readWorksheet } from "./read-worksheet";
import { XlsxFormatError } from "./xlsx-format-error";

export { XlsxFormatError } from "./xlsx-format-error";

/** Excel's sheet states (ECMA-376 Part 1, 18.18.68 ST_SheetState). */
export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface SheetInfo {
  name: string;
  visibility: SheetVisibility;
  /** The worksheet part ("xl/worksheets/sheet1.xml"), null when the workbook names none. */
  part: string | null;
}

/** Number formats Excel does not write into styles.xml (ECMA-376 Part 1, 18.8.30), as exceljs reads them. */
const BUILT_IN_FORMATS = require("exceljs/lib/xlsx/defaultnumformats") as Record<
  string,
  { f?: string }
>;

const RELATIONSHIP = {
  officeDocument: "/officeDocument",
  worksheet: "/worksheet",
  sharedStrings: "/sharedStrings",
  styles: "/styles",
};

/** Events of a small part, all at once (workbook, relationships, styles). */
async function partEvents(bytes: Buffer, entry: ZipEntry): Promise<XmlEvent[]> {
  const all: XmlEvent[] = [];
  for await (const batch of xmlEvents(entryText(bytes, entry))) for (const e of batch) all.push(e);
  return all;
}

/** The relationships part beside a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
function relsPath(part: string): string {
  return posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
}

/** A relationship target resolved against its source part; "/xl/…" is from the package root. */
function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return posix.normalize(target.slice(1));
  return posix.normalize(posix.join(posix.dirname(source), target));
}

/**
 * An .xlsx package opened for reading: its sheets (name, visibility, part) from the workbook part,
 * and each worksheet's cells on demand, one sheet at a time, parsed as a stream (a 5-million-cell
 * sheet is never one XML string or one exceljs object per cell). Reads only what `Range.values`
 * and `numberFormat` would give: values (formula results as cached), formulas, number formats.
 *
 * @example const pkg = await XlsxPackage.open(bytes); const sheet = await pkg.loadSheet(pkg.sheets[0]!)
 */
export class XlsxPackage {
  private sharedStrings: string[] | null = null;
  private formats: string[] | null = null;

  private constructor(
    private readonly bytes: Buffer,
    private readonly entries: Map<string, ZipEntry>,
    private readonly workbookPart: string,
    readonly sheets: SheetInfo[],
    readonly date1904: boolean
  ) {}

  /** Throws {@link XlsxFormatError}: not a zip, a zip without workbook part, a workbook without worksheets. */
  static async open(bytes: Buffer): Promise<XlsxPackage> {
    let entries: Map<string, ZipEntry>;
    try {
      entries = readZipDirectory(bytes);
    } catch (error) {
      if (error instanceof ZipFormatError) throw new XlsxFormatError("notZip", error.message);
      throw error;
    }
    return guard(async () => {
      const workbookPart = await findWorkbookPart(bytes, entries);
      if (workbookPart === null) throw new XlsxFormatError("notWorkbook");
      const rels = await relationships(bytes, entries, workbookPart);
      const { sheets, date1904 } = await readWorkbookPart(bytes, entries.get(workbookPart)!, rels);
      if (sheets.length === 0) throw new XlsxFormatError("noWorksheets");
      return new XlsxPackage(bytes, entries, workbookPart, sheets, date1904);
    });
  }

  /**
   * Loads one worksheet into a {@link MemorySheet}. With `box`, only cells inside it are kept;
   * past `maxCells` stored cells it stops with XlsxFormatError "tooManyCells".
   */
  async loadSheet(info: SheetInfo, options: { box?: RangeBox; maxCells?: number } = {}) {
    return guard(async () => {
      const sheet = new MemorySheet(info.name);
      const entry = info.part === null ? undefined : this.entries.get(info.part);
      if (entry === undefined) return sheet;
      const rels = await relationships(this.bytes, this.entries, this.workbookPart);
      await readWorksheet(xmlEvents(entryText(this.bytes, entry)), sheet, {
        sharedStrings: await this.loadSharedStrings(rels),
        formats: await this.loadFormats(rels),
        date1904: this.date1904,
        box: options.box,
        maxCells: options.maxCells ?? Infinity,
      });
      return sheet;
    });
  }

  private async loadSharedStrings(rels: Map<string, string>): Promise<string[]> {
    if (this.sharedStrings) return this.sharedStrings;
    const part = rels.get(RELATIONSHIP.sharedStrings);
    const entry = part === undefined ? undefined : this.entries.get(part);
    this.sharedStrings = entry ? await readSharedStrings(this.bytes, entry) : [];
    return this.sharedStrings;
  }

  private async loadFormats(rels: Map<string, string>): Promise<string[]> {
    if (this.formats) return this.formats;
    const part = rels.get(RELATIONSHIP.styles);
    const entry = part === undefined ? undefined : this.entries.get(part);
    this.formats = entry ? readCellFormats(await partEvents(this.bytes, entry)) : [];
    return this.formats;
  }
}

/**
 * Malformed XML or zip data inside the package (the tokenizer and zlib throw plain Errors) becomes
 * "malformed" with the parser's first line; TypeError and RangeError are bugs and stay as they are.
 */
async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof XlsxFormatError) throw error;
    // By name, not instanceof: zlib's errors come from another realm under Jest.
    const e = error as { name?: unknown; message?: unknown };
    if (typeof e?.message !== "string" || e.name === "TypeError" || e.name === "RangeError")
      throw error;
    throw new XlsxFormatError("malformed", e.message.split("\n")[0]);
  }
}

/** The workbook part named by the package relationships (usually "xl/workbook.xml"). */
async function findWorkbookPart(
  bytes: Buffer,
  entries: Map<string, ZipEntry>
): Promise<string | null> {
  const rels = entries.get("_rels/.rels");
  if (rels) {
    for (const e of await partEvents(bytes, rels)) {
      if (
        e.kind === "open" &&
        e.name === "Relationship" &&
        (e.attributes.Type ?? "").endsWith(RELATIONSHIP.officeDocument)
      ) {
        const part = resolveTarget("", e.attributes.Target ?? "");
        if (entries.has(part)) return part;
      }
    }
  }
  return entries.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
}

/**
 * Relationships of a part: by id ("rId3" → "xl/worksheets/sheet1.xml") and, for the single
 * parts, by type suffix ("/sharedStrings" → "xl/sharedStrings.xml").
 */
async function relationships(
  bytes: Buffer,
  entries: Map<string, ZipEntry>,
  part: string
): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  const rels = entries.get(relsPath(part));
  if (!rels) return map;
  for (const e of await partEvents(bytes, rels)) {
    if (e.kind !== "open" || e.name !== "Relationship") continue;
    const target = resolveTarget(part, e.attributes.Target ?? "");
    const type = e.attributes.Type ?? "";
    map.set(e.attributes.Id ?? "", target);
    for (const suffix of Object.values(RELATIONSHIP))
      if (type.endsWith(suffix)) {
        if (suffix === RELATIONSHIP.worksheet)
          map.set(`worksheet:${e.attributes.Id ?? ""}`, target);
        else if (!map.has(suffix)) map.set(suffix, target);
      }
  }
  return map;
}

/** Sheets in workbook order (chart sheets and dialog sheets are left out, as Excel's worksheets are). */
async function readWorkbookPart(
  bytes: Buffer,
  entry: ZipEntry,
  rels: Map<string, string>
): Promise<{ sheets: SheetInfo[]; date1904: boolean }> {
  const sheets: SheetInfo[] = [];
  let date1904 = false;
  for (const e of await partEvents(bytes, entry)) {
    if (e.kind !== "open") continue;
    if (e.name === "workbookPr")
      date1904 = e.attributes.date1904 === "1" || e.attributes.date1904 === "true";
    if (e.name !== "sheet") continue;
    const id = e.attributes.id ?? "";
    // A sheet whose relationship is not a worksheet (a chart sheet) holds no cells to read.
    if (rels.has(id) && !rels.has(`worksheet:${id}`)) continue;
    const state = e.attributes.state;
    sheets.push({
      name: decodeXstring(e.attributes.name ?? ""),
      visibility: state === "hidden" || state === "veryHidden" ? state : "visible",
      part: rels.get(`worksheet:${id}`) ?? null,
    });
  }
  return { sheets, date1904 };
}

/**
 * The shared string table: the text of each `<si>` (its `<t>` runs joined), without phonetic
 * guides (`<rPh>`: the furigana Japanese Excel stores beside 「市税」 as 「シゼイ」).
 */
async function readSharedStrings(bytes: Buffer, entry: ZipEntry): Promise<string[]> {
  const strings: string[] = [];
  let current = "";
  let inText = false;
  let phonetic = 0;
  for await (const batch of xmlEvents(entryText(bytes, entry))) {
    for (const e of batch) {
      if (e.kind === "text") {
        if (inText && phonetic === 0) current += e.text;
      } else if (e.kind === "open") {
        if (e.name === "si") current = "";
        else if (e.name === "t") inText = true;
        else if (e.name === "rPh") phonetic += 1;
      } else if (e.name === "t") inText = false;
      else if (e.name === "rPh") phonetic -= 1;
      else if (e.name === "si") strings.push(decodeXstring(current));
    }
  }
  return strings;
}

/** The number format of each cell style (`<cellXfs>` index → format code), General when none. */
function readCellFormats(events: XmlEvent[]): string[] {
  const codes = new Map<string, string>();
  const formats: string[] = [];
  let inCellXfs = false;
  for (const e of events) {
    if (e.kind === "open" && e.name === "numFmt")
      codes.set(e.attributes.numFmtId ?? "", decodeXstring(e.attributes.formatCode ?? ""));
    else if (e.kind === "open" && e.name === "cellXfs") inCellXfs = true;
    else if (e.kind === "close" && e.name === "cellXfs") inCellXfs = false;
    else if (e.kind === "open" && e.name === "xf" && inCellXfs) {
      const id = e.attributes.numFmtId ?? "0";
      formats.push(codes.get(id) ?? BUILT_IN_FORMATS[id]?.f ?? GENERAL);
    }
  }
  return formats;
}
