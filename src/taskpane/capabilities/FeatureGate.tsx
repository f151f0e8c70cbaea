import type { ReactNode } from "react";
import { Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { formatMessage } from "../../core/messages";
import type { FeatureId, FeatureStatus } from "../../workbook/capabilities";
import { useLanguage, useText } from "../useText";
import { useFeature } from "./useFeature";

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground3 },
});

/** What a control needs to show that its feature cannot run here. */
export interface FeatureGate {
  status: FeatureStatus;
  available: boolean;
  /**
   * Props for a Fluent Button: as asked when the feature runs; otherwise `disabledFocusable`
   * (keyboard users still reach it and hear why) and `aria-describedby` pointing at the note.
   */
  button: (disabled: boolean) => {
    disabled?: boolean;
    disabledFocusable?: boolean;
    "aria-describedby"?: string;
  };
  /** Props for a control without `disabledFocusable` (Switch, Select, Input). */
  field: (disabled: boolean) => { disabled: boolean; "aria-describedby"?: string };
  /** The reason and the remedy as text beside the control (null when available). */
  note: ReactNode;
}

/**
 * Gates the controls of one feature: when this Excel cannot run it, the control is disabled with
 * the reason shown beside it, never offered and then failing.
 *
 * @example const charts = useFeatureGate("kpiCharts"); <Button {...charts.button(busy)} /> {charts.note}
 */
export function useFeatureGate(id: FeatureId): FeatureGate {
  const status = useFeature(id);
  const t = useText();
  const lang = useLanguage();
  const styles = useStyles();
  const noteId = useId(`feature-${id}-`);
  if (status.available)
    return {
      status,
      available: true,
      button: (disabled) => ({ disabled }),
      field: (disabled) => ({ disabled }),
      note: null,
    };
  const text = [
    t("capabilities.panel.unavailable"),
    status.reason ? formatMessage(status.reason, lang) : "",
    status.remedy
      ? t("capabilities.panel.remedy", { remedy: formatMessage(status.remedy, lang) })
      : "",
  ]
    .filter((s) => s !== "")
    .join(" ");
  return {
    status,
    available: false,
    button: () => ({ disabledFocusable: true, "aria-describedby": noteId }),
    field: () => ({ disabled: true, "aria-describedby": noteId }),
    note: (
      <Text id={noteId} size={200} className={styles.note}>
        {text}
      </Text>
    ),
  };
}
