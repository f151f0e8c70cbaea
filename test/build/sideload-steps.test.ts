import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot, xmlTree } from "./tools";

interface SideloadSteps {
  HEADINGS: Record<"ja" | "en", string>;
  sideloadSteps(lang: "ja" | "en", values: { page: string; manifest: string }): string[];
  sideloadStepsText(values: { page: string; manifest: string }): string;
  readmeSteps(lang: "ja" | "en", port: number): string[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const steps = require("../../scripts/sideload-steps.cjs") as SideloadSteps;

const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
const port = (
  JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
    config: { dev_server_port: number };
  }
).config.dev_server_port;

/** The numbered list lines of one README section (from its heading to the next heading). */
function numberedLines(heading: string): string[] {
  const lines = readme.split("\n");
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`README.md has no "${heading}" section`);
  const next = lines.findIndex((line, i) => i > start && line.startsWith("#"));
  return lines.slice(start + 1, next < 0 ? undefined : next).filter((l) => /^\d+\. /.test(l));
}

describe("sideload steps (scripts/sideload-steps.cjs)", () => {
  it.each([
    ["ja", "### Excel へのサイドロード"],
    ["en", "### Sideloading"],
  ] as const)("are the README's %s sideloading steps, word for word", (lang, heading) => {
    expect(numberedLines(heading)).toEqual(steps.readmeSteps(lang, port));
  });

  it("name the ribbon button as the manifest labels it, in both languages", () => {
    const { root } = xmlTree.parseXml(readFileSync(join(repoRoot, "manifest.xml"), "utf8"));
    const label = xmlTree
      .allElements(root)
      .find((e) => e.name === "bt:String" && e.attrs.id === "TaskpaneButton.Label");
    const en = label?.children.find((c) => c.attrs.Locale?.toLowerCase() === "en-us");
    const values = { page: "https://localhost:3000/taskpane.html", manifest: "manifest.xml" };
    expect(steps.sideloadSteps("ja", values).at(-1)).toContain(`[${label?.attrs.DefaultValue}]`);
    expect(steps.sideloadSteps("en", values).at(-1)).toContain(
      `${en?.attrs.Value} on the Home tab`
    );
  });

  it("are what npm start prints, filled in with the running server and this manifest", () => {
    const text = steps.sideloadStepsText({
      page: "https://localhost:3999/taskpane.html",
      manifest: "/repo/manifest.xml",
    });
    expect(text).toContain(steps.HEADINGS.ja);
    expect(text).toContain(steps.HEADINGS.en);
    expect(text).toContain("  1. Excel を使うブラウザーで https://localhost:3999/taskpane.html を");
    expect(text).toContain("  5. Browse to /repo/manifest.xml and choose Upload.");
    // start.mjs prints this text and keeps no steps of its own that could drift.
    const start = readFileSync(join(repoRoot, "scripts/start.mjs"), "utf8");
    expect(start).toContain('("./sideload-steps.cjs")');
    expect(start).toMatch(/sideloadStepsText\(\{ page: `\$\{base\}taskpane\.html`/);
    expect(start).not.toMatch(/^\s+\d\. /m);
  });
});
