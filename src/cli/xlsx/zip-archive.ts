import { createInflateRaw } from "node:zlib";

/** Why a file is not a readable zip archive (the .xlsx container). */
export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipFormatError";
  }
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when the entry is read. */
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;

/** Reads a little-endian 64-bit size that fits a JS number (files are capped at 2 GiB before this). */
function u64(bytes: Buffer, at: number): number {
  return bytes.readUInt32LE(at) + bytes.readUInt32LE(at + 4) * 2 ** 32;
}

function need(bytes: Buffer, at: number, length: number): void {
  if (at < 0 || at + length > bytes.length) throw new ZipFormatError("truncated zip directory");
}

/** The end of central directory record: searched from the end, past a comment of up to 64 KiB. */
function findEndRecord(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at--) {
    if (bytes.readUInt32LE(at) === EOCD) return at;
  }
  throw new ZipFormatError("no zip end record");
}

/**
 * Lists the entries of a zip archive held in memory, from its central directory (PKWARE
 * APPNOTE 4.3.12–4.3.16; zip64 sizes and offsets included). Only what reading an .xlsx needs:
 * no multi-disk archives. Throws {@link ZipFormatError} for anything malformed.
 *
 * @example readZipDirectory(await readFile("a.xlsx")).get("xl/workbook.xml")
 */
export function readZipDirectory(bytes: Buffer): Map<string, ZipEntry> {
  const end = findEndRecord(bytes);
  let count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = end - 20;
    need(bytes, locator, 20);
    if (bytes.readUInt32LE(locator) !== ZIP64_LOCATOR) throw new ZipFormatError("no zip64 locator");
    const record = u64(bytes, locator + 8);
    need(bytes, record, 56);
    if (bytes.readUInt32LE(record) !== ZIP64_EOCD) throw new ZipFormatError("no zip64 end record");
    count = u64(bytes, record + 32);
    offset = u64(bytes, record + 48);
  }
  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    need(bytes, at, 46);
    if (bytes.readUInt32LE(at) !== CENTRAL_ENTRY) throw new ZipFormatError("bad zip directory");
    const flags = bytes.readUInt16LE(at + 8);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    need(bytes, at + 46, nameLength + extraLength);
    const entry: ZipEntry = {
      name: bytes.toString("utf8", at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
      encrypted: (flags & 1) === 1,
    };
    readZip64Extra(bytes, at + 46 + nameLength, extraLength, entry);
    entries.set(entry.name, entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Sizes and offset stored as 0xFFFFFFFF live in the zip64 extra field, in this order. */
function readZip64Extra(bytes: Buffer, start: number, length: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= start + length;) {
    const id = bytes.readUInt16LE(at);
    const size = bytes.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      for (const key of ["size", "compressedSize", "localHeaderOffset"] as const) {
        if (entry[key] !== 0xffffffff) continue;
        need(bytes, field, 8);
        entry[key] = u64(bytes, field);
        field += 8;
      }
    }
    at += 4 + size;
  }
}

/** The compressed bytes of an entry (a view into the archive, nothing copied). */
function entryData(bytes: Buffer, entry: ZipEntry): Buffer {
  if (entry.encrypted) throw new ZipFormatError(`encrypted zip entry ${entry.name}`);
  const at = entry.localHeaderOffset;
  need(bytes, at, 30);
  if (bytes.readUInt32LE(at) !== LOCAL_HEADER) throw new ZipFormatError("bad zip entry header");
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  need(bytes, start, entry.compressedSize);
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * The text of an entry, decoded as UTF-8 in pieces of about a megabyte as it is inflated, so
 * that a 300 MB worksheet part is never one string. A multi-byte character split across two
 * pieces is decoded whole (streaming TextDecoder).
 *
 * @example for await (const piece of entryText(bytes, entry)) parser.write(piece)
 */
export async function* entryText(bytes: Buffer, entry: ZipEntry): AsyncGenerator<string> {
  const data = entryData(bytes, entry);
  const decoder = new TextDecoder("utf-8");
  if (entry.method === 0) {
    const piece = 1 << 20;
    for (let at = 0; at < data.length; at += piece)
      yield decoder.decode(data.subarray(at, at + piece), { stream: true });
  } else if (entry.method === 8) {
    const inflate = createInflateRaw({ chunkSize: 1 << 20 });
    inflate.end(data);
    for await (const chunk of inflate as AsyncIterable<Buffer>)
      yield decoder.decode(chunk, { stream: true });
  } else {
    throw new ZipFormatError(`unsupported zip compression method ${entry.method}`);
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}
