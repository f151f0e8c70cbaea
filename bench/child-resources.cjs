// Preloaded into the CLI child by bench/cli.ts (node --require): on exit, one line on stderr with
// the child's own peak resident set size and CPU time, so no /usr/bin/time is needed.
"use strict";
process.on("exit", () => {
  const usage = process.resourceUsage();
  process.stderr.write(
    `zaisei-bench ${JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000) })}\n`
  );
});
