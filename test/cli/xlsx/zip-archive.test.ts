import JSZip from "jszip";
import { entryText, readZipDirectory, ZipFormatError } from "../../../src/cli/xlsx/zip-archive";

async function text(bytes: Buffer, name: string): Promise<string> {
  const entry = readZipDirectory(bytes).get(name)!;
  let out = "";
  for await (const piece of entryText(bytes, entry)) out += piece;
  return out;
}

describe("readZipDirectory and entryText", () => {
  // 3-byte characters across the 1 MiB pieces: one odd byte first so no piece ends on a character.
  const content = `x${"財政".repeat(400_000)}`;

  it.each(["STORE", "DEFLATE"] as const)(
    "decodes a %s entry whole, characters split across pieces included",
    async (compression) => {
      const zip = new JSZip();
      zip.file("xl/sheet.xml", content);
      const bytes = await zip.generateAsync({ type: "nodebuffer", compression });
      expect(await text(bytes, "xl/sheet.xml")).toBe(content);
    }
  );

  it("refuses bytes that are not a zip archive", () => {
    expect(() => readZipDirectory(Buffer.from("PK\u0003\u0004 but nothing else"))).toThrow(
      ZipFormatError
    );
  });
});
