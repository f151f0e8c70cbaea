// The steps to sideload the add-in into Excel on the web, in one place: `npm start` prints them
// (scripts/start.mjs) and the README's sideloading sections (Japanese and English) show the same
// lines; test/build/sideload-steps.test.ts fails when the README drifts from this file.
// CommonJS so that the ESM start script and the jest tests can both load it.
"use strict";

/**
 * One line per step. {page} is the dev server's taskpane.html, {manifest} the manifest to upload.
 * The button name is the manifest's TaskpaneButton.Label (ja) and its en-us override.
 */
const STEPS = {
  ja: [
    "Excel を使うブラウザーで {page} を一度開き、自己署名証明書の警告で「詳細設定」→「localhost にアクセスする」を選んで信頼します。",
    "Excel on the web (https://www.office.com) にサインインし、ブックを開きます（新規でも可）。",
    "[ホーム] タブ → [アドイン] → [その他の設定]（または [その他のアドイン]）を選びます。",
    "[マイ アドイン] → [マイ アドインのアップロード] を選びます。",
    "[参照] で {manifest} を選び、[アップロード] を押します。",
    "ブラウザーがローカル ネットワーク上のデバイスへのアクセスを許可するか尋ねたら [許可] を選びます（Chrome・Edge 142 以降は、Excel on the web が localhost の開発サーバーに接続する前に尋ねます）。",
    "[ホーム] タブの [財政ツール] で作業ウィンドウが開きます。=ZAISEI. と入力すると関数が出ます。",
  ],
  en: [
    "Open {page} once in the browser you use for Excel and accept the self-signed certificate warning (Advanced → Proceed to localhost).",
    "Sign in to Excel on the web (https://www.office.com) and open a workbook (a new one is fine).",
    "Home tab → Add-ins → More Settings (or More Add-ins).",
    "My Add-ins → Upload My Add-in.",
    "Browse to {manifest} and choose Upload.",
    "If the browser asks whether the page may access devices on your local network, choose Allow (Chrome and Edge 142 and later ask before Excel on the web may reach the localhost dev server).",
    "Choose Zaisei Tools on the Home tab to open the task pane; type =ZAISEI. to see the functions.",
  ],
};

const HEADINGS = {
  ja: "Excel on the web でアドインを読み込む手順（日本語）",
  en: "Sideload into Excel on the web (English)",
};

/** How the README names the manifest (the terminal shows its full path instead). */
const README_MANIFEST = {
  ja: "このリポジトリの `manifest.xml`",
  en: "this repository's `manifest.xml`",
};

/**
 * The steps in one language, with the page URL and the manifest filled in.
 * @example sideloadSteps("en", { page: "https://localhost:3000/taskpane.html", manifest: "/x/manifest.xml" })[4]
 *   // "Browse to /x/manifest.xml and choose Upload."
 */
function sideloadSteps(lang, { page, manifest }) {
  const steps = STEPS[lang];
  if (!steps) throw new Error(`no sideloading steps in language "${lang}"`);
  return steps.map((step) => step.replace("{page}", page).replace("{manifest}", manifest));
}

/** What `npm start` prints: both languages, numbered, for the running server and this manifest. */
function sideloadStepsText({ page, manifest }) {
  return ["ja", "en"]
    .map((lang) =>
      [
        HEADINGS[lang],
        ...sideloadSteps(lang, { page, manifest }).map((s, i) => `  ${i + 1}. ${s}`),
      ].join("\n")
    )
    .join("\n\n");
}

/**
 * The numbered Markdown list the README shows for the dev server on `port`.
 * @example readmeSteps("ja", 3000)[0] // "1. Excel を使うブラウザーで https://localhost:3000/taskpane.html を…"
 */
function readmeSteps(lang, port) {
  const page = `https://localhost:${port}/taskpane.html`;
  return sideloadSteps(lang, { page, manifest: README_MANIFEST[lang] }).map(
    (s, i) => `${i + 1}. ${s}`
  );
}

module.exports = { HEADINGS, sideloadSteps, sideloadStepsText, readmeSteps };
