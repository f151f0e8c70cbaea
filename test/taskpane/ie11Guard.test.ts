import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";
import { JSDOM, ResourceLoader } from "jsdom";

const TEMPLATE = readFileSync(join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
const IE11_UA = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko";
const EDGE_WEBVIEW2_UA =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0";

/** The page as the build emits it, without office.js and the bundles (neither exists here), once loaded. */
function page(userAgent: string): Promise<JSDOM> {
  const html = TEMPLATE.replace(/<script[^>]*<%=[^>]*><\/script>/, "");
  const resources = new ResourceLoader({ userAgent });
  const dom = new JSDOM(html, { runScripts: "dangerously", resources });
  return new Promise((resolve) => dom.window.addEventListener("load", () => resolve(dom)));
}

function inlineScripts(): string[] {
  return [...TEMPLATE.matchAll(/<script type="text\/javascript">([\s\S]*?)<\/script>/g)].map(
    (m) => m[1] ?? ""
  );
}

describe("taskpane.html's Internet Explorer 11 guard", () => {
  it("is ES5, so that Internet Explorer 11 can run it", () => {
    const scripts = inlineScripts();
    expect(scripts).toHaveLength(1);
    for (const code of scripts) expect(() => parse(code, { ecmaVersion: 5 })).not.toThrow();
  });

  it("tells an Internet Explorer 11 webview's user, in Japanese then English, that it cannot run and what to do", async () => {
    const dom = await page(IE11_UA);
    const text = dom.window.document.getElementById("container")?.textContent ?? "";
    expect(text).toContain("財政ツールキットは、このExcelでは動きません。");
    expect(text).toContain("Office 2021 以降か Microsoft 365");
    expect(text).toContain("WebView2");
    expect(text).toContain("Zaisei Toolkit cannot run in this Excel");
    expect(text.indexOf("財政ツールキット")).toBeLessThan(text.indexOf("Zaisei Toolkit"));
    // Text nodes only: no markup is made from the message.
    expect(dom.window.document.querySelectorAll("#container p")).toHaveLength(4);
    expect(dom.window.document.querySelectorAll("#container p *")).toHaveLength(0);
  });

  it("leaves the pane alone in WebView2 (Chromium) and in a normal browser", async () => {
    const dom = await page(EDGE_WEBVIEW2_UA);
    expect(dom.window.document.getElementById("container")?.childNodes).toHaveLength(0);
    expect(
      (dom.window as unknown as { zaiseiUnsupportedWebview?: boolean }).zaiseiUnsupportedWebview
    ).toBeUndefined();
  });
});
