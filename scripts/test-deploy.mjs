#!/usr/bin/env node
// Deployment test: follows the README's deployment guide (配備ガイド) where it can run here.
//
//   node scripts/test-deploy.mjs            (npm run test:deploy)
//
// 1. Reads the README's deployment section: every command in it is one of README_COMMANDS below
//    (verbatim) or sits in a block marked as running on the municipality's own servers; the
//    Japanese and English header tables are the same table.
// 2. Runs README_COMMANDS as the README gives them, with the README's example host
//    zaisei.example.lg.jp replaced by zaisei.test (port 8443): the closed-network build into
//    dist/, npm run validate, the trial certificate with openssl, the shared-folder .reg.
// 3. Checks dist/: the production URL everywhere in the manifest, no page naming another host,
//    every file's extension in the README's table, in the nginx example and in web.config.
// 4. Serves dist/ with REAL nginx (Debian nginx-light) using deploy/nginx/zaisei-toolkit.conf
//    with only its five "# 編集 / EDIT" lines set (port 8443 on 127.0.0.1, host zaisei.test, the
//    certificate, dist/), as the current user, with pid, logs and temp files in a temp folder.
// 5. Asks it for files over HTTPS (the certificate verified for zaisei.test) and checks status,
//    bytes, Content-Type and Cache-Control as the README's table says, nosniff, no
//    X-Frame-Options, and CORS on functions*.json for Office's origins only.
// 6. Opens https://zaisei.test:8443/taskpane.html in Debian Chromium (playwright-core; the name
//    mapped to 127.0.0.1 and every other name unresolvable; the certificate trusted by its key),
//    waits for the pane, opens a sample workbook, waits past office.js's 3-second telemetry
//    timer, and fails on ANY request to another origin (every request of every frame, worker and
//    service worker is recorded, failed ones included), any failed request, any console error.
//
// dist/ is left holding this test build (URL https://zaisei.test:8443/): build again with your
// own URL before copying it anywhere. Without Chromium, nginx or openssl it prints one line on
// how to get them and exits 1 before building. The last line is "deploy: passed" or
// "deploy: FAILED: …"; the exit code is 0 or 1.
import { spawn, spawnSync } from "node:child_process";
import { createHash, X509Certificate } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { request } from "node:https";
import { createConnection } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { delimiter, dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { CHROMIUM_ARGS, chromiumMissingLine, findChromium } from "../test/browser/chromium.mjs";

const require = createRequire(import.meta.url);
const checks = require("./deploy-checks.cjs");

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const shots = join(root, "test-results", "deploy");

/** The README's example host and URL, and what this test uses instead. */
const README_HOST = "zaisei.example.lg.jp";
const README_URL = `https://${README_HOST}/`;
const HOST = "zaisei.test";
const PORT = 8443;
const ORIGIN = `https://${HOST}:${PORT}`;
const URL_BASE = `${ORIGIN}/`;

/**
 * The commands of the README's deployment section that run here, exactly as the README prints
 * them (both languages print the same commands). `cwd`: where they run ("repo" or the temp
 * folder for the certificate).
 */
const README_COMMANDS = [
  {
    cwd: "repo",
    run: String.raw`ZAISEI_PROD_URL=https://zaisei.example.lg.jp/ npm run build:closed`,
  },
  { cwd: "repo", run: String.raw`npm run validate` },
  {
    cwd: "tls",
    run: String.raw`openssl req -x509 -newkey rsa:2048 -nodes -days 30 -keyout zaisei.key -out zaisei.crt -subj "/CN=zaisei.example.lg.jp" -addext "subjectAltName=DNS:zaisei.example.lg.jp"`,
  },
  {
    cwd: "repo",
    run: String.raw`node scripts/trusted-catalog.mjs --share '\\fileserver\zaisei-catalog' --out TrustZaiseiCatalog.reg`,
  },
];
const SHARE = String.raw`\\fileserver\zaisei-catalog`;
const REG_FILE = "TrustZaiseiCatalog.reg";

/** Origins Excel on the web reads the function metadata from, and ones that must be refused. */
const OFFICE_ORIGINS = ["https://excel.officeapps.live.com", "https://excel.cloud.microsoft"];
const FOREIGN_ORIGINS = [
  "https://evil.example",
  "http://excel.officeapps.live.com",
  "https://excel.officeapps.live.com.evil.example",
  "null",
];

const log = (line) => console.log(`deploy: ${line}`);

function onPath(name, env = process.env) {
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** nginx: NGINX if set, else /usr/sbin/nginx, else nginx on PATH. */
function findNginx() {
  if (process.env.NGINX) return existsSync(process.env.NGINX) ? process.env.NGINX : undefined;
  if (existsSync("/usr/sbin/nginx")) return "/usr/sbin/nginx";
  return onPath("nginx");
}

function preconditions() {
  const chromiumAt = findChromium();
  if (!chromiumAt.found) return chromiumMissingLine("deploy", chromiumAt.path);
  if (!findNginx()) {
    return "deploy: nginx がありません。apt-get install nginx-light でインストールするか、NGINX=/path/to/nginx を指定してください / No nginx: install it with `apt-get install nginx-light`, or point NGINX=/path/to/nginx at one.";
  }
  if (!onPath("openssl")) {
    return "deploy: openssl がありません。apt-get install openssl でインストールしてください / No openssl: install it with `apt-get install openssl`.";
  }
  return null;
}

/** The README command as run here: the example host replaced by the test host. */
const forHere = (command) => command.split(README_URL).join(URL_BASE).split(README_HOST).join(HOST);

function runCommand(command, cwd) {
  // The README's commands set the production URL themselves; an outer one must not leak in.
  const env = { ...process.env };
  delete env.ZAISEI_PROD_URL;
  const result = spawnSync("bash", ["-c", command], {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env,
  });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  if (result.status !== 0) {
    const tail = output.trim().split("\n").slice(-30).join("\n    ");
    throw new Error(`"${command}" exited ${result.status}\n    ${tail}`);
  }
  return output;
}

/** Step 1: the README's commands are this script's, or marked as the municipality's. */
function checkReadme() {
  const section = checks.deploymentSection(readFileSync(join(root, "README.md"), "utf8"));
  const { runnable, serverOnly, unmarkedLanguages } = checks.sectionCommands(section);
  const problems = [];
  if (unmarkedLanguages.length > 0) {
    problems.push(`code blocks without a known language: ${unmarkedLanguages.join(", ")}`);
  }
  const ours = new Set(README_COMMANDS.map((c) => c.run));
  for (const command of runnable) {
    if (!ours.has(command)) {
      problems.push(`README command neither run here nor marked as the municipality's: ${command}`);
    }
  }
  const [ja, en] = checks.splitLanguages(section);
  for (const { run } of README_COMMANDS) {
    for (const [name, part] of [
      ["Japanese", ja],
      ["English", en],
    ]) {
      if (!checks.sectionCommands(part).runnable.includes(run)) {
        problems.push(`the ${name} steps do not give the command: ${run}`);
      }
    }
  }
  const tables = checks.headerTables(section);
  if (tables.length !== 2)
    problems.push(`expected 2 header tables (ja, en), found ${tables.length}`);
  else if (JSON.stringify(tables[0]) !== JSON.stringify(tables[1])) {
    problems.push("the Japanese and English header tables differ");
  }
  if (problems.length > 0) throw new Error(problems.join("\n    "));
  log(
    `README: ${runnable.length} commands run here, ${serverOnly.length} marked for the municipality's own servers`
  );
  return tables[0];
}

function filesBelow(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesBelow(path));
    else out.push(path);
  }
  return out;
}

/** Step 3: what dist/ holds and names. */
function checkDist(table) {
  const problems = [];
  const files = filesBelow(dist).map((file) => relative(dist, file).split(sep).join("/"));
  if (files.includes("WARNING-production-url-not-set.txt")) {
    problems.push("dist/WARNING-production-url-not-set.txt: the build did not get the URL");
  }
  const manifest = readFileSync(join(dist, "manifest.xml"), "utf8");
  const urls = manifest.match(/https:\/\/[^"'<\s]+/g) ?? [];
  const elsewhere = urls.filter((url) => url !== ORIGIN && !url.startsWith(URL_BASE));
  if (urls.length === 0 || elsewhere.length > 0) {
    problems.push(
      `dist/manifest.xml names URLs off ${ORIGIN}: ${elsewhere.join(", ") || "(none)"}`
    );
  }
  // Every src/href of the add-in's own pages (quoted or, as the minified HTML has them, not).
  const attributes = (html) =>
    [...html.matchAll(/\b(src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)].map((m) => ({
      attr: m[1].toLowerCase(),
      value: m[2] ?? m[3] ?? m[4] ?? "",
    }));
  for (const page of files.filter((f) => f.endsWith(".html") && !f.startsWith("office-js/"))) {
    for (const { attr, value } of attributes(readFileSync(join(dist, page), "utf8"))) {
      if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(value)) {
        problems.push(`dist/${page}: ${attr}="${value}" points off the host`);
      }
    }
  }
  const scripts = attributes(readFileSync(join(dist, "taskpane.html"), "utf8"))
    .filter((a) => a.attr === "src")
    .map((a) => a.value);
  if (scripts[0] !== "office-js/office.js") {
    problems.push(
      `dist/taskpane.html loads ${scripts[0]} first, not office-js/office.js from the host`
    );
  }
  if (
    !readFileSync(join(dist, "web.config")).equals(
      readFileSync(join(root, "deploy/iis/web.config"))
    )
  ) {
    problems.push("dist/web.config is not deploy/iis/web.config");
  }
  const nginx = checks.nginxTypes(
    readFileSync(join(root, "deploy/nginx/zaisei-toolkit.conf"), "utf8")
  );
  const iis = checks.iisMimeMap(readFileSync(join(root, "deploy/iis/web.config"), "utf8"));
  const extensions = new Set();
  for (const file of files) {
    if (file === "web.config") continue;
    const row = checks.rowFor(table, file);
    if (!row) {
      problems.push(`dist/${file}: no row of the README's header table serves it`);
      continue;
    }
    const ext = file.slice(file.lastIndexOf(".")).toLowerCase();
    extensions.add(ext);
    if (!nginx.types[ext])
      problems.push(`deploy/nginx/zaisei-toolkit.conf: no MIME type for ${ext}`);
    if (iis.map[ext] !== row.contentType) {
      problems.push(
        `deploy/iis/web.config: ${ext} is "${iis.map[ext]}", README says "${row.contentType}"`
      );
    }
    if (file.startsWith("chunks/") && file.endsWith(".js") && !/\.[0-9a-f]{8}\.js$/.test(file)) {
      problems.push(`dist/${file}: in chunks/ (cached for a year) without a content hash`);
    }
  }
  if (problems.length > 0) throw new Error(problems.join("\n    "));
  log(`dist/: ${files.length} files, extensions ${[...extensions].sort().join(" ")}, all mapped`);
  return files;
}

/** Step 4: nginx with the repository's example, five lines set. */
async function startNginx(work, tls) {
  const conf = readFileSync(join(root, "deploy/nginx/zaisei-toolkit.conf"), "utf8");
  const site = checks.withEditedLines(conf, {
    listen: `127.0.0.1:${PORT} ssl`,
    server_name: HOST,
    ssl_certificate: `"${join(tls, "zaisei.crt")}"`,
    ssl_certificate_key: `"${join(tls, "zaisei.key")}"`,
    root: `"${dist}"`,
  });
  writeFileSync(join(work, "zaisei-toolkit.conf"), site);
  const temp = (name) => `"${join(work, name)}"`;
  // Workers run as the master's user when it is root; otherwise nginx cannot switch user at all.
  const user = process.getuid?.() === 0 ? [`user ${userInfo().username};`] : [];
  writeFileSync(
    join(work, "nginx.conf"),
    [
      ...user,
      "daemon off;",
      "worker_processes 1;",
      `pid ${temp("nginx.pid")};`,
      `error_log ${temp("error.log")} warn;`,
      "events { worker_connections 256; }",
      "http {",
      `  access_log ${temp("access.log")};`,
      `  client_body_temp_path ${temp("client_body")};`,
      `  proxy_temp_path ${temp("proxy")};`,
      `  fastcgi_temp_path ${temp("fastcgi")};`,
      `  uwsgi_temp_path ${temp("uwsgi")};`,
      `  scgi_temp_path ${temp("scgi")};`,
      `  include ${temp("zaisei-toolkit.conf")};`,
      "}",
      "",
    ].join("\n")
  );
  if (await portAnswers()) throw new Error(`something already listens on 127.0.0.1:${PORT}`);
  const nginx = findNginx();
  const args = ["-p", work, "-c", join(work, "nginx.conf"), "-e", join(work, "error.log")];
  runCommand([nginx, "-t", ...args].map((a) => `'${a}'`).join(" "), work);
  const child = spawn(nginx, args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (data) => (stderr += data));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  for (let i = 0; i < 100; i += 1) {
    if (child.exitCode !== null) break;
    if (await portAnswers()) {
      log(`nginx ${child.pid} serves dist/ at ${URL_BASE} (deploy/nginx/zaisei-toolkit.conf)`);
      return { child, exited };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const errors = existsSync(join(work, "error.log"))
    ? readFileSync(join(work, "error.log"), "utf8")
    : "";
  child.kill("SIGTERM");
  throw new Error(`nginx did not start: ${stderr}${errors}`.trim());
}

function portAnswers() {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port: PORT });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** One HTTPS GET to the test host, the certificate verified as zaisei.test's. */
function get(path, ca, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port: PORT,
        servername: HOST,
        path,
        ca,
        headers: { host: `${HOST}:${PORT}`, ...headers },
      },
      (res) => {
        const parts = [];
        res.on("data", (part) => parts.push(part));
        res.on("end", () =>
          resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(parts) })
        );
      }
    );
    req.on("error", reject);
    req.end();
  });
}

/** Step 5: what nginx answers, file by file, against the README's table. */
async function checkHeaders(table, files, ca) {
  const problems = [];
  const fixed = [
    "taskpane.html",
    "functions.json",
    "functions-ja.json",
    "manifest.xml",
    "runtime.js",
    "taskpane.js",
    "functions.js",
    "office-js/office.js",
    "assets/icon-32.png",
    "assets/support.html",
    "samples/himi-fiscal-outlook.xlsx",
  ];
  // Every fixed file, every chunk, and for each table row the first file it serves.
  const chosen = new Set([...fixed, ...files.filter((f) => f.startsWith("chunks/"))]);
  for (const row of table) {
    const first = files.find((f) => checks.rowFor(table, f) === row);
    if (first) chosen.add(first);
    else problems.push(`README row ${row.files}: dist/ has no such file`);
  }
  for (const file of chosen) {
    const row = checks.rowFor(table, file);
    const res = await get(`/${file}`, ca);
    const where = `/${file}`;
    if (res.status !== 200) {
      problems.push(`${where}: HTTP ${res.status}`);
      continue;
    }
    if (!res.body.equals(readFileSync(join(dist, file))))
      problems.push(`${where}: not the file's bytes`);
    if (res.headers["content-type"] !== row.contentType) {
      problems.push(
        `${where}: Content-Type "${res.headers["content-type"]}", README "${row.contentType}"`
      );
    }
    if (res.headers["cache-control"] !== row.cacheControl) {
      problems.push(
        `${where}: Cache-Control "${res.headers["cache-control"]}", README "${row.cacheControl}"`
      );
    }
    if (res.headers["x-content-type-options"] !== "nosniff") problems.push(`${where}: no nosniff`);
    if ("x-frame-options" in res.headers) problems.push(`${where}: X-Frame-Options set`);
    if ("access-control-allow-origin" in res.headers)
      problems.push(`${where}: CORS without Origin`);
  }
  const home = await get("/", ca);
  if (home.status !== 200 || !home.body.equals(readFileSync(join(dist, "taskpane.html")))) {
    problems.push("/: is not taskpane.html");
  }
  for (const path of ["/web.config", "/no-such-file.js", "/../README.md"]) {
    const res = await get(path, ca);
    if (res.status !== 404 && res.status !== 400)
      problems.push(`${path}: HTTP ${res.status}, not 404`);
  }
  for (const file of ["functions.json", "functions-ja.json"]) {
    for (const origin of OFFICE_ORIGINS) {
      const res = await get(`/${file}`, ca, { origin });
      if (res.headers["access-control-allow-origin"] !== origin) {
        problems.push(
          `/${file} from ${origin}: Access-Control-Allow-Origin "${res.headers["access-control-allow-origin"]}"`
        );
      }
      if (!String(res.headers.vary ?? "").includes("Origin"))
        problems.push(`/${file}: no Vary: Origin`);
    }
    for (const origin of FOREIGN_ORIGINS) {
      const res = await get(`/${file}`, ca, { origin });
      if ("access-control-allow-origin" in res.headers) {
        problems.push(
          `/${file} from ${origin}: Access-Control-Allow-Origin "${res.headers["access-control-allow-origin"]}"`
        );
      }
    }
  }
  for (const file of ["taskpane.html", "manifest.xml", "taskpane.js"]) {
    const res = await get(`/${file}`, ca, { origin: OFFICE_ORIGINS[0] });
    if ("access-control-allow-origin" in res.headers)
      problems.push(`/${file}: CORS for a file that needs none`);
  }
  if (problems.length > 0) throw new Error(problems.join("\n    "));
  log(
    `HTTPS: ${chosen.size} files served as the README's table says; CORS only for Office on functions*.json`
  );
}

/** Step 6: Chromium opens the pane from the host; every request of the context is recorded. */
async function checkInChromium(cert, work) {
  const { chromium } = await import("playwright-core");
  const spki = createHash("sha256")
    .update(new X509Certificate(cert).publicKey.export({ type: "spki", format: "der" }))
    .digest("base64");
  const profile = mkdtempSync(join(tmpdir(), "zaisei-deploy-chromium-"));
  rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  const seen = [];
  const problems = [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium().path,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      // zaisei.test is this machine; no other name resolves, so nothing could leave even unseen.
      `--host-resolver-rules=MAP ${HOST} 127.0.0.1, MAP * ~NOTFOUND`,
      // Trusts exactly this test certificate (by its public key), nothing else.
      `--ignore-certificate-errors-spki-list=${spki}`,
    ],
    viewport: { width: 1280, height: 900 },
    locale: "ja-JP",
  });
  try {
    context.on("request", (req) => seen.push(req.url()));
    context.on("requestfailed", (req) =>
      problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`)
    );
    context.on("serviceworker", (worker) => problems.push(`service worker: ${worker.url()}`));
    context.on("response", (res) => {
      if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
    });
    const page = await context.newPage();
    // Chromium asks the page's own host for /favicon.ico by itself (not the pane's request; it
    // is on the host, and nginx's 404 for it is the only failure allowed below).
    const favicon = `${URL_BASE}favicon.ico`;
    page.on("console", (msg) => {
      if (msg.type() === "error" && msg.location().url !== favicon) {
        problems.push(`console error: ${msg.text()} (${msg.location().url})`);
      }
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("websocket", (ws) => problems.push(`websocket: ${ws.url()}`));
    page.on("popup", (popup) => problems.push(`popup: ${popup.url()}`));
    const response = await page.goto(`${URL_BASE}taskpane.html`, { waitUntil: "load" });
    const security = await response?.securityDetails();
    if (response?.status() !== 200) problems.push(`taskpane.html: HTTP ${response?.status()}`);
    if (security?.subjectName !== HOST) {
      problems.push(`TLS: certificate subject ${security?.subjectName}, not ${HOST}`);
    }
    await page.getByRole("combobox", { name: "サンプル" }).selectOption("himi-fiscal-outlook");
    await page.getByRole("grid").waitFor({ timeout: 20_000 });
    await page.getByText("財政ツールキット").first().waitFor();
    // office.js's Office 2013 logger would add its telemetry frame 3 s after load outside Office.
    await page.waitForTimeout(4_000);
    await page.screenshot({ path: join(shots, "taskpane.png"), fullPage: true });
    const off = seen.filter(
      (url) => !url.startsWith(`${ORIGIN}/`) && !url.startsWith("data:") && !url.startsWith("blob:")
    );
    for (const url of off) problems.push(`request to another origin: ${url}`);
    for (const needed of [
      `${URL_BASE}office-js/office.js`,
      `${URL_BASE}samples/himi-fiscal-outlook.xlsx`,
    ]) {
      if (!seen.includes(needed)) problems.push(`the pane never requested ${needed}`);
    }
    if (!seen.some((url) => url.startsWith(`${URL_BASE}chunks/`))) {
      problems.push("the pane never loaded a chunk from chunks/");
    }
    // What reached nginx from Chromium: every request that failed there, whoever made it.
    const access = readFileSync(join(work, "access.log"), "utf8").split("\n");
    for (const line of access.filter((l) => l.includes("HeadlessChrome"))) {
      const [, path, status] = /"GET (\S+) HTTP\/[\d.]+" (\d{3}) /.exec(line) ?? [];
      if (Number(status) >= 400 && path !== "/favicon.ico")
        problems.push(`nginx answered: ${line}`);
    }
    if (problems.length > 0) throw new Error(problems.join("\n    "));
    log(
      `Chromium: ${seen.length} requests, all to ${ORIGIN} (TLS ${security?.protocol}); the pane opened a sample; screenshot test-results/deploy/taskpane.png`
    );
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The .reg written by the README's trusted-catalog command. */
function checkRegFile(file) {
  const bytes = readFileSync(file);
  const text = bytes.subarray(2).toString("utf16le");
  const key =
    /^\[HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16\.0\\WEF\\TrustedCatalogs\\(\{[0-9a-f-]{36}\})\]$/m.exec(
      text
    );
  const problems = [];
  if (bytes[0] !== 0xff || bytes[1] !== 0xfe) problems.push("not UTF-16LE with a byte-order mark");
  if (!text.startsWith("Windows Registry Editor Version 5.00\r\n"))
    problems.push("no regedit header");
  if (!key) problems.push("no TrustedCatalogs\\{GUID} key");
  else if (!text.includes(`"Id"="${key[1]}"`)) problems.push("Id is not the key's GUID");
  if (!text.includes(`"Url"="${SHARE.replace(/\\/g, "\\\\")}"`))
    problems.push(`Url is not ${SHARE}`);
  if (!text.includes(`"Flags"=dword:00000001`)) problems.push("Flags is not 1 (Show in Menu)");
  if (problems.length > 0) throw new Error(`${REG_FILE}: ${problems.join("; ")}`);
  log(`${REG_FILE}: trusts ${SHARE} as catalog ${key[1]}`);
}

async function main() {
  const missing = preconditions();
  if (missing) {
    console.error(missing);
    return false;
  }
  const work = mkdtempSync(join(tmpdir(), "zaisei-deploy-"));
  const tls = join(work, "tls");
  mkdirSync(tls);
  let server;
  try {
    const table = checkReadme();
    for (const { cwd, run } of README_COMMANDS) {
      const command = forHere(run);
      log(`$ ${command}`);
      const output = runCommand(command, cwd === "tls" ? tls : root);
      if (
        run === "npm run validate" &&
        !output.includes("dist/manifest.xml: 問題なし (本番用 / production)")
      ) {
        throw new Error(`npm run validate did not pass dist/manifest.xml:\n${output}`);
      }
      if (run.includes("trusted-catalog")) {
        renameSync(join(root, REG_FILE), join(work, REG_FILE));
        checkRegFile(join(work, REG_FILE));
      }
    }
    const files = checkDist(table);
    server = await startNginx(work, tls);
    const cert = readFileSync(join(tls, "zaisei.crt"));
    await checkHeaders(table, files, cert);
    await checkInChromium(cert, work);
    return true;
  } finally {
    if (server && server.child.exitCode === null) {
      server.child.kill("SIGTERM");
      await server.exited;
    }
    rmSync(join(root, REG_FILE), { force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (ok) => {
    if (ok) log("passed");
    process.exit(ok ? 0 : 1);
  },
  (error) => {
    console.error(`deploy: FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
);
