import { xmlTree } from "./tools";

const { parseXml, allElements } = xmlTree;

describe("parseXml", () => {
  it("reads elements, attributes, entities and text", () => {
    const { root } = parseXml(
      '<?xml version="1.0"?>\n<!-- c --><a x="1 &amp; 2"><b y=\'&#x41;\'/>t&lt;<![CDATA[<raw>]]></a>\n'
    );
    expect(root.name).toBe("a");
    expect(root.attrs.x).toBe("1 & 2");
    expect(root.children[0]?.attrs.y).toBe("A");
    expect(root.text).toBe("t<<raw>");
    expect(allElements(root).map((e) => e.name)).toEqual(["a", "b"]);
  });

  it.each([
    // [document, reason] — each breaks one well-formedness rule of XML 1.0
    ["<a><b></a>", "</a> does not close <b>"],
    ["<a>", "is not closed"],
    ['<a x="1" x="2"/>', 'duplicate attribute "x"'],
    ["<a x=1/>", "attribute values must be quoted"],
    ['<a x="1"y="2"/>', "separated by white space"],
    ["<a>&nbsp;</a>", "unknown entity &nbsp;"],
    ["<a>R&D</a>", '"&" must start an entity reference'],
    ["<a><!-- x -- y --></a>", '"--" is not allowed inside a comment'],
    ["<a/><b/>", "only comments may follow the root element"],
    ['\n<?xml version="1.0"?><a/>', "XML declaration must be the very first thing"],
    ['<a x="<"/>', '"<" is not allowed in an attribute value'],
  ])("rejects %s", (text, reason) => {
    expect(() => parseXml(text)).toThrow(reason);
  });

  it("tells the line of the problem", () => {
    expect(() => parseXml("<a>\n<b>\n</a>")).toThrow(/line 3/);
  });
});
