// A small strict XML reader for the add-in manifest: it rejects what is not well-formed XML 1.0
// (unclosed or crossed tags, duplicate or unquoted attributes, "--" inside comments, unknown
// entities, text outside the root) and returns a plain element tree. Written here because no XML
// schema or parser is a direct dependency, and the manifest must be checked offline.
"use strict";

const NAME = /^[A-Za-z_:][-A-Za-z0-9._:\u00B7\u00C0-\uFFFF]*/;
const ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

class XmlError extends Error {
  constructor(message, line, column) {
    super(`${message} (line ${line}, column ${column})`);
    this.name = "XmlError";
    this.reason = message;
    this.line = line;
    this.column = column;
  }
}

function decodeEntities(raw, fail) {
  return raw.replace(/&([^;&<]*);|&/g, (match, body) => {
    if (body === undefined) return fail(`"&" must start an entity reference`);
    if (body in ENTITIES) return ENTITIES[body];
    const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(body);
    if (!numeric) return fail(`unknown entity &${body};`);
    return String.fromCodePoint(numeric[1] ? parseInt(numeric[1], 16) : Number(numeric[2]));
  });
}

/**
 * Parses an XML document strictly; throws XmlError (with line and column) when it is not well-formed.
 * @example parseXml('<a x="1"><b/>hi</a>').root.children[0].name // "b"
 */
function parseXml(text) {
  let pos = 0;
  const fail = (message, at = pos) => {
    const before = text.slice(0, at).split("\n");
    throw new XmlError(message, before.length, before[before.length - 1].length + 1);
  };
  const expect = (literal) => {
    if (!text.startsWith(literal, pos)) fail(`expected "${literal}"`);
    pos += literal.length;
  };
  const readName = () => {
    const match = NAME.exec(text.slice(pos, pos + 200));
    if (!match) fail("expected a name");
    pos += match[0].length;
    return match[0];
  };
  const skipSpace = () => {
    while (pos < text.length && " \t\r\n".includes(text[pos])) pos += 1;
  };
  const readComment = () => {
    const end = text.indexOf("-->", pos + 4);
    if (end < 0) fail("unterminated comment");
    if (text.slice(pos + 4, end).includes("--")) fail('"--" is not allowed inside a comment');
    pos = end + 3;
  };
  const readPi = (allowDeclaration) => {
    const end = text.indexOf("?>", pos);
    if (end < 0) fail("unterminated processing instruction");
    if (/^<\?xml[\s?]/i.test(text.slice(pos, pos + 6)) && !allowDeclaration) {
      fail("the XML declaration must be the very first thing in the document");
    }
    pos = end + 2;
  };
  const readMisc = () => {
    for (;;) {
      skipSpace();
      if (text.startsWith("<!--", pos)) readComment();
      else if (text.startsWith("<?", pos)) readPi(false);
      else return;
    }
  };

  const readElement = () => {
    const start = pos;
    expect("<");
    const name = readName();
    const line = text.slice(0, start).split("\n").length;
    const attrs = {};
    for (;;) {
      const hadSpace = /\s/.test(text[pos] ?? "");
      skipSpace();
      if (text.startsWith("/>", pos)) {
        pos += 2;
        return { name, attrs, children: [], text: "", line };
      }
      if (text[pos] === ">") break;
      if (!hadSpace) fail("attributes must be separated by white space");
      const attrAt = pos;
      const attr = readName();
      if (attr in attrs) fail(`duplicate attribute "${attr}"`, attrAt);
      skipSpace();
      expect("=");
      skipSpace();
      const quote = text[pos];
      if (quote !== '"' && quote !== "'") fail("attribute values must be quoted");
      const end = text.indexOf(quote, pos + 1);
      if (end < 0) fail("unterminated attribute value");
      const raw = text.slice(pos + 1, end);
      if (raw.includes("<")) fail('"<" is not allowed in an attribute value');
      attrs[attr] = decodeEntities(raw, (m) => fail(m));
      pos = end + 1;
    }
    pos += 1;
    const element = { name, attrs, children: [], text: "", line };
    for (;;) {
      if (pos >= text.length) fail(`element <${name}> is not closed`, start);
      if (text.startsWith("</", pos)) {
        pos += 2;
        const closing = readName();
        if (closing !== name) fail(`</${closing}> does not close <${name}> (line ${line})`);
        skipSpace();
        expect(">");
        return element;
      }
      if (text.startsWith("<!--", pos)) readComment();
      else if (text.startsWith("<![CDATA[", pos)) {
        const end = text.indexOf("]]>", pos);
        if (end < 0) fail("unterminated CDATA section");
        element.text += text.slice(pos + 9, end);
        pos = end + 3;
      } else if (text.startsWith("<?", pos)) readPi(false);
      else if (text.startsWith("<!", pos))
        fail("DOCTYPE and other declarations are not allowed here");
      else if (text[pos] === "<") element.children.push(readElement());
      else {
        const next = text.indexOf("<", pos);
        const raw = text.slice(pos, next < 0 ? text.length : next);
        if (raw.includes("]]>")) fail('"]]>" is not allowed in text');
        element.text += decodeEntities(raw, (m) => fail(m));
        pos += raw.length;
      }
    }
  };

  if (text.charCodeAt(0) === 0xfeff) pos = 1;
  if (text.startsWith("<?xml", pos)) readPi(true);
  readMisc();
  if (text.startsWith("<!DOCTYPE", pos)) fail("a DOCTYPE is not expected in a manifest");
  if (text[pos] !== "<") fail("expected the root element");
  const root = readElement();
  readMisc();
  if (pos < text.length) fail("only comments may follow the root element");
  return { root };
}

/** Depth-first list of every element below (and including) `element`. */
function allElements(element) {
  return [element, ...element.children.flatMap(allElements)];
}

module.exports = { parseXml, allElements, XmlError };
