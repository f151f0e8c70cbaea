import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Language } from "../../src/core/messages";
import { App } from "../../src/taskpane/App";
import { LanguageContext } from "../../src/taskpane/useText";
import type { WorkbookPort } from "../../src/workbook/port";

/** Renders the task pane as the entry point does: inside a FluentProvider with a port and a language. */
export function renderApp(port: WorkbookPort, lang: Language = "ja") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} lang={lang} />
    </FluentProvider>
  );
}

/** Renders any pane component with the provider and language context it expects. */
export function renderInPane(element: ReactElement, lang: Language = "ja") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LanguageContext.Provider value={lang}>{element}</LanguageContext.Provider>
    </FluentProvider>
  );
}
