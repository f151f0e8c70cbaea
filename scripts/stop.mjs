#!/usr/bin/env node
// `npm stop`: ends the dev server started by `npm start` and anything webpack left on the port.
//   Windows / macOS: office-addin-debugging stop manifest.xml first (unregisters the sideload).
//   Everywhere: the process group recorded in .zaisei-dev-server.pid, then any webpack process
//   still listening on the dev server port (office-addin-debugging stop may leave one).
// Exits 0 when nothing was running; 1 only if something could not be stopped.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import {
  commandLine,
  devServerPort,
  isAlive,
  listeningPids,
  pidFile,
  readPid,
  repoRoot,
  stopProcess,
} from "./dev-server-process.mjs";

if (process.platform === "win32" || process.platform === "darwin") {
  const bin = join(repoRoot, "node_modules", ".bin", "office-addin-debugging");
  spawnSync(bin, ["stop", "manifest.xml"], {
    cwd: repoRoot,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
}

let stopped = 0;
let failed = false;
const recorded = readPid();
if (recorded && isAlive(recorded)) {
  if (await stopProcess(recorded, { group: true })) stopped += 1;
  else failed = true;
}
rmSync(pidFile, { force: true });

const port = devServerPort();
for (const pid of listeningPids(port)) {
  if (pid === process.pid) continue;
  // Only webpack is ours to end; another program on the port is reported, not killed.
  if (!/webpack/.test(commandLine(pid))) {
    console.error(
      `ポート ${port} を使っているのは開発サーバーではありません (pid ${pid})。止めていません。 / Port ${port} is used by another program (pid ${pid}); not stopped.`
    );
    failed = true;
    continue;
  }
  if (await stopProcess(pid, { group: false })) stopped += 1;
  else failed = true;
}

if (failed) {
  console.error("止められなかったプロセスがあります / Some processes could not be stopped.");
  process.exitCode = 1;
} else if (stopped > 0) {
  console.log(`開発サーバーを止めました (${stopped}) / Dev server stopped.`);
} else {
  console.log("動いている開発サーバーはありません / No dev server was running.");
}
