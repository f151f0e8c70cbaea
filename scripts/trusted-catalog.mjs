#!/usr/bin/env node
// Writes the .reg file that makes a shared folder a trusted add-in catalog for desktop Excel on
// Windows (README, 配備ガイド: 共有フォルダーのカタログ / shared-folder catalog).
//
//   node scripts/trusted-catalog.mjs --share '\\fileserver\zaisei-catalog' [--out file.reg] [--id GUID]
//
// The layout is the one on Microsoft's page "Sideload Office Add-ins for testing from a network
// share" (Configure the trust with a Registry script):
//   [HKEY_CURRENT_USER\Software\Microsoft\Office\16.0\WEF\TrustedCatalogs\{GUID}]
//   "Id"="{GUID}"  "Url"="\\\\server\\share" (every backslash doubled)  "Flags"=dword:00000001
// Flags 1 is the Trust Center's 「メニューに表示する」/ "Show in Menu" box. 16.0 is the registry
// version of Office 2016, 2019, 2021, 2024 and Microsoft 365 alike.
//
// The GUID: Microsoft says any random GUID. Without --id this script derives it from the share
// path (a name-based UUID, version 5 layout), so running it again for the same share writes the
// same key and updates that catalog instead of adding a second one; --id gives one explicitly.
// The file is UTF-16LE with a byte-order mark and CRLF line ends, as regedit writes .reg files,
// so that a Japanese folder name survives. Exit 0 with one line saying what was written; exit 1
// with one line (Japanese / English) and no file when the share path is not a UNC path.
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const CATALOGS_KEY =
  "HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\WEF\\TrustedCatalogs";
export const DEFAULT_OUT = "TrustZaiseiCatalog.reg";
/** Namespace of the name-based catalog ids (fixed: changing it would change every derived id). */
const NAMESPACE = "zaisei-toolkit trusted catalog";
const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

/**
 * Why `share` cannot be a catalog, in Japanese and English, or null when it is a UNC path
 * \\server\share[\folder…] (the network path Microsoft's page asks for).
 * @example shareProblem("C:\\addins") // { ja: "…", en: "…" }
 */
export function shareProblem(share) {
  if (typeof share !== "string" || share.trim() === "") {
    return {
      ja: "共有フォルダーのパスを --share で指定してください（例: \\\\fileserver\\zaisei-catalog）",
      en: "give the shared folder's path with --share (e.g. \\\\fileserver\\zaisei-catalog)",
    };
  }
  // Characters Windows refuses in names, and control characters (a newline would end the value).
  const parts = share.startsWith("\\\\") ? share.slice(2).replace(/\\$/, "").split("\\") : [];
  const bad = (part) => /[<>:"/|?*]/.test(part) || [...part].some((ch) => ch.charCodeAt(0) < 0x20);
  if (parts.length < 2 || parts.some((part) => part.trim() === "" || bad(part))) {
    return {
      ja: `「${share}」は共有フォルダーのネットワーク パス（\\\\サーバー名\\共有名）ではありません`,
      en: `"${share}" is not a network path of a shared folder (\\\\server\\share)`,
    };
  }
  return null;
}

/**
 * A name-based GUID for a share (case-insensitive, like Windows paths), "{xxxxxxxx-…}" in lower case.
 * @example catalogIdFor("\\\\fs01\\catalog") === catalogIdFor("\\\\FS01\\Catalog\\") // true
 */
export function catalogIdFor(share) {
  const name = share.replace(/\\+$/, "").toLowerCase();
  const bytes = createHash("sha1").update(`${NAMESPACE}\n${name}`, "utf8").digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50; // version 5 (name-based, SHA-1)
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.toString("hex");
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}}`;
}

/** A .reg string value: backslashes and quotes escaped, as regedit writes them. */
const regString = (value) => `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

/**
 * The .reg text (CRLF line ends) that trusts `share` as a catalog shown in the menu.
 * @example trustedCatalogReg({ share: "\\\\fs01\\catalog", id: "{01234567-89ab-cdef-0123-456789abcdef}" })
 */
export function trustedCatalogReg({ share, id }) {
  const lines = [
    "Windows Registry Editor Version 5.00",
    "",
    `[${CATALOGS_KEY}\\${id}]`,
    `"Id"=${regString(id)}`,
    `"Url"=${regString(share.replace(/\\+$/, ""))}`,
    `"Flags"=dword:00000001`,
    "",
  ];
  return lines.join("\r\n");
}

/** UTF-16LE with a byte-order mark, the encoding regedit uses for version 5.00 files. */
export function encodeRegFile(text) {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
}

function parseArgs(argv) {
  const options = { share: undefined, out: DEFAULT_OUT, id: undefined };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === "--share") options.share = argv[(i += 1)];
    else if (arg === "--out") options.out = argv[(i += 1)];
    else if (arg === "--id") options.id = argv[(i += 1)];
    else throw new Error(`不明な引数です: ${arg} / unknown argument: ${arg}`);
  }
  return options;
}

function main(argv) {
  const options = parseArgs(argv);
  const problem = shareProblem(options.share);
  if (problem) throw new Error(`${problem.ja} / ${problem.en}`);
  let id = catalogIdFor(options.share);
  if (options.id !== undefined) {
    const match = GUID.exec(options.id);
    if (!match) {
      throw new Error(
        `--id「${options.id}」は GUID ではありません / --id "${options.id}" is not a GUID`
      );
    }
    id = `{${match[1].toLowerCase()}}`;
  }
  if (!options.out)
    throw new Error("--out にファイル名を指定してください / --out needs a file name");
  const out = resolve(options.out);
  writeFileSync(out, encodeRegFile(trustedCatalogReg({ share: options.share, id })));
  console.log(
    `${out}: ${options.share} を信頼できるアドイン カタログ ${id} にする .reg を書きました / wrote the .reg that trusts ${options.share} as add-in catalog ${id}`
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
