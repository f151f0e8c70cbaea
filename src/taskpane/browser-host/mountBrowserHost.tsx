import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { languageFromTag } from "../officeTheme";
import { BrowserHost } from "./BrowserHost";

/**
 * Starts the task pane in a normal browser (Office.onReady gave no host): `?lang=en` or the
 * browser's language picks the language. Loaded by a dynamic import, so Excel never downloads it.
 *
 * @example mountBrowserHost(document.getElementById("container")!, window.location.search, navigator.language)
 */
export function mountBrowserHost(
  container: HTMLElement,
  search: string,
  browserLanguage: string
): void {
  const requested = new URLSearchParams(search).get("lang");
  const lang = languageFromTag(requested ?? browserLanguage);
  document.documentElement.lang = lang;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <BrowserHost lang={lang} />
    </FluentProvider>
  );
}
