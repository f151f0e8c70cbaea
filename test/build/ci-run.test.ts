import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./tools";

const ci = readFileSync(join(repoRoot, ".ci/run"), "utf8");
const scripts = (
  JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  }
).scripts;

describe(".ci/run", () => {
  it.each(["lint", "test", "samples", "build", "validate", "test:browser", "bench"])(
    "runs npm run %s (a check the project defines)",
    (name) => {
      expect(scripts[name]).toBeDefined();
      const command =
        name === "test" ? /^npm test$/m : new RegExp(`^npm run (--silent )?${name}\\b`, "m");
      expect(ci).toMatch(command);
    }
  );

  it("installs what it needs itself: Chromium and CJK fonts, then npm ci", () => {
    expect(ci).toMatch(/apt-get install .*"\$\{missing\[@\]\}"/);
    expect(ci).toContain("missing+=(chromium)");
    expect(ci).toContain("missing+=(fonts-noto-cjk)");
    expect(ci).toMatch(/^npm ci$/m);
  });

  it("checks that a build without ZAISEI_PROD_URL warned in its output and in dist/", () => {
    expect(ci).toContain('grep -q "Production URL not set"');
    expect(ci).toContain("test -f dist/WARNING-production-url-not-set.txt");
  });

  it("fails when the rebuilt sample workbooks differ from the committed ones", () => {
    expect(ci).toContain("git diff --exit-code --stat -- assets/samples");
  });
});
