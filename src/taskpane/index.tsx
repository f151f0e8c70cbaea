/**
 * Entry point of the task pane (webpack entry "taskpane"). The only place that waits for
 * Office.onReady and looks at the host: inside Excel the pane works on the Excel adapter; in a
 * normal browser (host null, `Excel` undefined) it loads the demo host over an in-memory workbook.
 * Components below receive a WorkbookPort and a language, and never touch Office.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { formatMessage } from "../core/messages";
import { App } from "./App";
import { workbookFileName } from "./check/workbookFileName";
import { createExcelPort, excelCapabilities } from "./excelHost";
import { isDarkBackground, languageFromTag } from "./officeTheme";
import { quietOfficeOutsideOffice } from "./quietOfficeOutsideOffice";

function container(): HTMLElement {
  const existing = document.getElementById("container");
  if (existing) return existing;
  const created = document.createElement("div");
  created.id = "container";
  document.body.appendChild(created);
  return created;
}

async function start(): Promise<void> {
  // office.js may be missing (blocked, or a page opened from disk): treat it as "no host".
  const info = typeof Office === "undefined" ? null : await Office.onReady();
  if (info && info.host === Office.HostType.Excel) {
    const lang = languageFromTag(Office.context.displayLanguage);
    const dark = isDarkBackground(Office.context.officeTheme?.bodyBackgroundColor);
    document.documentElement.lang = lang;
    createRoot(container()).render(
      <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
        <App
          port={createExcelPort(Office, Excel)}
          lang={lang}
          workbookName={workbookFileName(Office.context.document?.url)}
          capabilities={excelCapabilities(Office)}
        />
      </FluentProvider>
    );
    return;
  }
  quietOfficeOutsideOffice(window);
  const { mountBrowserHost } = await import(
    /* webpackChunkName: "browser-host" */ "./browser-host/mountBrowserHost"
  );
  mountBrowserHost(container(), window.location.search, navigator.language);
}

start().catch((error: unknown) => {
  // Nothing else can show it: write the reason as text, never as HTML.
  container().textContent = formatMessage(
    {
      code: "ui.error.unexpected",
      params: { message: error instanceof Error ? error.message : String(error) },
    },
    languageFromTag(navigator.language)
  );
  throw error;
});
