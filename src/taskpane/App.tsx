import { useState, type ReactNode } from "react";
import { Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../core/messages";
import type { HostCapabilities } from "../workbook/capabilities";
import type { WorkbookPort } from "../workbook/port";
import { CapabilitiesPanel } from "./capabilities/CapabilitiesPanel";
import { CapabilitiesContext } from "./capabilities/useFeature";
import { CheckPanel } from "./check/CheckPanel";
import { FunctionsPanel } from "./functions/FunctionsPanel";
import { KpiPanel } from "./kpi/KpiPanel";
import { ReadSelectionPanel } from "./read/ReadSelectionPanel";
import { LanguageContext, useText } from "./useText";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minWidth: "0",
  },
  panel: { paddingTop: tokens.spacingVerticalS },
});

type TabId = "read" | "check" | "kpi" | "functions";

export interface AppProps {
  /** The workbook the pane works on: Excel inside Office, the memory workbook in a browser. */
  port: WorkbookPort;
  lang: Language;
  /** The workbook's file name when the host knows it (the audit working paper records it). */
  workbookName?: string;
  /**
   * What this Excel can do (detectCapabilities at start). When absent every feature counts as
   * available, as over the memory workbook in component tests.
   */
  capabilities?: HostCapabilities;
}

/**
 * The task pane. Receives its workbook and language from the entry point; never imports Office.
 *
 * @example <App port={new ExcelWorkbook(Excel.run.bind(Excel))} lang="ja" />
 */
export function App({ port, lang, workbookName, capabilities }: AppProps) {
  return (
    <LanguageContext.Provider value={lang}>
      <CapabilitiesContext.Provider value={capabilities ?? null}>
        <AppBody port={port} workbookName={workbookName} capabilities={capabilities} />
      </CapabilitiesContext.Provider>
    </LanguageContext.Provider>
  );
}

/** The panel of tab `id`: labelled by its tab, hidden (not unmounted) while another is shown. */
function TabPanel({ id, hidden, children }: { id: TabId; hidden: boolean; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div
      role="tabpanel"
      id={`panel-${id}`}
      aria-labelledby={`tab-${id}`}
      hidden={hidden}
      className={styles.panel}
    >
      {children}
    </div>
  );
}

function AppBody({
  port,
  workbookName,
  capabilities,
}: {
  port: WorkbookPort;
  workbookName?: string;
  capabilities?: HostCapabilities;
}) {
  const t = useText();
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>("read");
  return (
    <main className={styles.root} aria-label={t("ui.appTitle")}>
      <Text as="h1" size={500} weight="semibold">
        {t("ui.appTitle")}
      </Text>
      {capabilities && <CapabilitiesPanel capabilities={capabilities} />}
      <TabList
        aria-label={t("ui.tabs")}
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as TabId)}
      >
        <Tab id="tab-read" value="read" aria-controls="panel-read">
          {t("ui.tab.read")}
        </Tab>
        <Tab id="tab-check" value="check" aria-controls="panel-check">
          {t("ui.tab.check")}
        </Tab>
        <Tab id="tab-kpi" value="kpi" aria-controls="panel-kpi">
          {t("kpiPane.tab")}
        </Tab>
        <Tab id="tab-functions" value="functions" aria-controls="panel-functions">
          {t("ui.tab.functions")}
        </Tab>
      </TabList>
      {/* Every panel stays mounted so a running read, check or chart run, or a typed search, survives a tab switch. */}
      <TabPanel id="read" hidden={tab !== "read"}>
        <ReadSelectionPanel port={port} />
      </TabPanel>
      <TabPanel id="check" hidden={tab !== "check"}>
        <CheckPanel port={port} workbookName={workbookName} />
      </TabPanel>
      <TabPanel id="kpi" hidden={tab !== "kpi"}>
        <KpiPanel port={port} active={tab === "kpi"} />
      </TabPanel>
      <TabPanel id="functions" hidden={tab !== "functions"}>
        <FunctionsPanel port={port} />
      </TabPanel>
    </main>
  );
}
