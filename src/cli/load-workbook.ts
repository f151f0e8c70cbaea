import { readFile, stat } from "node:fs/promises";
import { MemoryWorkbook } from "../workbook/memory/MemoryWorkbook";
import { WorkbookError } from "../workbook/port";
import { CliError } from "./cli-error";

/** Every .xlsx is a zip archive; a zip starts with the local file header "PK\x03\x04". */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/**
 * Loads an .xlsx file into a {@link MemoryWorkbook} (read only: nothing is ever written back).
 * Each way the file can be wrong becomes a {@link CliError} the user can act on: missing,
 * a folder, not a zip (a CSV or text file renamed .xlsx), or a zip exceljs cannot read.
 *
 * @example const port = await loadWorkbook("assets/samples/himi-fiscal-outlook.xlsx");
 */
export async function loadWorkbook(file: string): Promise<MemoryWorkbook> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT" || error.code === "ENOTDIR")
      throw new CliError({ code: "cli.fileNotFound", params: { file } });
    throw error;
  });
  if (!info.isFile()) throw new CliError({ code: "cli.notAFile", params: { file } });
  const bytes = await readFile(file);
  if (!ZIP_SIGNATURE.every((b, i) => bytes[i] === b))
    throw new CliError({ code: "cli.notXlsx", params: { file } });
  try {
    return await MemoryWorkbook.fromXlsx(
      new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    );
  } catch (error) {
    // A zip that is not a workbook (a .docx, a damaged file): exceljs's own words are the detail.
    const detail =
      error instanceof WorkbookError
        ? (error.params.detail ?? error.code)
        : error instanceof Error
          ? error.message
          : String(error);
    throw new CliError({ code: "cli.unreadableXlsx", params: { file, detail: String(detail) } });
  }
}
