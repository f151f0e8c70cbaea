import { readFileSync } from "node:fs";
import { join } from "node:path";
import { manifestTools, repoRoot } from "./tools";

const {
  DEV_URL,
  DEFAULT_PROD_URL,
  prodUrlIsPlaceholder,
  resolveProdUrl,
  toProductionManifest,
  validateManifest,
} = manifestTools;
const manifest = readFileSync(join(repoRoot, "manifest.xml"), "utf8");
const count = (text: string, needle: string) => text.split(needle).length - 1;

describe("toProductionManifest", () => {
  it("replaces every dev URL in the real manifest, not only the first", () => {
    const before = count(manifest, DEV_URL);
    const prod = toProductionManifest(manifest, "https://zaisei.example.lg.jp/");
    // Counted in manifest.xml by hand: IconUrl, HighResolutionIconUrl, SupportUrl, SourceLocation,
    // 3 bt:Image, 4 bt:Url and 1 ja-jp override = 12 URLs, plus the bare AppDomain origin.
    expect(before).toBe(12);
    expect(count(manifest, "https://localhost:3000")).toBe(13);
    expect(count(prod, "https://localhost:3000")).toBe(0);
    expect(count(prod, "localhost")).toBe(0);
    expect(count(prod, "https://zaisei.example.lg.jp/")).toBe(before);
  });

  it("keeps a path prefix and turns the bare AppDomain origin into the production origin", () => {
    const prod = toProductionManifest(manifest, "https://www.example.lg.jp/zaisei");
    expect(prod).toContain('"https://www.example.lg.jp/zaisei/taskpane.html"');
    expect(prod).toContain("<AppDomain>https://www.example.lg.jp</AppDomain>");
  });

  it("produces a manifest that passes the production check", () => {
    const prod = toProductionManifest(manifest, DEFAULT_PROD_URL);
    expect(validateManifest(prod, { webRoot: repoRoot, production: true })).toEqual([]);
  });

  it("rejects a production URL that is not https", () => {
    expect(() => toProductionManifest(manifest, "http://example.jp/")).toThrow(/https/);
  });
});

describe("resolveProdUrl", () => {
  it.each([
    // [webpack --env, ZAISEI_PROD_URL, expected]: --env wins, then the variable, then the placeholder
    [{ prodUrl: "https://a.example.jp/x" }, "https://b.example.jp/", "https://a.example.jp/x/"],
    [{}, "https://b.example.jp/", "https://b.example.jp/"],
    [{}, undefined, "https://production-url-not-set.invalid/"],
  ])("picks %j with ZAISEI_PROD_URL=%s as %s", (env, variable, expected) => {
    expect(resolveProdUrl(env, { ZAISEI_PROD_URL: variable })).toBe(expected);
  });

  it("rejects a query string, which would break every appended path", () => {
    expect(() => resolveProdUrl({ prodUrl: "https://a.example.jp/?x=1" }, {})).toThrow(/query/);
  });
});

describe("prodUrlIsPlaceholder", () => {
  it("is true only when neither --env prodUrl nor ZAISEI_PROD_URL gives a URL", () => {
    expect(prodUrlIsPlaceholder({}, {})).toBe(true);
    expect(prodUrlIsPlaceholder({}, { ZAISEI_PROD_URL: "" })).toBe(true);
    expect(prodUrlIsPlaceholder({}, { ZAISEI_PROD_URL: "https://zaisei.example.lg.jp/" })).toBe(
      false
    );
    expect(prodUrlIsPlaceholder({ prodUrl: "https://zaisei.example.lg.jp" }, {})).toBe(false);
  });

  it("names a host that cannot exist and says what is missing", () => {
    // .invalid is reserved never to resolve (RFC 2606).
    expect(new URL(DEFAULT_PROD_URL).hostname).toBe("production-url-not-set.invalid");
  });
});
