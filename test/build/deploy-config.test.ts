import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot, xmlTree, type XmlElement } from "./tools";

interface Row {
  files: string;
  contentType: string;
  cacheControl: string;
}
interface Block {
  lang: string;
  lines: string[];
  before: string;
}
interface DeployChecks {
  deploymentSection(readme: string): string;
  splitLanguages(section: string): [string, string];
  fencedBlocks(markdown: string): Block[];
  sectionCommands(section: string): {
    runnable: string[];
    serverOnly: string[];
    unmarkedLanguages: string[];
  };
  headerTables(section: string): Row[][];
  filesMatch(files: string, path: string): boolean;
  rowFor(rows: Row[], path: string): Row | undefined;
  extensionOf(files: string): string;
  nginxTypes(conf: string): { types: Record<string, string>; charsetTypes: string[] };
  withEditedLines(conf: string, values: Record<string, string>): string;
  iisMimeMap(xml: string): {
    map: Record<string, string>;
    removedFirst: Set<string>;
    root: XmlElement;
  };
  NGINX_EDITABLE: string[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const checks = require("../../scripts/deploy-checks.cjs") as DeployChecks;

const read = (path: string) => readFileSync(join(repoRoot, path), "utf8");
const section = checks.deploymentSection(read("README.md"));
const [table = []] = checks.headerTables(section);
const nginxConf = read("deploy/nginx/zaisei-toolkit.conf");
const webConfig = read("deploy/iis/web.config");

/** Elements below `root` along a path of names ("system.webServer/staticContent"). */
function at(root: XmlElement, path: string): XmlElement[] {
  return path
    .split("/")
    .reduce<XmlElement[]>(
      (found, name) => found.flatMap((e) => e.children.filter((c) => c.name === name)),
      [root]
    );
}
const location = (path: string) =>
  xmlTree
    .parseXml(webConfig)
    .root.children.find((c) => c.name === "location" && c.attrs.path === path);

describe("README deployment guide (配備ガイド)", () => {
  it("has one header table, the same in Japanese and English, covering the extensions dist/ has", () => {
    const tables = checks.headerTables(section);
    expect(tables).toHaveLength(2);
    expect(tables[1]).toEqual(tables[0]);
    expect(table.map((row) => checks.extensionOf(row.files)).sort()).toEqual(
      [".css", ".html", ".js", ".js", ".json", ".png", ".txt", ".xlsx", ".xml"].sort()
    );
    // The hashed chunks come before the plain .js row, or they would never get the long cache.
    expect(checks.rowFor(table, "chunks/1.abcdef12.js")?.cacheControl).toContain("immutable");
    expect(checks.rowFor(table, "runtime.js")?.cacheControl).toBe("no-cache");
  });

  it("gives only commands that scripts/test-deploy.mjs runs verbatim, or marks them as the municipality's", () => {
    const script = read("scripts/test-deploy.mjs");
    const { runnable, serverOnly, unmarkedLanguages } = checks.sectionCommands(section);
    expect(unmarkedLanguages).toEqual([]);
    expect(runnable.length).toBeGreaterThan(0);
    for (const command of runnable) expect(script).toContain(`String.raw\`${command}\``);
    // The Windows, IIS and file-server steps are marked, not silently skipped.
    expect(serverOnly).toEqual(
      expect.arrayContaining([
        "robocopy dist C:\\inetpub\\zaisei-toolkit /MIR",
        "Copy-Item dist\\manifest.xml \\\\fileserver\\zaisei-catalog\\",
        "sudo nginx -t",
      ])
    );
  });

  it("gives the same commands in the Japanese and the English steps", () => {
    const [ja, en] = checks.splitLanguages(section);
    expect(checks.sectionCommands(en)).toEqual(checks.sectionCommands(ja));
  });

  it("ends with the heading for the requirement-set subsection, after both languages' steps", () => {
    const heading =
      "\n### 要件セットと Office のバージョン / Requirement sets and Office versions\n";
    expect(section.indexOf(heading)).toBeGreaterThan(
      section.indexOf("\n### Deployment steps (English)\n")
    );
    expect(section.indexOf("\n### Deployment steps (English)\n")).toBeGreaterThan(
      section.indexOf("\n### 配備の手順（日本語）\n")
    );
    expect(section.indexOf("\n### 配備の手順（日本語）\n")).toBeGreaterThan(0);
  });
});

describe("deploy-checks sectionCommands", () => {
  it("counts an unmarked command block as runnable and a marked one as the municipality's", () => {
    const markdown = [
      "Run:",
      "```sh",
      "npm run build:closed",
      "```",
      "次のコマンドは自治体のサーバーで実行します:",
      "```powershell",
      "robocopy dist C:\\site /MIR",
      "```",
      "```",
      "cat secret",
      "```",
    ].join("\n");
    expect(checks.sectionCommands(markdown)).toEqual({
      runnable: ["npm run build:closed"],
      serverOnly: ["robocopy dist C:\\site /MIR"],
      unmarkedLanguages: ["(none) at line 9"],
    });
  });
});

describe("deploy/nginx/zaisei-toolkit.conf", () => {
  const { types, charsetTypes } = checks.nginxTypes(nginxConf);

  it.each(table.map((row) => [row.files, row.contentType] as const))(
    "serves %s as %s",
    (files, contentType) => {
      const [base, parameter] = contentType.split("; ");
      expect(types[checks.extensionOf(files)]).toBe(base);
      // nginx adds "; charset=utf-8" to text/html always and to charset_types.
      const charset = base === "text/html" || charsetTypes.includes(String(base));
      expect(charset ? "charset=utf-8" : undefined).toBe(parameter);
    }
  );

  it("has exactly the five editable lines the README names, and nothing else changes with them", () => {
    const values = Object.fromEntries(checks.NGINX_EDITABLE.map((name) => [name, `NEW-${name}`]));
    const edited = checks.withEditedLines(nginxConf, values);
    const before = nginxConf.split("\n");
    const after = edited.split("\n");
    expect(after).toHaveLength(before.length);
    const changed = after.filter((line, i) => line !== before[i]).map((line) => line.trim());
    expect(changed).toEqual(checks.NGINX_EDITABLE.map((name) => `${name} NEW-${name};`));
    expect(() =>
      checks.withEditedLines(nginxConf.replace(/;\s+# 編集 \/ EDIT/, ";"), values)
    ).toThrow(/editable lines/);
  });

  it("sends nosniff and never X-Frame-Options (Excel on the web frames the pane)", () => {
    const live = nginxConf.replace(/#.*$/gm, "");
    expect(live).toMatch(/add_header X-Content-Type-Options nosniff always;/);
    expect(live).not.toMatch(/X-Frame-Options|frame-ancestors/i);
  });

  // The CORS map's pattern, read from the file and run as JavaScript (the same regex syntax).
  const corsLine =
    nginxConf
      .split("\n")
      .find((line) => line.trim().startsWith('"~') && line.includes("officeapps")) ?? "";
  const [, pattern = "", capture = ""] = /"~(.*)"\s+\$(\d);/.exec(corsLine) ?? [];
  const corsOrigin = (uri: string, origin: string) => {
    // An unread pattern would let every "no CORS" case below pass without checking anything.
    expect(pattern).toContain("officeapps");
    const match = new RegExp(pattern).exec(`${uri}|${origin}`);
    return match ? match[Number(capture)] : "";
  };

  it.each([
    ["/functions.json", "https://excel.officeapps.live.com"],
    ["/functions-ja.json", "https://inc-excel.officeapps.live.com"],
    ["/functions.json", "https://excel.cloud.microsoft"],
  ])("lets %s be read from %s (CORS, the origin echoed)", (uri, origin) => {
    expect(corsOrigin(uri, origin)).toBe(origin);
  });

  it.each([
    ["/functions.json", "https://evil.example"],
    ["/functions.json", "http://excel.officeapps.live.com"],
    ["/functions.json", "https://excel.officeapps.live.com.evil.example"],
    ["/functions.json", "https://evilofficeapps.live.com"],
    ["/functions.json", "null"],
    ["/taskpane.html", "https://excel.officeapps.live.com"],
    ["/manifest.xml", "https://excel.officeapps.live.com"],
  ])("sends %s to %s without Access-Control-Allow-Origin", (uri, origin) => {
    expect(corsOrigin(uri, origin) ?? "").toBe("");
  });
});

describe("deploy/iis/web.config", () => {
  const { map, removedFirst, root } = checks.iisMimeMap(webConfig);

  it("is well-formed XML with <configuration> at its root", () => {
    expect(root.name).toBe("configuration");
  });

  it.each(table.map((row) => [checks.extensionOf(row.files), row.contentType] as const))(
    "maps %s to %s, removing IIS's own entry first",
    (ext, contentType) => {
      expect(map[ext]).toBe(contentType);
      expect(removedFirst.has(ext)).toBe(true);
    }
  );

  it("sends no-cache by default and a year's immutable cache for chunks/ only", () => {
    expect(at(root, "system.webServer/staticContent/clientCache")[0]?.attrs).toEqual({
      cacheControlMode: "DisableCache",
    });
    const chunks = location("chunks");
    expect(chunks && at(chunks, "system.webServer/staticContent/clientCache")[0]?.attrs).toEqual({
      cacheControlMode: "UseMaxAge",
      cacheControlMaxAge: "365.00:00:00",
      cacheControlCustom: "public, immutable",
    });
  });

  it("sends nosniff, no X-Frame-Options, and serves taskpane.html for the folder", () => {
    const headers = at(root, "system.webServer/httpProtocol/customHeaders/add").map((e) => e.attrs);
    expect(headers).toEqual([{ name: "X-Content-Type-Options", value: "nosniff" }]);
    expect(
      at(root, "system.webServer/defaultDocument/files/add").map((e) => e.attrs.value)
    ).toEqual(["taskpane.html"]);
  });

  it.each(["functions.json", "functions-ja.json"])(
    "allows CORS on %s for Office's origins only (never *)",
    (file) => {
      const entry = location(file);
      const cors = entry && at(entry, "system.webServer/cors")[0];
      expect(cors?.attrs).toEqual({ enabled: "true", failUnlistedOrigins: "true" });
      expect(cors?.children.map((c) => c.attrs.origin)).toEqual([
        "https://*.officeapps.live.com",
        "https://*.cloud.microsoft",
      ]);
    }
  );

  it("has CORS nowhere else", () => {
    const withCors = xmlTree
      .allElements(root)
      .filter((e) => e.name === "location" && at(e, "system.webServer/cors").length > 0)
      .map((e) => e.attrs.path);
    expect(withCors).toEqual(["functions.json", "functions-ja.json"]);
    expect(at(root, "system.webServer/cors")).toEqual([]);
  });
});
