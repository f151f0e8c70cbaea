import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { browserCapabilities } from "../../workbook/capabilities";
import { languageFromTag } from "../officeTheme";
import { BrowserHost } from "./BrowserHost";

/**
 * Starts the task pane in a normal browser (Office.onReady gave no host): `?lang=en` or the
 * browser's language picks the language; `?office=office2019-volume` simulates what that Office can
 * do (OFFICE_PROFILES), so the disabled features can be seen without it. Loaded by a dynamic import, so Excel never downloads it.
 *
 * @example mountBrowserHost(document.getElementById("container")!, window.location.search, navigator.language)
 */
export function mountBrowserHost(
  container: HTMLElement,
  search: string,
  browserLanguage: string
): void {
  const params = new URLSearchParams(search);
  const requested = params.get("lang");
  const office = params.get("office") ?? undefined;
  const lang = languageFromTag(requested ?? browserLanguage);
  document.documentElement.lang = lang;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <BrowserHost
        lang={lang}
        capabilities={browserCapabilities(office)}
        requestedOffice={office}
      />
    </FluentProvider>
  );
}
