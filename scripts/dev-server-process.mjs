// Shared by start.mjs and stop.mjs: where the dev server's pid is kept, which port it uses, and
// how to find a process still listening on that port (office-addin-debugging stop can leave
// webpack running on it). Linux reads /proc; macOS uses lsof; Windows uses netstat.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
/** Pid of the background dev server started by `npm start` on Linux (git-ignored). */
export const pidFile = join(repoRoot, ".zaisei-dev-server.pid");
export const logFile = join(repoRoot, "zaisei-dev-server.log");

/**
 * The dev server port from package.json config.dev_server_port (3000 by default).
 * @example devServerPort() // 3000
 */
export function devServerPort() {
  const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));
  return Number(
    process.env.npm_package_config_dev_server_port || pkg.config?.dev_server_port || 3000
  );
}

/** Whether a process with this pid exists and is not a zombie (signal 0 only checks). */
export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    // A killed process nobody has reaped yet (no init in a container) still answers signal 0.
    if (process.platform === "linux" && existsSync(`/proc/${pid}/stat`)) {
      return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
    }
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** The recorded dev server pid, or undefined when there is none. */
export function readPid() {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function socketInodes(port) {
  const inodes = new Set();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!existsSync(table)) continue;
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      // cols[1] = local address:port (hex), cols[3] = state (0A = LISTEN), cols[9] = inode
      if (cols.length > 9 && cols[3] === "0A" && parseInt(cols[1].split(":")[1], 16) === port) {
        inodes.add(cols[9]);
      }
    }
  }
  return inodes;
}

function linuxListeners(port) {
  const inodes = socketInodes(port);
  if (inodes.size === 0) return [];
  const pids = [];
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    let fds = [];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue; // the process ended or is not ours to inspect
    }
    const owns = fds.some((fd) => {
      try {
        const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${entry}/fd/${fd}`));
        return match !== null && inodes.has(match[1]);
      } catch {
        return false;
      }
    });
    if (owns) pids.push(Number(entry));
  }
  return pids;
}

function run(command, args) {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return "";
  }
}

/**
 * Pids of processes listening on a TCP port.
 * @example listeningPids(3000) // [12345]
 */
export function listeningPids(port) {
  if (process.platform === "linux") return linuxListeners(port);
  if (process.platform === "darwin") {
    return run("lsof", ["-nP", `-iTCP:${port}`, "-sTCP:LISTEN", "-t"])
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  }
  const pattern = new RegExp(`^\\s*TCP\\s+\\S+:${port}\\s+\\S+\\s+LISTENING\\s+(\\d+)`, "i");
  return [
    ...new Set(
      run("netstat", ["-ano"])
        .split(/\r?\n/)
        .flatMap((l) => pattern.exec(l)?.[1] ?? [])
        .map(Number)
    ),
  ];
}

/** The command line of a process, for deciding whether it is a webpack dev server. */
export function commandLine(pid) {
  if (process.platform === "linux") {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
    } catch {
      return "";
    }
  }
  if (process.platform === "darwin") return run("ps", ["-o", "command=", "-p", String(pid)]);
  return run("wmic", ["process", "where", `ProcessId=${pid}`, "get", "CommandLine"]);
}

/** Sends a signal to a whole process group when possible (the dev server's children too). */
export function signal(pid, name, group) {
  try {
    if (process.platform === "win32") {
      run("taskkill", ["/PID", String(pid), "/T", "/F"]);
    } else {
      process.kill(group ? -pid : pid, name);
    }
  } catch {
    // already gone
  }
}

/** Stops a process (group) politely, then forcibly after a grace period; resolves when gone. */
export async function stopProcess(pid, { group = false, graceMs = 5000 } = {}) {
  signal(pid, "SIGTERM", group);
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) signal(pid, "SIGKILL", group);
  while (isAlive(pid) && Date.now() < deadline + 2000) await new Promise((r) => setTimeout(r, 100));
  return !isAlive(pid);
}
