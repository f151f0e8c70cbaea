import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { manifestTools, repoRoot } from "./tools";

const { validateManifest } = manifestTools;
const manifest = readFileSync(join(repoRoot, "manifest.xml"), "utf8");

/** Applies one textual change and fails loudly if the text to change is not there. */
function broken(find: string | RegExp, replace: string): string {
  const changed = manifest.replace(find, replace);
  if (changed === manifest)
    throw new Error(`test setup: ${String(find)} not found in manifest.xml`);
  return changed;
}

function validate(xml: string, production = false) {
  return validateManifest(xml, { webRoot: repoRoot, production });
}

describe("validateManifest", () => {
  it("finds no problem in the real manifest", () => {
    expect(validate(manifest)).toEqual([]);
  });

  it.each([
    // [what is broken, the edit, a phrase the English message must contain]
    [
      "a resid whose string was removed",
      /\s*<bt:String id="TaskpaneButton.Tooltip"[\s\S]*?<\/bt:String>/,
      "",
      'resid "TaskpaneButton.Tooltip" is defined 0 times',
    ],
    [
      "a resource defined twice",
      '<bt:Url id="Taskpane.Url" ',
      '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html" /><bt:Url id="Taskpane.Url" ',
      'resid "Taskpane.Url" is defined 2 times',
    ],
    [
      "an http URL",
      '"https://localhost:3000/taskpane.html"',
      '"http://localhost:3000/taskpane.html"',
      "not https",
    ],
    [
      "a second origin",
      "https://localhost:3000/assets/support.html",
      "https://help.example.jp/",
      "do not share one origin",
    ],
    ["an Id that is not a GUID", /<Id>[^<]*<\/Id>/, "<Id>zaisei-toolkit</Id>", "Id is not a GUID"],
    ["a missing icon file", "assets/icon-80.png", "assets/icon-81.png", "icon file is missing"],
    [
      "an icon of the wrong size",
      '"https://localhost:3000/assets/icon-80.png"',
      '"https://localhost:3000/assets/icon-64.png"',
      "must be a 80x80 PNG (found 64x64)",
    ],
    [
      "a missing ja-jp metadata override",
      /\s*<bt:Override Locale="ja-jp"[^>]*>/,
      "",
      "no ja-jp Override pointing to functions-ja.json",
    ],
    [
      "metadata pointing elsewhere",
      "/functions.json",
      "/metadata.json",
      "does not point to functions.json",
    ],
    [
      "a string without an en-us override",
      /(<bt:String id="GetStarted.Title"[^>]*>)\s*<bt:Override[^>]*>/,
      "$1",
      'string "GetStarted.Title" has no en-us Override',
    ],
    [
      "a DisplayName without an en-us override",
      /\s*<Override Locale="en-us" Value="Zaisei Toolkit" \/>/,
      "",
      "DisplayName has no en-us Override",
    ],
    [
      "another namespace",
      'DefaultValue="ZAISEI"',
      'DefaultValue="ZAISEI2"',
      "namespace must be ZAISEI",
    ],
    [
      "a read-only permission",
      "<Permissions>ReadWriteDocument",
      "<Permissions>ReadDocument",
      "Permissions must be ReadWriteDocument",
    ],
    [
      "an English default locale",
      "<DefaultLocale>ja-JP",
      "<DefaultLocale>en-US",
      "DefaultLocale must be ja-JP",
    ],
    [
      "a Runtime on another page",
      '<Runtime resid="Taskpane.Url"',
      '<Runtime resid="Functions.Script.Url"',
      "do not use the same resid",
    ],
    ["an unclosed element", "</bt:Images>", "", "not well-formed XML"],
  ])("reports %s", (_what, find, replace, phrase) => {
    const problems = validate(broken(find, replace));
    expect(problems.map((p) => p.en).join("\n")).toContain(phrase);
    // Every problem is told in Japanese too.
    for (const p of problems) expect(p.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it("rejects a development URL when the manifest must be the production one", () => {
    const problems = validate(manifest, true);
    expect(problems.length).toBeGreaterThan(0);
    expect(
      problems.every((p) => p.en.includes("development URL left in the production manifest"))
    ).toBe(true);
  });
});

describe("validate-manifest.mjs", () => {
  const script = join(repoRoot, "scripts", "validate-manifest.mjs");
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [script, ...args], { cwd: repoRoot, encoding: "utf8" });
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "zaisei-manifest-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exits 0 with a summary on the real manifest", () => {
    const result = run("manifest.xml");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("manifest.xml: 問題なし");
  });

  it("exits 1 with one line per problem, Japanese first, on a broken copy", () => {
    const file = join(dir, "manifest.xml");
    writeFileSync(
      file,
      broken(/<Id>[^<]*<\/Id>/, "<Id>x</Id>").replace(
        "https://localhost:3000/functions.js",
        "http://localhost:3000/functions.js"
      )
    );
    const result = run(file, "--web-root", repoRoot);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/Id が GUID ではありません: x \/ Id is not a GUID: x$/);
    expect(lines[1]).toMatch(/https ではありません.* \/ Functions.Script.Url: not https/);
    // http://localhost:3000 is also a second origin next to https://localhost:3000.
    expect(lines[2]).toMatch(
      /オリジンが 1 つではありません.* \/ add-in URLs do not share one origin/
    );
  });

  it("warns, without failing, about a production manifest still on the placeholder URL", () => {
    const file = join(dir, "placeholder-manifest.xml");
    const { DEFAULT_PROD_URL, toProductionManifest } = manifestTools;
    writeFileSync(file, toProductionManifest(manifest, DEFAULT_PROD_URL));
    const result = run(file, "--production", "--web-root", repoRoot);
    expect(result.status).toBe(0);
    expect(result.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/本番 URL が未設定です.*warning: production URL not set/),
    ]);
  });
});
