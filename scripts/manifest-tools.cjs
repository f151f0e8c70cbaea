// Shared helpers for the XML add-in manifest: the production URL rewrite used by webpack and the
// offline consistency check used by `npm run validate` (office-addin-manifest validate posts the
// manifest to a Microsoft web service and fails offline). CommonJS so that webpack.config.js,
// the ESM scripts and the jest tests can all load it without a loader.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { parseXml, allElements } = require("./xml-tree.cjs");

/** Origin every add-in URL uses in the checked-in manifest (webpack-dev-server, package.json config). */
const DEV_URL = "https://localhost:3000/";
/**
 * Placeholder used when neither --env prodUrl nor ZAISEI_PROD_URL is given: `.invalid` never
 * resolves (RFC 2606), and the name says what is missing, so it cannot pass for a real host.
 */
const DEFAULT_PROD_URL = "https://production-url-not-set.invalid/";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NAMESPACE = "ZAISEI";

/**
 * The production base URL: `--env prodUrl=…` wins over ZAISEI_PROD_URL, else the placeholder.
 * @example resolveProdUrl({ prodUrl: "https://a.jp/x" }, {}) // "https://a.jp/x/"
 */
function resolveProdUrl(webpackEnv = {}, processEnv = process.env) {
  const raw = webpackEnv.prodUrl || processEnv.ZAISEI_PROD_URL || DEFAULT_PROD_URL;
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error(`Production URL must use https: ${raw}`);
  if (url.search || url.hash)
    throw new Error(`Production URL must not have a query or hash: ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * Whether a production build has no real URL (neither --env prodUrl nor ZAISEI_PROD_URL).
 * @example prodUrlIsPlaceholder({}, {}) // true
 */
function prodUrlIsPlaceholder(webpackEnv = {}, processEnv = process.env) {
  return resolveProdUrl(webpackEnv, processEnv) === DEFAULT_PROD_URL;
}

/**
 * Replaces EVERY dev URL with the production URL (the Office template replaced only the first).
 * A bare origin (AppDomain) becomes the production origin.
 * @example toProductionManifest('<a b="https://localhost:3000/x"/>', "https://p.jp/") // '<a b="https://p.jp/x"/>'
 */
function toProductionManifest(xml, prodUrl) {
  const base = resolveProdUrl({ prodUrl }, {});
  const devOrigin = DEV_URL.slice(0, -1);
  return xml.split(DEV_URL).join(base).split(devOrigin).join(new URL(base).origin);
}

/**
 * Width and height from a PNG's IHDR chunk, or undefined when the file is not a PNG.
 * @example readPngSize("assets/icon-16.png") // { width: 16, height: 16 }
 */
function readPngSize(file) {
  const head = Buffer.alloc(24);
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, head, 0, 24, 0);
  } finally {
    fs.closeSync(fd);
  }
  const signature = "89504e470d0a1a0a";
  if (
    head.subarray(0, 8).toString("hex") !== signature ||
    head.toString("ascii", 12, 16) !== "IHDR"
  ) {
    return undefined;
  }
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

const problem = (ja, en) => ({ ja, en });
const byName = (root, name) => allElements(root).filter((e) => e.name === name);
const firstText = (root, name) => byName(root, name)[0]?.text.trim();
const enOverride = (e) =>
  e.children.some(
    (c) => /(^|:)Override$/.test(c.name) && c.attrs.Locale?.toLowerCase() === "en-us"
  );

/** Every place the manifest names a URL, with what it is for. */
function collectUrls(root) {
  const urls = [];
  for (const e of allElements(root)) {
    const isUrlElement =
      /^(IconUrl|HighResolutionIconUrl|SupportUrl|SourceLocation|bt:Image|bt:Url)$/.test(e.name);
    if (isUrlElement && e.attrs.DefaultValue !== undefined) {
      urls.push({ where: e.attrs.id ?? e.name, value: e.attrs.DefaultValue });
      for (const o of e.children.filter((c) => /Override$/.test(c.name))) {
        urls.push({
          where: `${e.attrs.id ?? e.name} (${o.attrs.Locale})`,
          value: o.attrs.Value ?? "",
        });
      }
    }
    if (e.name === "AppDomain") urls.push({ where: "AppDomain", value: e.text.trim() });
  }
  return urls;
}

function checkResources(root, problems) {
  const defined = new Map();
  for (const e of allElements(root).filter(
    (x) => /^bt:(Image|Url|String)$/.test(x.name) && x.attrs.id
  )) {
    defined.set(e.attrs.id, [...(defined.get(e.attrs.id) ?? []), e]);
  }
  const used = new Set(allElements(root).flatMap((e) => (e.attrs.resid ? [e.attrs.resid] : [])));
  for (const id of used) {
    const count = defined.get(id)?.length ?? 0;
    if (count !== 1) {
      problems.push(
        problem(
          `resid "${id}" の定義が ${count} 個あります（ちょうど 1 個必要）`,
          `resid "${id}" is defined ${count} times (exactly once required)`
        )
      );
    }
  }
  for (const id of defined.keys()) {
    if (!used.has(id))
      problems.push(
        problem(`リソース "${id}" はどこからも使われていません`, `resource "${id}" is never used`)
      );
    if (id.length > 32)
      problems.push(
        problem(
          `resid "${id}" が 32 文字を超えています`,
          `resid "${id}" is longer than 32 characters`
        )
      );
  }
  for (const e of byName(root, "bt:String")) {
    if (!enOverride(e))
      problems.push(
        problem(
          `文字列 "${e.attrs.id}" に en-us の Override がありません`,
          `string "${e.attrs.id}" has no en-us Override`
        )
      );
    const limit = allElements(root).some(
      (p) => p.name === "bt:LongStrings" && p.children.includes(e)
    )
      ? 250
      : 125;
    for (const value of [
      e.attrs.DefaultValue ?? "",
      ...e.children.map((c) => c.attrs.Value ?? ""),
    ]) {
      if (value.length > limit)
        problems.push(
          problem(
            `文字列 "${e.attrs.id}" が ${limit} 文字を超えています`,
            `string "${e.attrs.id}" is longer than ${limit} characters`
          )
        );
    }
  }
  return defined;
}

function checkUrls(root, { production }, problems) {
  const urls = collectUrls(root);
  const origins = new Set();
  for (const { where, value } of urls) {
    let url;
    try {
      url = new URL(value);
    } catch {
      problems.push(
        problem(`${where}: URL として読めません: ${value}`, `${where}: not a URL: ${value}`)
      );
      continue;
    }
    if (url.protocol !== "https:")
      problems.push(
        problem(`${where}: https ではありません: ${value}`, `${where}: not https: ${value}`)
      );
    origins.add(url.origin);
    if (production && /^(localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname)) {
      problems.push(
        problem(
          `${where}: 本番用マニフェストに開発用 URL が残っています（npm run build で作り直してください）: ${value}`,
          `${where}: development URL left in the production manifest (rebuild with npm run build): ${value}`
        )
      );
    }
  }
  if (origins.size > 1) {
    problems.push(
      problem(
        `アドインの URL のオリジンが 1 つではありません: ${[...origins].join(", ")}`,
        `add-in URLs do not share one origin: ${[...origins].join(", ")}`
      )
    );
  }
  return urls;
}

function checkIcons(root, defined, { webRoot }, problems) {
  const page = byName(root, "SourceLocation").find((e) => e.attrs.DefaultValue)?.attrs.DefaultValue;
  if (!page || !webRoot) return;
  const base = new URL(".", page).href;
  const expected = [
    ...byName(root, "IconUrl").map((e) => ({ url: e.attrs.DefaultValue, size: 32 })),
    ...byName(root, "HighResolutionIconUrl").map((e) => ({ url: e.attrs.DefaultValue, size: 64 })),
    ...byName(root, "bt:Image")
      .filter((e) => e.attrs.resid && e.attrs.size)
      .map((e) => ({
        url: defined.get(e.attrs.resid)?.[0]?.attrs.DefaultValue,
        size: Number(e.attrs.size),
      })),
  ];
  for (const { url, size } of expected) {
    if (!url || !url.startsWith(base)) continue;
    const file = path.join(webRoot, ...url.slice(base.length).split("/"));
    if (!fs.existsSync(file)) {
      problems.push(
        problem(`アイコンのファイルがありません: ${file}`, `icon file is missing: ${file}`)
      );
      continue;
    }
    const actual = readPngSize(file);
    if (!actual || actual.width !== size || actual.height !== size) {
      const got = actual ? `${actual.width}x${actual.height}` : "not a PNG";
      problems.push(
        problem(
          `アイコン ${file} は ${size}x${size} の PNG である必要があります（実際: ${got}）`,
          `icon ${file} must be a ${size}x${size} PNG (found ${got})`
        )
      );
    }
  }
}

function checkFunctions(root, defined, problems) {
  const metadataResid = byName(root, "Metadata")[0]?.children[0]?.attrs.resid;
  const metadata = defined.get(metadataResid ?? "")?.[0];
  if (!metadata || !/\/functions\.json$/.test(metadata.attrs.DefaultValue ?? "")) {
    problems.push(
      problem(
        "関数メタデータの URL が functions.json を指していません",
        "the function metadata URL does not point to functions.json"
      )
    );
  }
  const ja = metadata?.children.find((c) => c.attrs.Locale?.toLowerCase() === "ja-jp");
  if (!ja || !/\/functions-ja\.json$/.test(ja.attrs.Value ?? "")) {
    problems.push(
      problem(
        "関数メタデータの URL に functions-ja.json を指す ja-jp の Override がありません",
        "the function metadata URL has no ja-jp Override pointing to functions-ja.json"
      )
    );
  }
  const namespace = defined.get(byName(root, "Namespace")[0]?.attrs.resid ?? "")?.[0];
  const values = namespace
    ? [namespace.attrs.DefaultValue, ...namespace.children.map((c) => c.attrs.Value)]
    : [];
  if (values.length === 0 || values.some((v) => v !== NAMESPACE) || NAMESPACE.length > 32) {
    problems.push(
      problem(
        `関数の名前空間は ${NAMESPACE}（32 文字以内）である必要があります`,
        `the function namespace must be ${NAMESPACE} (at most 32 characters)`
      )
    );
  }
  // Microsoft: the shared runtime does not load if these resids differ.
  const shared = [
    byName(root, "Runtime")[0],
    byName(root, "Page")[0]?.children[0],
    byName(root, "FunctionFile")[0],
  ];
  if (shared.some((e) => !e) || new Set(shared.map((e) => e?.attrs.resid)).size !== 1) {
    problems.push(
      problem(
        "Runtime・Page・FunctionFile が同じ resid を使っていません（共有ランタイムが読み込まれません）",
        "Runtime, Page and FunctionFile do not use the same resid (the shared runtime will not load)"
      )
    );
  }
}

const localName = (name) => name.slice(name.indexOf(":") + 1);

/** "Name MinVersion" of every Set under a <Requirements> element (its <Sets>' default applied). */
function requirementSets(requirements) {
  return requirements.children
    .filter((e) => localName(e.name) === "Sets")
    .flatMap((sets) =>
      sets.children
        .filter((e) => localName(e.name) === "Set")
        .map(
          (e) => `${e.attrs.Name} ${e.attrs.MinVersion ?? sets.attrs.DefaultMinVersion ?? "1.1"}`
        )
    )
    .sort();
}

/** The sets the base manifest must ask (the add-in activates wherever Excel can read and keep settings). */
const BASE_REQUIREMENTS = ["ExcelApi 1.4"];
/** The sets the VersionOverrides must ask: without them Office uses the base manifest (no custom functions). */
const OVERRIDE_REQUIREMENTS = ["CustomFunctionsRuntime 1.1", "SharedRuntime 1.1"];

/**
 * Base <Requirements> exactly ExcelApi 1.4, and a <Requirements> first in <VersionOverrides> with
 * exactly SharedRuntime 1.1 and CustomFunctionsRuntime 1.1 (Microsoft, "Requirements element":
 * unmet base requirements keep the add-in from activating at all; unmet VersionOverrides
 * requirements only drop what the VersionOverrides' Hosts add, the ribbon and custom functions).
 */
function checkRequirements(root, problems) {
  const expectSets = (where, requirements, wanted) => {
    const found = requirements ? requirementSets(requirements) : [];
    if (found.join(", ") !== wanted.join(", "))
      problems.push(
        problem(
          `${where}の要件は ${wanted.join(", ")} だけにしてください（今は ${found.join(", ") || "なし"}）`,
          `${where === "基本マニフェスト" ? "the base manifest's" : "the VersionOverrides'"} requirements must be exactly ${wanted.join(", ")} (found: ${found.join(", ") || "none"})`
        )
      );
  };
  expectSets(
    "基本マニフェスト",
    root.children.find((e) => e.name === "Requirements"),
    BASE_REQUIREMENTS
  );
  const overrides = root.children.find((e) => e.name === "VersionOverrides");
  const inOverrides = overrides?.children.find((e) => localName(e.name) === "Requirements");
  expectSets("VersionOverrides ", inOverrides, OVERRIDE_REQUIREMENTS);
  // The schema's order: Description?, Requirements?, Hosts, Resources …
  const order = (overrides?.children ?? []).map((e) => localName(e.name));
  if (inOverrides && order.indexOf("Requirements") > order.indexOf("Hosts"))
    problems.push(
      problem(
        "VersionOverrides の Requirements は Hosts より前に置いてください",
        "the VersionOverrides' Requirements must come before its Hosts"
      )
    );
}

/**
 * Checks a manifest offline; returns one {ja, en} problem per finding (empty when consistent).
 * `webRoot` is the folder the add-in URLs are served from (for icon files); `production` forbids localhost.
 * @example validateManifest(fs.readFileSync("manifest.xml", "utf8"), { webRoot: "." }) // []
 */
function validateManifest(xml, { webRoot, production = false } = {}) {
  let root;
  try {
    ({ root } = parseXml(xml));
  } catch (error) {
    return [
      problem(
        `XML として正しくありません: ${error.message}`,
        `not well-formed XML: ${error.message}`
      ),
    ];
  }
  const problems = [];
  if (root.name !== "OfficeApp" || root.attrs["xsi:type"] !== "TaskPaneApp") {
    problems.push(
      problem(
        "ルート要素が OfficeApp (TaskPaneApp) ではありません",
        "the root element is not OfficeApp (TaskPaneApp)"
      )
    );
  }
  if (!GUID.test(firstText(root, "Id") ?? ""))
    problems.push(
      problem(
        `Id が GUID ではありません: ${firstText(root, "Id")}`,
        `Id is not a GUID: ${firstText(root, "Id")}`
      )
    );
  if (firstText(root, "DefaultLocale") !== "ja-JP")
    problems.push(
      problem("DefaultLocale は ja-JP である必要があります", "DefaultLocale must be ja-JP")
    );
  if (firstText(root, "Permissions") !== "ReadWriteDocument")
    problems.push(
      problem(
        "Permissions は ReadWriteDocument である必要があります（Excel API は読み取りだけでもこれが必要）",
        "Permissions must be ReadWriteDocument (the Excel API needs it even to read)"
      )
    );
  for (const name of ["DisplayName", "Description"]) {
    const e = byName(root, name)[0];
    if (!e || !enOverride(e))
      problems.push(
        problem(`${name} に en-us の Override がありません`, `${name} has no en-us Override`)
      );
  }
  checkRequirements(root, problems);
  const defined = checkResources(root, problems);
  checkUrls(root, { production }, problems);
  checkIcons(root, defined, { webRoot }, problems);
  checkFunctions(root, defined, problems);
  return problems;
}

module.exports = {
  DEV_URL,
  DEFAULT_PROD_URL,
  resolveProdUrl,
  prodUrlIsPlaceholder,
  toProductionManifest,
  readPngSize,
  validateManifest,
};
