import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./tools";

const script = join(repoRoot, "scripts/trusted-catalog.mjs");
const KEY = "HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\WEF\\TrustedCatalogs";

/** Runs the script in `dir`; returns its exit code, output and the .reg it wrote (decoded). */
function run(dir: string, args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: dir, encoding: "utf8" });
  const out = join(dir, "out.reg");
  const bytes = existsSync(out) ? readFileSync(out) : undefined;
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    bytes,
    text: bytes?.subarray(2).toString("utf16le"),
  };
}

/** The key's GUID and the values of a .reg text, as regedit reads them. */
function readReg(text: string) {
  const lines = text.split("\r\n");
  const key = /^\[(.*)\\(\{[^}]+\})\]$/.exec(lines[2] ?? "");
  const values = Object.fromEntries(
    lines
      .slice(3)
      .filter(Boolean)
      .map((line) => {
        const [, name, value] = /^"([^"]+)"=(.*)$/.exec(line) ?? [];
        return [name, value];
      })
  );
  return { header: lines[0], parent: key?.[1], guid: key?.[2], values };
}

/** A .reg string value back to the text it stands for (\\ → \, \" → "). */
const regValue = (value: string) => value.slice(1, -1).replace(/\\(.)/g, "$1");

describe("scripts/trusted-catalog.mjs", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "zaisei-catalog-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes Microsoft's TrustedCatalogs layout: {GUID} key, the same Id, the share as Url, Flags 1", () => {
    const share = "\\\\fileserver\\zaisei-catalog";
    const { status, stdout, text } = run(dir, ["--share", share, "--out", "out.reg"]);
    expect(status).toBe(0);
    const reg = readReg(String(text));
    expect(reg.header).toBe("Windows Registry Editor Version 5.00");
    expect(reg.parent).toBe(KEY);
    expect(reg.guid).toMatch(
      /^\{[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\}$/
    );
    expect(reg.values).toEqual({
      Id: `"${reg.guid}"`,
      Url: '"\\\\\\\\fileserver\\\\zaisei-catalog"',
      Flags: "dword:00000001",
    });
    expect(regValue(String(reg.values.Url))).toBe(share);
    expect(stdout).toContain(String(reg.guid));
  });

  it("writes UTF-16LE with a byte-order mark and CRLF, so a Japanese folder name survives", () => {
    const share = "\\\\fs01\\財政課\\アドイン";
    const { status, bytes, text } = run(dir, ["--share", share, "--out", "out.reg"]);
    expect(status).toBe(0);
    expect([...(bytes ?? Buffer.alloc(0)).subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(regValue(String(readReg(String(text)).values.Url))).toBe(share);
  });

  it("gives the same share the same GUID (case and a trailing backslash aside) and another share another", () => {
    const guidOf = (share: string) => {
      const result = run(dir, ["--share", share, "--out", "out.reg"]);
      expect(result.status).toBe(0);
      return readReg(String(result.text)).guid;
    };
    const first = guidOf("\\\\fileserver\\zaisei-catalog");
    expect(guidOf("\\\\FileServer\\Zaisei-Catalog\\")).toBe(first);
    expect(guidOf("\\\\fileserver\\other-catalog")).not.toBe(first);
  });

  it("uses --id when given, in braces and lower case", () => {
    const id = "01234567-89AB-CDEF-0123-456789ABCDEF";
    const { text } = run(dir, ["--share", "\\\\fs\\c", "--id", id, "--out", "out.reg"]);
    expect(readReg(String(text)).guid).toBe(`{${id.toLowerCase()}}`);
  });

  it.each([
    ["a drive path", ["--share", "C:\\addins"]],
    ["a URL", ["--share", "https://zaisei.example.lg.jp/"]],
    ["a server without a share", ["--share", "\\\\fileserver"]],
    ["an empty folder name", ["--share", "\\\\fileserver\\\\catalog"]],
    ["a quote in the path", ["--share", '\\\\fileserver\\a"b']],
    ["a control character in the path", ["--share", "\\\\fileserver\\a\tb"]],
    ["no share at all", []],
    ["an --id that is not a GUID", ["--share", "\\\\fs\\c", "--id", "not-a-guid"]],
  ])("refuses %s with one line in Japanese and English, writing nothing", (_name, args) => {
    const { status, stderr, bytes } = run(dir, [...args, "--out", "out.reg"]);
    expect(status).toBe(1);
    expect(bytes).toBeUndefined();
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/[ぁ-んァ-ヶ一-龠].* \/ .*\b(not|give|needs)\b/);
  });
});
