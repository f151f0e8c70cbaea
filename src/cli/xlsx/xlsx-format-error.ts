/** Why an archive is not a workbook the CLI can read; the CLI turns each into a message. */
export class XlsxFormatError extends Error {
  constructor(
    readonly reason: "notZip" | "notWorkbook" | "noWorksheets" | "malformed" | "tooManyCells",
    readonly detail = ""
  ) {
    super(`${reason}${detail ? `: ${detail}` : ""}`);
    this.name = "XlsxFormatError";
  }
}
