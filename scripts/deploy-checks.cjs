// Readers shared by scripts/test-deploy.mjs and the jest tests of the deployment files: the
// README's deployment section (its header table and its commands), the nginx example's MIME
// types and editable lines, and the IIS web.config's MIME map. CommonJS so that the ESM script
// and ts-jest can both load it without a loader.
"use strict";

const { parseXml, allElements } = require("./xml-tree.cjs");

/** The README section this repository's deployment guide lives in (up to the next "## "). */
const SECTION_HEADING = "## 配備ガイド（情報システム担当向け）/ Deployment guide for IT";

/** The section's Japanese and English steps (the caps helper's subsection follows them). */
const JA_HEADING = "### 配備の手順（日本語）";
const EN_HEADING = "### Deployment steps (English)";

/**
 * The text a fenced block's preceding line carries when its commands run on the municipality's
 * own servers (Windows, IIS, the file server, the production nginx) and so cannot run here.
 */
const SERVER_ONLY_MARKS = ["自治体のサーバーで実行", "on the municipality's own servers"];

/** Fenced-block languages that hold commands (others hold configuration or file contents). */
const COMMAND_LANGUAGES = new Set(["sh", "bash", "shell", "console", "powershell", "ps1", "cmd"]);

/** The names the five editable lines of deploy/nginx/zaisei-toolkit.conf set, in file order. */
const NGINX_EDITABLE = ["listen", "server_name", "ssl_certificate", "ssl_certificate_key", "root"];
const EDIT_MARK = "# 編集 / EDIT";

/**
 * The deployment section of the README, heading included; throws when it is missing.
 * @example deploymentSection(readme).startsWith("## 配備ガイド") // true
 */
function deploymentSection(readme) {
  const start = readme.indexOf(`\n${SECTION_HEADING}\n`);
  if (start < 0) throw new Error(`README has no "${SECTION_HEADING}" section`);
  const next = readme.indexOf("\n## ", start + 1);
  return readme.slice(start + 1, next < 0 ? undefined : next + 1);
}

/**
 * The Japanese and the English steps of the section: [ja, en], each from its "### " heading to
 * the next "### " heading.
 */
function splitLanguages(section) {
  const part = (heading) => {
    const start = section.indexOf(`\n${heading}\n`);
    if (start < 0) throw new Error(`deployment section has no "${heading}"`);
    const next = section.indexOf("\n### ", start + 1);
    return section.slice(start + 1, next < 0 ? undefined : next + 1);
  };
  return [part(JA_HEADING), part(EN_HEADING)];
}

/**
 * Every fenced block: its language, its lines, and the nearest non-empty line before it.
 * @example fencedBlocks("run:\n```sh\nnpm test\n```\n") // [{ lang: "sh", lines: ["npm test"], before: "run:" }]
 */
function fencedBlocks(markdown) {
  const lines = markdown.split("\n");
  const blocks = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^(\s*)```(\S*)\s*$/.exec(lines[i]);
    if (!open) continue;
    let end = i + 1;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end])) end += 1;
    let b = i - 1;
    while (b >= 0 && lines[b].trim() === "") b -= 1;
    blocks.push({
      lang: open[2],
      lines: lines.slice(i + 1, end).map((line) => line.slice(open[1].length)),
      before: b >= 0 ? lines[b].trim() : "",
      line: i + 1,
    });
    i = end;
  }
  return blocks;
}

/** Whether a block's commands run on the municipality's own servers (see SERVER_ONLY_MARKS). */
const isServerOnly = (block) => SERVER_ONLY_MARKS.some((mark) => block.before.includes(mark));

/**
 * The commands of the section that can run here: every non-comment line of each command block
 * not marked as the municipality's; and the marked blocks, for listing.
 */
function sectionCommands(section) {
  const blocks = fencedBlocks(section).filter((block) => COMMAND_LANGUAGES.has(block.lang));
  const commandsOf = (block) =>
    block.lines.map((line) => line.trim()).filter((line) => line && !line.startsWith("#"));
  return {
    runnable: blocks.filter((b) => !isServerOnly(b)).flatMap(commandsOf),
    serverOnly: blocks.filter(isServerOnly).flatMap(commandsOf),
    unmarkedLanguages: fencedBlocks(section)
      .filter(
        (b) => !COMMAND_LANGUAGES.has(b.lang) && !["nginx", "xml", "text", "reg"].includes(b.lang)
      )
      .map((b) => `${b.lang || "(none)"} at line ${b.line}`),
  };
}

const unquote = (cell) => cell.trim().replace(/^`(.*)`$/, "$1");

/**
 * The README's header tables (| files | Content-Type | Cache-Control |), each as rows
 * { files, contentType, cacheControl } with backticks removed, in order of appearance.
 */
function headerTables(section) {
  const tables = [];
  const lines = section.split("\n");
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const head = lines[i].split("|").slice(1, -1).map(unquote);
    if (head[1] !== "Content-Type" || head[2] !== "Cache-Control") continue;
    const rows = [];
    for (let j = i + 2; j < lines.length && lines[j].trim().startsWith("|"); j += 1) {
      const cells = lines[j].split("|").slice(1, -1).map(unquote);
      rows.push({ files: cells[0], contentType: cells[1], cacheControl: cells[2] });
    }
    tables.push(rows);
  }
  return tables;
}

/**
 * Whether a path below dist/ ("chunks/1.abcd1234.js") is one of a table row's `files`: a pattern
 * "*.ext" (any folder) or "folder/*.ext" (that folder only). The first matching row applies.
 * @example filesMatch("chunks/*.js", "chunks/1.abcd1234.js") // true
 */
function filesMatch(files, path) {
  const pattern = /^(?:([^*]+)\/)?\*(\.[a-z0-9]+)$/.exec(files);
  if (!pattern) throw new Error(`README table: cannot read the file pattern "${files}"`);
  const [, folder, ext] = pattern;
  if (!path.toLowerCase().endsWith(ext)) return false;
  return folder === undefined || path.startsWith(`${folder}/`);
}

/** The row of the header table that serves `path`, or undefined. */
const rowFor = (rows, path) => rows.find((row) => filesMatch(row.files, path));

/** ".js" from "*.js" or "chunks/*.js". */
const extensionOf = (files) => files.slice(files.lastIndexOf("*") + 1);

/**
 * The nginx example's `types { }` block as { ".js": "text/javascript", … } and its charset_types.
 */
function nginxTypes(conf) {
  const block = /^\s*types\s*\{([^}]*)\}/m.exec(conf);
  if (!block) throw new Error("nginx conf has no types { } block");
  const types = {};
  for (const entry of block[1].split(";")) {
    const words = entry.replace(/#.*$/gm, "").trim().split(/\s+/).filter(Boolean);
    const [type, ...extensions] = words;
    for (const ext of extensions) types[`.${ext}`] = type;
  }
  const charset = /^\s*charset_types\s+([^;]+);/m.exec(conf);
  return { types, charsetTypes: charset ? charset[1].trim().split(/\s+/) : [] };
}

/**
 * The nginx example with its editable lines set: `values` maps each of NGINX_EDITABLE to the
 * directive's new value. Throws unless exactly those five lines carry the edit mark.
 * @example withEditedLines(conf, { listen: "127.0.0.1:8443 ssl", server_name: "zaisei.test", … })
 */
function withEditedLines(conf, values) {
  const lines = conf.split("\n");
  const edited = [];
  const out = lines.map((line) => {
    // The mark after a directive; the file's own comments mention it too.
    if (!line.includes(EDIT_MARK) || line.trim().startsWith("#")) return line;
    const directive = /^(\s*)([a-z_]+)\s+[^;]*;/.exec(line);
    if (!directive || !(directive[2] in values)) {
      throw new Error(`nginx conf: unexpected editable line: ${line.trim()}`);
    }
    edited.push(directive[2]);
    return `${directive[1]}${directive[2]} ${values[directive[2]]};`;
  });
  if (edited.join(",") !== NGINX_EDITABLE.join(",")) {
    throw new Error(
      `nginx conf: editable lines are ${edited.join(", ")}, not ${NGINX_EDITABLE.join(", ")}`
    );
  }
  return out.join("\n");
}

/** The element tree of web.config (throws XmlError when it is not well-formed). */
function webConfigTree(xml) {
  return parseXml(xml).root;
}

/**
 * web.config's site-wide MIME map { ".js": "text/javascript; charset=utf-8", … } and the
 * extensions that are removed before being mapped (IIS refuses a duplicate mapping).
 */
function iisMimeMap(xml) {
  const root = webConfigTree(xml);
  const site = root.children.find((c) => c.name === "system.webServer");
  const staticContent = site?.children.find((c) => c.name === "staticContent");
  if (!staticContent) throw new Error("web.config has no system.webServer/staticContent");
  const map = {};
  const removedFirst = new Set();
  const removed = new Set();
  for (const child of staticContent.children) {
    const ext = (child.attrs.fileExtension ?? "").toLowerCase();
    if (child.name === "remove") removed.add(ext);
    if (child.name === "mimeMap") {
      map[ext] = child.attrs.mimeType;
      if (removed.has(ext)) removedFirst.add(ext);
    }
  }
  return { map, removedFirst, root, allElements: () => allElements(root) };
}

module.exports = {
  SECTION_HEADING,
  JA_HEADING,
  EN_HEADING,
  SERVER_ONLY_MARKS,
  NGINX_EDITABLE,
  EDIT_MARK,
  deploymentSection,
  splitLanguages,
  fencedBlocks,
  sectionCommands,
  headerTables,
  filesMatch,
  rowFor,
  extensionOf,
  nginxTypes,
  withEditedLines,
  webConfigTree,
  iisMimeMap,
};
