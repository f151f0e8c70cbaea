import { mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openWorkbook, MAX_FILE_BYTES } from "../../src/cli/load-workbook";
import { CliError } from "../../src/cli/cli-error";
import { displayWidth } from "../../src/cli/display-width";
import { formatMessage } from "../../src/core/messages";
import type { Issue, Language } from "../../src/core/messages";
import type { InspectionJson } from "../../src/cli/inspection-json";
import { buildHostileWorkbooks, CONTROL_SAMPLES } from "./hostile-workbooks";
import { runMain } from "./runMain";

const run = runMain;

/** Any character a terminal would act on or that hides text (what escapeForTerminal escapes). */
const RAW_CONTROL =
  // eslint-disable-next-line no-control-regex -- finding raw control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;

const dir = mkdtempSync(join(tmpdir(), "zaisei-hostile-"));
let files: Record<string, string>;
beforeAll(async () => {
  files = await buildHostileWorkbooks(dir);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("main inspect on hostile cells", () => {
  it("shows control, bidi and zero-width characters escaped, never raw, in text output", async () => {
    const { code, stdout, stderr } = await run("inspect", files.controlCharacters!);
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout).not.toMatch(RAW_CONTROL);
    expect(stdout).toContain("市税\\x07");
    expect(stdout).toContain("交付税\\x1b[2J");
    expect(stdout).toContain("地方債\\x9b31m\\u202eabc");
    expect(stdout).toContain("繰入金\\u200b\\x7f");
    expect(stdout).toContain("シート: 見通し\\u200b");
  });

  it("keeps the characters as they are in JSON (escaped by JSON itself)", async () => {
    const { code, stdout } = await run("inspect", files.controlCharacters!, "--json");
    expect(code).toBe(0);
    // eslint-disable-next-line no-control-regex -- JSON.stringify writes C0 characters as \u0007
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    const json = JSON.parse(stdout) as InspectionJson;
    expect(json.sheet).toBe(`見通し${CONTROL_SAMPLES.zeroWidth}`);
    expect(json.rowLabels).toContain(`市税${CONTROL_SAMPLES.bell}`);
    expect(json.rowLabels).toContain(`交付税${CONTROL_SAMPLES.escape}[2J`);
  });

  it("cuts one very long label with an ellipsis instead of padding every line", async () => {
    const { code, stdout } = await run("inspect", files.longCell!);
    expect(code).toBe(0);
    const rows = stdout.split("\n").filter((l) => /^ {2}A\d/.test(l));
    expect(rows).toHaveLength(3);
    for (const line of rows) expect(displayWidth(line)).toBeLessThan(90);
    expect(stdout).toContain("長い見出しああ");
    expect(stdout).toContain("…");
    const json = JSON.parse(
      (await run("inspect", files.longCell!, "--json")).stdout
    ) as InspectionJson;
    expect(json.rowLabels[1]).toHaveLength(5 + 5000); // the JSON keeps the whole label
  });

  it.each([
    ["dashes", "なし（－） 8"],
    ["excelErrors", "#DIV/0!"],
    ["datesInMoney", "5,159"],
    ["mergedHeaders", "見出し行: 2, 3"],
    ["newestFirst", "令和5年度 (2023), 令和4年度 (2022)"],
  ])("reads the %s workbook and prints its table", async (name, expected) => {
    const { code, stdout, stderr } = await run("inspect", files[name]!);
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout).toContain(expected);
  });
});

describe("main inspect sheet choice", () => {
  it("never defaults to a very hidden or hidden sheet when a visible one exists", async () => {
    const { code, stdout } = await run("inspect", files.hiddenSheets!, "--json");
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as InspectionJson).sheet).toBe("Outlook");
  });

  it("defaults to the first hidden sheet when no sheet is visible, never to the very hidden one", async () => {
    const { code, stdout } = await run("inspect", files.onlyHiddenSheets!, "--json");
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as InspectionJson).sheet).toBe("見通し");
  });

  it("reads a hidden sheet the user names", async () => {
    const { code, stdout } = await run("inspect", files.hiddenSheets!, "--sheet", "作業", "--json");
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as InspectionJson).sheet).toBe("作業");
  });

  it("matches sheet names as Excel does: case-insensitive, after NFC normalisation", async () => {
    const lower = await run("inspect", files.hiddenSheets!, "--sheet", "outlook", "--json");
    expect([lower.code, (JSON.parse(lower.stdout) as InspectionJson).sheet]).toEqual([
      0,
      "Outlook",
    ]);
    // 「見通し」 is NFC already; its decomposed spelling must find it too.
    const decomposed = "見通し".normalize("NFD");
    const nfd = await run("inspect", files.onlyHiddenSheets!, "--sheet", decomposed, "--json");
    expect(nfd.code).toBe(0);
    const fullWidth = await run("inspect", files.hiddenSheets!, "--sheet", "ＯＵＴＬＯＯＫ");
    expect(fullWidth.code).toBe(2); // full-width letters are other characters, as in Excel
  });

  it("lists at most 20 sheet names and says how many more there are", async () => {
    const { code, stderr } = await run("inspect", files.manySheets!, "--sheet", "歳入");
    expect(code).toBe(2);
    const names = Array.from({ length: 20 }, (_, i) => `表${i + 1}`).join(", ");
    expect(stderr).toBe(
      `${formatMessage({ code: "cli.noSuchSheetMore", params: { sheet: "歳入", sheets: names, more: 10, count: 30 } }, "ja")}\n`
    );
  });

  it("shows invisible characters of names escaped in the missing-sheet message", async () => {
    const { code, stderr } = await run(
      "inspect",
      files.controlCharacters!,
      "--sheet",
      "x\u001b[2J"
    );
    expect(code).toBe(2);
    expect(stderr).not.toMatch(RAW_CONTROL);
    expect(stderr).toContain("「x\\x1b[2J」");
    expect(stderr).toContain("見通し\\u200b");
  });
});

describe("main inspect on files a user can fix", () => {
  const expectOneLine = async (argv: string[], issue: Issue, lang: Language = "ja") => {
    const result = await run(...argv);
    expect(result).toEqual({ code: 2, stdout: "", stderr: `${formatMessage(issue, lang)}\n` });
  };

  it.each([
    ["encrypted", "cli.encrypted"],
    ["legacyXls", "cli.legacyXls"],
    ["notWorkbook", "cli.notWorkbookZip"],
    ["noWorksheets", "cli.noWorksheets"],
  ])("exits 2 with one line for the %s file, in Japanese and in English", async (name, code) => {
    const file = files[name]!;
    await expectOneLine(["inspect", file], { code, params: { file } });
    await expectOneLine(["inspect", file, "--lang", "en"], { code, params: { file } }, "en");
  });

  it("tells how to remove the password from an encrypted workbook", () => {
    expect(formatMessage({ code: "cli.encrypted", params: { file: "a.xlsx" } }, "ja")).toContain(
      "ファイル → 情報 → ブックの保護 → パスワードを使用して暗号化"
    );
    expect(formatMessage({ code: "cli.encrypted", params: { file: "a.xlsx" } }, "en")).toContain(
      "File → Info → Protect Workbook → Encrypt with Password"
    );
  });

  it("refuses to choose a very hidden sheet when every sheet is very hidden", async () => {
    const file = files.onlyVeryHidden!;
    await expectOneLine(["inspect", file], {
      code: "cli.noVisibleSheet",
      params: { file, sheets: "設定" },
    });
  });

  it("exits 2 for a symbolic-link loop", async () => {
    const a = join(dir, "loop-a.xlsx");
    const b = join(dir, "loop-b.xlsx");
    symlinkSync(b, a);
    symlinkSync(a, b);
    await expectOneLine(["inspect", a], { code: "cli.symlinkLoop", params: { file: a } });
    await expectOneLine(
      ["inspect", a, "--lang", "en"],
      { code: "cli.symlinkLoop", params: { file: a } },
      "en"
    );
  });

  it("exits 2 for a name too long to open, and shortens it in the message", async () => {
    const file = join(dir, `${"長".repeat(300)}.xlsx`);
    const { code, stdout, stderr } = await run("inspect", file);
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr.split("\n")).toHaveLength(2);
    expect(stderr).toContain(`（${file.length} 文字）`);
    expect(stderr.length).toBeLessThan(250);
  });

  it("exits 2 for a file over 2 GiB without reading it (a sparse file)", async () => {
    const file = join(dir, "huge.xlsx");
    writeFileSync(file, "");
    truncateSync(file, MAX_FILE_BYTES + 1);
    await expectOneLine(
      ["inspect", file, "--lang", "en"],
      {
        code: "cli.fileTooLarge",
        params: { file, size: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES },
      },
      "en"
    );
  });

  it("exits 2 when the file may not be read (permission denied from the open)", async () => {
    // Tests run as root, who may read anything: the failure is injected where open(2) fails.
    const denied = Object.assign(new Error("EACCES: permission denied, open 'x.xlsx'"), {
      code: "EACCES",
      errno: -13,
      syscall: "open",
    });
    const files = {
      stat: async () => ({ isFile: () => true, size: 10 }),
      readFile: async () => {
        throw denied;
      },
    };
    await expect(openWorkbook("x.xlsx", files)).rejects.toEqual(
      new CliError({ code: "cli.noPermission", params: { file: "x.xlsx" } })
    );
    expect(formatMessage({ code: "cli.noPermission", params: { file: "x.xlsx" } }, "en")).toBe(
      "You have no permission to read “x.xlsx”. Check the file's access rights."
    );
  });

  const asRoot = process.getuid?.() === 0;
  (asRoot ? it.skip : it)(
    "exits 2 for a file without read permission (as a normal user)",
    async () => {
      const file = join(dir, "secret.xlsx");
      writeFileSync(file, "PK\u0003\u0004");
      chmodSync(file, 0o000);
      await expectOneLine(["inspect", file], { code: "cli.noPermission", params: { file } });
    }
  );
});
