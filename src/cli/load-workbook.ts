import { readFile, stat } from "node:fs/promises";
import type { Stats } from "node:fs";
import type { RangeBox } from "../core/grid";
import { MAX_READ_CELLS } from "../workbook/rangeBox";
import type { MemorySheet } from "../workbook/memory/MemorySheet";
import { CliError } from "./cli-error";
import { XlsxFormatError, XlsxPackage, type SheetInfo } from "./xlsx/xlsx-package";

/** Largest file read (2 GiB, also node's limit for one read): checked with stat, before reading. */
export const MAX_FILE_BYTES = 2 ** 31;

/** Every .xlsx is a zip archive: a local file header "PK\x03\x04" (or an empty archive's end record). */
const ZIP_SIGNATURES = [Buffer.from("PK\x03\x04", "latin1"), Buffer.from("PK\x05\x06", "latin1")];
/** An OLE compound file ([MS-CFB] 2.2): an .xls of Excel 97–2003, or an encrypted .xlsx. */
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream names Excel's password encryption writes ([MS-OFFCRYPTO] 2.3.4), in UTF-16LE. */
const ENCRYPTION_STREAMS = ["EncryptionInfo", "EncryptedPackage"].map((s) =>
  Buffer.from(s, "utf16le")
);

/** The file system calls the loader makes; tests pass failing ones (they run as root). */
export interface FileAccess {
  stat(file: string): Promise<Pick<Stats, "isFile" | "size">>;
  readFile(file: string): Promise<Buffer>;
}

const nodeFiles: FileAccess = { stat, readFile: (file) => readFile(file) };

/** A path shown in a message: at most 120 characters (a name too long to open is longer). */
function shownPath(file: string): string {
  return file.length <= 120 ? file : `${file.slice(0, 60)}…${file.slice(-40)}`;
}

/** Each file-system error a user can fix, as the message that says how (also the rules file's). */
export function fileError(file: string, error: NodeJS.ErrnoException): CliError {
  switch (error.code) {
    case "ENOENT":
    case "ENOTDIR":
      return new CliError({ code: "cli.fileNotFound", params: { file } });
    case "EACCES":
    case "EPERM":
      return new CliError({ code: "cli.noPermission", params: { file } });
    case "ELOOP":
      return new CliError({ code: "cli.symlinkLoop", params: { file } });
    case "ENAMETOOLONG":
      return new CliError({
        code: "cli.nameTooLong",
        params: { file: shownPath(file), length: file.length },
      });
    case "EISDIR":
      return new CliError({ code: "cli.notAFile", params: { file } });
    default:
      return new CliError({
        code: "cli.readError",
        params: { file, detail: error.code ?? error.message },
      });
  }
}

/** Duck-typed: node's fs errors come from another realm under Jest, where `instanceof Error` fails. */
export function isErrno(error: unknown): error is NodeJS.ErrnoException {
  return (
    typeof error === "object" &&
    error !== null &&
    !(error instanceof CliError) &&
    typeof (error as { code?: unknown }).code === "string"
  );
}

/**
 * Opens an .xlsx file for reading (nothing is ever written back). Each way the file can be wrong
 * becomes a {@link CliError} (exit 2, one line) the user can act on: missing, unreadable
 * (permission, symbolic-link loop, name too long), a folder, over 2 GiB, a password-encrypted
 * workbook, an .xls, another kind of file renamed .xlsx, a zip that is not a workbook, a
 * workbook without worksheets.
 *
 * @example const pkg = await openWorkbook("assets/samples/himi-fiscal-outlook.xlsx");
 */
export async function openWorkbook(
  file: string,
  files: FileAccess = nodeFiles
): Promise<XlsxPackage> {
  let bytes: Buffer;
  try {
    const info = await files.stat(file);
    if (!info.isFile()) throw new CliError({ code: "cli.notAFile", params: { file } });
    if (info.size > MAX_FILE_BYTES)
      throw new CliError({
        code: "cli.fileTooLarge",
        params: { file, size: info.size, limit: MAX_FILE_BYTES },
      });
    bytes = await files.readFile(file);
  } catch (error) {
    if (isErrno(error)) throw fileError(file, error);
    throw error;
  }
  if (bytes.subarray(0, 8).equals(OLE_SIGNATURE)) {
    const encrypted = ENCRYPTION_STREAMS.some((name) => bytes.includes(name));
    throw new CliError({ code: encrypted ? "cli.encrypted" : "cli.legacyXls", params: { file } });
  }
  if (!ZIP_SIGNATURES.some((s) => bytes.subarray(0, 4).equals(s)))
    throw new CliError({ code: "cli.notXlsx", params: { file } });
  try {
    return await XlsxPackage.open(bytes);
  } catch (error) {
    throw packageError(file, error);
  }
}

/** A package failure as the message for it; anything else is passed on unchanged. */
function packageError(file: string, error: unknown, sheet = ""): unknown {
  if (!(error instanceof XlsxFormatError)) return error;
  switch (error.reason) {
    case "notWorkbook":
      return new CliError({ code: "cli.notWorkbookZip", params: { file } });
    case "noWorksheets":
      return new CliError({ code: "cli.noWorksheets", params: { file } });
    case "tooManyCells":
      return new CliError({ code: "cli.sheetTooLarge", params: { sheet, limit: MAX_READ_CELLS } });
    default:
      return new CliError({
        code: "cli.unreadableXlsx",
        params: { file, detail: error.detail || error.reason },
      });
  }
}

/**
 * Loads the one sheet the command reads: only the cells inside `box` when a range is given,
 * and at most the five million cells one read may hold.
 *
 * @example const sheet = await loadSheet("a.xlsx", pkg, pkg.sheets[0]!)
 */
export async function loadSheet(
  file: string,
  pkg: XlsxPackage,
  info: SheetInfo,
  box?: RangeBox
): Promise<MemorySheet> {
  try {
    return await pkg.loadSheet(info, { box, maxCells: MAX_READ_CELLS });
  } catch (error) {
    throw packageError(file, error, info.name);
  }
}
