#!/usr/bin/env node
// `npm start`.
//   Windows / macOS: office-addin-debugging start manifest.xml desktop (sideloads into desktop Excel).
//   Linux: there is no desktop Excel (office-addin-debugging prints "Platform not supported"), so
//   this starts the HTTPS dev server in the background, records its pid, waits until taskpane.html
//   answers and prints the steps to sideload into Excel on the web (scripts/sideload-steps.cjs,
//   the same steps the README shows). Never installs certificates (office-addin-dev-certs install
//   fails as root without sudo and still exits 0).
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:https";
import { createRequire } from "node:module";
import { join } from "node:path";
import {
  devServerPort,
  isAlive,
  listeningPids,
  logFile,
  pidFile,
  readPid,
  repoRoot,
} from "./dev-server-process.mjs";

const { sideloadStepsText } = createRequire(import.meta.url)("./sideload-steps.cjs");

const READY_TIMEOUT_MS = Number(process.env.ZAISEI_START_TIMEOUT_MS || 180_000);

function startDesktop() {
  const bin = join(repoRoot, "node_modules", ".bin", "office-addin-debugging");
  const result = spawnSync(bin, ["start", "manifest.xml", "desktop"], {
    cwd: repoRoot,
    stdio: "inherit",
    shell: process.platform === "win32", // .cmd shims need a shell on Windows
  });
  process.exitCode = result.status ?? 1;
}

/** Resolves true once the page answers 200 (the self-signed certificate is expected here). */
function pageAnswers(url) {
  return new Promise((resolve) => {
    const req = request(url, { rejectUnauthorized: false, timeout: 5000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on("error", () => resolve(false));
    req.on("timeout", () => req.destroy());
    req.end();
  });
}

function printSteps(base) {
  console.log(`
開発サーバーが動いています / The dev server is running: ${base}taskpane.html
（止めるには npm stop / stop it with npm stop; ログ / log: ${logFile}）

${sideloadStepsText({ page: `${base}taskpane.html`, manifest: join(repoRoot, "manifest.xml") })}
`);
}

function tail(file) {
  return existsSync(file) ? readFileSync(file, "utf8").split("\n").slice(-25).join("\n") : "";
}

async function startLinux() {
  const port = devServerPort();
  const base = `https://localhost:${port}/`;
  const running = readPid();
  if (running && isAlive(running)) {
    console.log(
      `開発サーバーは既に動いています (pid ${running}) / The dev server is already running.`
    );
    printSteps(base);
    return;
  }
  const busy = listeningPids(port);
  if (busy.length > 0) {
    console.error(
      `ポート ${port} は使用中です (pid ${busy.join(", ")})。npm stop を試してください。 / Port ${port} is in use; try npm stop.`
    );
    process.exitCode = 1;
    return;
  }
  const log = openSync(logFile, "w");
  const webpack = join(repoRoot, "node_modules", "webpack", "bin", "webpack.js");
  // detached: its own process group, so stop.mjs can end webpack and everything it started.
  const child = spawn(process.execPath, [webpack, "serve", "--mode", "development"], {
    cwd: repoRoot,
    detached: true,
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  writeFileSync(pidFile, `${child.pid}\n`);
  child.unref();
  console.log(`開発サーバーを起動しています (pid ${child.pid}) … / Starting the dev server …`);

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!isAlive(child.pid)) {
      console.error(`開発サーバーが終了しました / The dev server exited:\n${tail(logFile)}`);
      process.exitCode = 1;
      return;
    }
    if (await pageAnswers(`${base}taskpane.html`)) {
      printSteps(base);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  console.error(
    `${READY_TIMEOUT_MS / 1000} 秒待っても ${base}taskpane.html が応答しません（npm stop で止めます） / No answer from ${base}taskpane.html after ${READY_TIMEOUT_MS / 1000} s (npm stop stops it).\n${tail(logFile)}`
  );
  process.exitCode = 1;
}

if (process.platform === "win32" || process.platform === "darwin") startDesktop();
else await startLinux();
