#!/usr/bin/env node
// Offline manifest check (office-addin-manifest validate needs a Microsoft web service).
// Usage: node scripts/validate-manifest.mjs [manifest.xml] [--production] [--web-root <dir>]
//   no path: checks ./manifest.xml, and dist/manifest.xml (as production: no localhost) if built.
//   --web-root: folder the add-in URLs are served from (default: the manifest's folder).
// Exit 0 with a summary; exit 1 with one line per problem, Japanese then English. A production
// manifest still on the placeholder URL (built without ZAISEI_PROD_URL) gets a warning line.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, relative, resolve } from "node:path";

const require = createRequire(import.meta.url);
const { DEFAULT_PROD_URL, validateManifest } = require("./manifest-tools.cjs");

function parseArgs(argv) {
  const options = { files: [], production: false, webRoot: undefined };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === "--production") options.production = true;
    else if (arg === "--web-root") options.webRoot = argv[(i += 1)];
    else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  return options;
}

function targets(options) {
  if (options.files.length > 0) {
    return options.files.map((file) => ({ file, production: options.production }));
  }
  const list = [{ file: "manifest.xml", production: options.production }];
  if (existsSync("dist/manifest.xml")) list.push({ file: "dist/manifest.xml", production: true });
  return list;
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  let failed = false;
  for (const { file, production } of targets(options)) {
    const label = relative(process.cwd(), resolve(file)) || file;
    if (!existsSync(file)) {
      console.error(`${label}: ファイルがありません / file not found`);
      failed = true;
      continue;
    }
    const webRoot = options.webRoot ?? dirname(resolve(file));
    const xml = readFileSync(file, "utf8");
    const problems = validateManifest(xml, { webRoot, production });
    for (const p of problems) console.error(`${label}: ${p.ja} / ${p.en}`);
    if (production && xml.includes(DEFAULT_PROD_URL)) {
      console.error(
        `${label}: 警告: 本番 URL が未設定です（仮の ${DEFAULT_PROD_URL}）。ZAISEI_PROD_URL を指定して npm run build をやり直してください / warning: production URL not set (placeholder ${DEFAULT_PROD_URL}); set ZAISEI_PROD_URL and run npm run build again`
      );
    }
    if (problems.length === 0) {
      const kind = production ? "本番用 / production" : "開発用 / development";
      console.log(`${label}: 問題なし (${kind}) / OK`);
    }
    failed ||= problems.length > 0;
  }
  process.exitCode = failed ? 1 : 0;
}

main();
