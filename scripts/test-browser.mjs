// Browser test of the task pane in real Chromium (playwright-core, no downloaded browser).
//
//   node scripts/test-browser.mjs            (npm run test:browser)
//
// Builds the add-in with office.js served locally, serves the output on 127.0.0.1 (random free
// port), opens taskpane.html in Chromium (CHROMIUM=/path, else /usr/bin/chromium, else chromium
// on PATH) and drives the demo workbook and the task pane like a user. A case fails on any
// console error, page error or request to a host other than this server (those are aborted: the
// add-in must work offline).
// Screenshots go to test-results/browser/. The last line is "browser: N passed, M failed";
// the exit code is 1 on any failure.
//
// Without Chromium it prints one line on how to get it and exits 1 before building anything.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM_ARGS, chromiumMissingLine, findChromium } from "../test/browser/chromium.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shots = join(root, "test-results", "browser");

const chromiumAt = findChromium();
if (!chromiumAt.found) {
  console.error(chromiumMissingLine("browser", chromiumAt.path));
  process.exit(1);
}
const executablePath = chromiumAt.path;
// Loaded only once Chromium is there: the cases import exceljs, playwright-core is large.
const { chromium } = await import("playwright-core");
const { serveStatic } = await import("../test/browser/serveStatic.mjs");
const { CASES } = await import("../test/browser/cases.mjs");

function build(outDir) {
  // Production mode: what users get (minified, split chunks), with office.js copied locally.
  const result = spawnSync(
    "npx",
    [
      "webpack",
      "--mode",
      "production",
      "--env",
      "officejs=local",
      "--output-path",
      outDir,
      "--no-stats",
    ],
    { cwd: root, stdio: ["ignore", "inherit", "inherit"] }
  );
  if (result.status !== 0) throw new Error(`webpack build failed (exit ${result.status})`);
  if (!existsSync(join(outDir, "taskpane.html")))
    throw new Error("webpack build wrote no taskpane.html");
}

/** Watches one page: console errors, page errors and requests that leave 127.0.0.1. */
async function watchPage(page, origin) {
  const problems = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:"))
      return route.continue();
    problems.push(`request to another host (aborted): ${url}`);
    return route.abort();
  });
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

async function main() {
  const outDir = mkdtempSync(join(tmpdir(), "zaisei-browser-build-"));
  const profile = mkdtempSync(join(tmpdir(), "zaisei-chromium-profile-"));
  // Screenshots of earlier runs (a failure shot especially) must not be mistaken for this run's.
  rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  let server;
  let context;
  const results = [];
  try {
    console.log("browser: building the add-in…");
    build(outDir);
    server = await serveStatic(outDir);
    console.log(`browser: serving ${outDir} at ${server.origin}`);
    // launchPersistentContext gives the fresh --user-data-dir; the flags keep Chromium from
    // calling Google's hosts, which this machine's closed network refuses.
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
      locale: "ja-JP",
    });
    for (const testCase of CASES) {
      const page = await context.newPage();
      const problems = await watchPage(page, server.origin);
      const started = Date.now();
      let failure = null;
      try {
        await testCase.run({
          page,
          origin: server.origin,
          // The whole page, or one element (a locator) when given; answers the PNG's bytes.
          shot: (name, locator) =>
            locator
              ? locator.screenshot({ path: join(shots, `${name}.png`) })
              : page.screenshot({ path: join(shots, `${name}.png`), fullPage: true }),
        });
        // Give late console errors (after the last assertion) a moment to arrive.
        await page.waitForTimeout(200);
      } catch (error) {
        failure =
          error instanceof Error
            ? error.message.split("\n").slice(0, 6).join("\n    ")
            : String(error);
        await page
          .screenshot({ path: join(shots, `${testCase.name}-failure.png`), fullPage: true })
          .catch(() => {});
      }
      if (!failure && problems.length > 0) failure = problems.join("\n    ");
      else if (failure && problems.length > 0) failure += `\n    ${problems.join("\n    ")}`;
      const ms = Date.now() - started;
      results.push({ name: testCase.name, failure });
      console.log(
        `${failure ? "✗" : "✓"} ${testCase.name} (${ms} ms)${failure ? `\n    ${failure}` : ""}`
      );
      await page.close();
    }
  } finally {
    await context?.close();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
  const failed = results.filter((r) => r.failure).length;
  const passed = results.length - failed;
  console.log(`browser: ${passed} passed, ${failed} failed`);
  return failed === 0 && results.length === CASES.length;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error(error instanceof Error ? error.stack : error);
    console.log(`browser: 0 passed, ${CASES.length} failed`);
    process.exit(1);
  }
);
