import { useCallback, useState } from "react";
import {
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Language } from "../../core/messages";
import {
  OFFICE_PROFILES,
  browserCapabilities,
  type HostCapabilities,
} from "../../workbook/capabilities";
import { MemoryWorkbook } from "../../workbook/memory/MemoryWorkbook";
import { App } from "../App";
import { describeError } from "../describeError";
import { LanguageContext, useText } from "../useText";
import { DemoWorkbookPanel } from "./DemoWorkbookPanel";
import { WorkbookPicker } from "./WorkbookPicker";

const useStyles = makeStyles({
  root: {
    display: "flex",
    // Beside each other on a wide screen, the pane below the workbook on a narrow one.
    flexWrap: "wrap",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  demo: {
    flexGrow: 1,
    flexBasis: "420px",
    minWidth: "0",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  pane: {
    width: "350px",
    maxWidth: "100%",
    flexShrink: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** Until a workbook is opened the pane works on one empty sheet, so every screen is usable. */
const EMPTY_WORKBOOK = MemoryWorkbook.fromSheets([{ name: "Sheet1", rows: [] }]);

/** The browser demo without `?office=`: everything but custom functions in cells. */
const DEMO_CAPABILITIES = browserCapabilities();

interface Opened {
  workbook: MemoryWorkbook;
  name: string;
  /** Bumped on every open, so the task pane starts fresh for a new workbook. */
  serial: number;
}

/**
 * The task pane in a normal browser: a demo workbook (in memory, from a sample or a local
 * .xlsx) beside the same App that runs in Excel. Nothing is uploaded anywhere. `capabilities` are
 * the browser demo's (custom functions never calculate here), or a simulated Office's.
 *
 * @example <BrowserHost lang="ja" capabilities={browserCapabilities("office2019-volume")} />
 */
export function BrowserHost(props: BrowserHostProps) {
  return (
    <LanguageContext.Provider value={props.lang}>
      <BrowserHostBody {...props} />
    </LanguageContext.Provider>
  );
}

export interface BrowserHostProps {
  lang: Language;
  /** What the pane may offer; the browser demo's own when absent. */
  capabilities?: HostCapabilities;
  /** The `?office=` value asked for, so an unknown one is named instead of silently ignored. */
  requestedOffice?: string;
}

function BrowserHostBody({ lang, capabilities, requestedOffice }: BrowserHostProps) {
  const t = useText();
  const styles = useStyles();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [loading, setLoading] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const open = useCallback(
    (name: string, load: () => Promise<ArrayBuffer>) => {
      setLoading(name);
      setError(null);
      load()
        .then((buffer) => MemoryWorkbook.fromXlsx(buffer))
        .then(
          (workbook) => setOpened((prev) => ({ workbook, name, serial: (prev?.serial ?? 0) + 1 })),
          (e: unknown) =>
            setError(t("ui.host.loadFailed", { file: name, message: describeError(e, lang) }))
        )
        .finally(() => setLoading(null));
    },
    [t, lang]
  );

  return (
    <div className={styles.root}>
      <section className={styles.demo} aria-label={t("ui.host.title")}>
        <Text as="h2" size={400} weight="semibold">
          {t("ui.host.title")}
        </Text>
        <Text>{t("ui.host.note")}</Text>
        {requestedOffice !== undefined && capabilities?.profile === undefined && (
          <MessageBar intent="warning">
            <MessageBarBody>
              {t("capabilities.panel.unknownProfile", {
                profile: requestedOffice,
                profiles: OFFICE_PROFILES.map((p) => p.id).join(", "),
              })}
            </MessageBarBody>
          </MessageBar>
        )}
        <WorkbookPicker onOpen={open} error={error} />
        {loading !== null && (
          <Spinner size="small" label={t("ui.host.loading", { file: loading })} />
        )}
        {opened ? (
          <DemoWorkbookPanel key={opened.serial} workbook={opened.workbook} />
        ) : (
          <Text>{t("ui.host.noWorkbook")}</Text>
        )}
      </section>
      <div className={styles.pane}>
        <App
          key={opened?.serial ?? 0}
          port={opened?.workbook ?? EMPTY_WORKBOOK}
          lang={lang}
          workbookName={opened?.name}
          capabilities={capabilities ?? DEMO_CAPABILITIES}
        />
      </div>
    </div>
  );
}
