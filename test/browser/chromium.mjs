// Finding and launching Debian's Chromium for the browser scripts (scripts/test-browser.mjs,
// scripts/test-deploy.mjs). playwright-core is imported by the callers, only once Chromium is
// known to be there (it is large, and a missing Chromium must be reported before any build).
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join } from "node:path";

function isExecutableFile(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * CHROMIUM if set, else /usr/bin/chromium, else `chromium` on PATH; `found` says whether it runs.
 * @example const { path, found } = findChromium();
 */
export function findChromium(env = process.env) {
  if (env.CHROMIUM) {
    return { path: env.CHROMIUM, found: isExecutableFile(env.CHROMIUM) };
  }
  const candidates = [
    "/usr/bin/chromium",
    ...(env.PATH ?? "").split(delimiter).flatMap((dir) => (dir ? [join(dir, "chromium")] : [])),
  ];
  const found = candidates.find(isExecutableFile);
  return { path: found ?? "/usr/bin/chromium", found: found !== undefined };
}

/** The one line a script prints when there is no Chromium at `path` (Japanese / English). */
export function chromiumMissingLine(prefix, path) {
  return `${prefix}: Chromium がありません (${path})。apt-get install chromium fonts-noto-cjk でインストールするか、CHROMIUM=/path/to/chromium を指定してください / No Chromium at ${path}: install it with \`apt-get install chromium fonts-noto-cjk\`, or point CHROMIUM=/path/to/chromium at one.`;
}

/**
 * Chromium flags for the tests: headless in a container, and none of Chromium's own calls to
 * Google's hosts (this machine's closed network refuses them, and they are not the add-in's).
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
