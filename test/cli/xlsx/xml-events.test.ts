import { xmlEvents, type XmlEvent } from "../../../src/cli/xlsx/xml-events";

async function events(pieces: string[]): Promise<XmlEvent[]> {
  async function* source() {
    yield* pieces;
  }
  const out: XmlEvent[] = [];
  for await (const batch of xmlEvents(source())) for (const e of batch) out.push(e);
  return out;
}

/** Adjacent text events joined (a text may arrive in several events). */
function joined(list: XmlEvent[]): XmlEvent[] {
  const out: XmlEvent[] = [];
  for (const e of list) {
    const last = out.at(-1);
    if (e.kind === "text" && last?.kind === "text")
      out[out.length - 1] = { kind: "text", text: last.text + e.text };
    else out.push(e);
  }
  return out;
}

describe("xmlEvents", () => {
  const xml = `<?xml version="1.0"?><x:c r="A1" t='s'><!-- note --><v>1 &lt; 2</v><e/><![CDATA[<raw>]]></x:c>`;
  const expected: XmlEvent[] = [
    { kind: "open", name: "c", attributes: { r: "A1", t: "s" } },
    { kind: "open", name: "v", attributes: {} },
    { kind: "text", text: "1 < 2" },
    { kind: "close", name: "v" },
    { kind: "open", name: "e", attributes: {} },
    { kind: "close", name: "e" },
    { kind: "text", text: "<raw>" },
    { kind: "close", name: "c" },
  ];

  it("reads tags, attributes without prefixes, entities, CDATA; skips comments and declarations", async () => {
    expect(joined(await events([xml]))).toEqual(expected);
  });

  it("gives the same events however the text is cut into pieces", async () => {
    for (let size = 1; size <= 9; size++) {
      const pieces: string[] = [];
      for (let at = 0; at < xml.length; at += size) pieces.push(xml.slice(at, at + size));
      expect(joined(await events(pieces))).toEqual(expected);
    }
  });

  it("refuses a document type declaration", async () => {
    await expect(events(['<!DOCTYPE x [<!ENTITY a "b">]><x/>'])).rejects.toThrow(/document type/);
  });
});
