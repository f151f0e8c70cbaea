import { useState } from "react";
import { Button, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { formatMessage } from "../../core/messages";
import {
  FEATURE_IDS,
  OFFICE_PROFILES,
  findOfficeProfile,
  type HostCapabilities,
} from "../../workbook/capabilities";
import { useLanguage, useText } from "../useText";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: "0",
    padding: "0",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  no: { color: tokens.colorPaletteRedForeground1 },
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  header: { justifyContent: "flex-start", textAlign: "start", paddingLeft: "0" },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** Whether anything is unavailable for a reason other than the browser demo's grid. */
function hasRealGaps(capabilities: HostCapabilities): boolean {
  return FEATURE_IDS.some((id) => {
    const f = capabilities.features[id];
    return !f.available && f.missing.length > 0;
  });
}

/**
 * 「このExcelで使える機能」: a collapsible summary ("8 機能中 6 が使えます") and, per feature, ✓ or ×
 * with the reason and what the user can do. Open at start when this Excel lacks something.
 *
 * @example <CapabilitiesPanel capabilities={detectCapabilities(isSetSupported, "excel")} />
 */
export function CapabilitiesPanel({ capabilities }: { capabilities: HostCapabilities }) {
  const t = useText();
  const lang = useLanguage();
  const styles = useStyles();
  const available = FEATURE_IDS.filter((id) => capabilities.features[id].available).length;
  const profile =
    capabilities.profile === undefined ? undefined : findOfficeProfile(capabilities.profile);
  const profiles = OFFICE_PROFILES.map((p) => p.id).join(", ");
  const [open, setOpen] = useState(() => hasRealGaps(capabilities));
  const panelId = useId("capabilities-");
  return (
    <section aria-label={t("capabilities.panel.title")} className={styles.root}>
      <Button
        appearance="subtle"
        size="small"
        className={styles.header}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">{open ? "▾ " : "▸ "}</span>
        {`${t("capabilities.panel.title")} — ${t("capabilities.panel.summary", {
          total: FEATURE_IDS.length,
          available,
        })}`}
      </Button>
      {open && (
        <div id={panelId} className={styles.panel}>
          {capabilities.host === "browser" && !profile && (
            <Text size={200}>{t("capabilities.panel.browser", { profiles })}</Text>
          )}
          {profile && (
            <Text size={200}>
              {t("capabilities.panel.simulated", { office: profile.name, profile: profile.id })}
            </Text>
          )}
          {profile?.tridentWebview && (
            <Text size={200} weight="semibold">
              {t("capabilities.panel.trident", { office: profile.name })}
            </Text>
          )}
          {profile && !capabilities.features.readTables.available && (
            <Text size={200} weight="semibold">
              {t("capabilities.panel.notActivated", { office: profile.name })}
            </Text>
          )}
          {(capabilities.host === "excel" || profile) && (
            <Text size={200}>
              {capabilities.excelApi === null
                ? t("capabilities.panel.noExcelApi")
                : t("capabilities.panel.excelApi", { version: capabilities.excelApi })}
            </Text>
          )}
          <ul className={styles.list} aria-label={t("capabilities.panel.list")}>
            {FEATURE_IDS.map((id) => {
              const f = capabilities.features[id];
              return (
                <li key={id} className={styles.item}>
                  <Text>
                    <Text weight="semibold" className={f.available ? styles.ok : styles.no}>
                      {t(
                        f.available
                          ? "capabilities.panel.available"
                          : "capabilities.panel.unavailable"
                      )}
                    </Text>{" "}
                    {t(`capabilities.feature.${id}`)}
                  </Text>
                  {f.reason && <Text size={200}>{formatMessage(f.reason, lang)}</Text>}
                  {f.remedy && (
                    <Text size={200}>
                      {t("capabilities.panel.remedy", { remedy: formatMessage(f.remedy, lang) })}
                    </Text>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
