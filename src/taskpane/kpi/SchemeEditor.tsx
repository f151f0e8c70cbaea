import { useEffect, useState } from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { GRADING_PRESETS, checkGradingScheme } from "../../core/kpi/gradingSchemes";
import type { GradeBand, GradingScheme } from "../../core/kpi/types";
import { formatMessage } from "../../core/messages";
import { useFeatureGate } from "../capabilities/FeatureGate";
import { useLanguage, useText } from "../useText";
import type { TextFn } from "../useText";
import { bandPercent, parsePercent, sameScheme } from "./kpiText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  bands: {
    margin: "0",
    padding: "0",
    border: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  band: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const CUSTOM = "";

/** The preset this scheme is (same bands), or null when the user edited it. */
export function presetOf(scheme: GradingScheme): GradingScheme | null {
  return GRADING_PRESETS.find((p) => p.id === scheme.id && sameScheme(p, scheme)) ?? null;
}

/** The scheme's name as the pane shows it in force: the preset's, or "(編集済み)" after it. */
export function schemeName(scheme: GradingScheme, lang: "ja" | "en", t: TextFn): string {
  const name = scheme.name[lang];
  return presetOf(scheme) ? name : t("kpiPane.schemeEdited", { name });
}

function ruleText(band: GradeBand, t: TextFn): string {
  const percent = bandPercent(band);
  return t(`kpiPane.rule.${band.rule.kind}`, percent === null ? {} : { percent });
}

interface BandDraft {
  label: string;
  percent: string;
  attention: boolean;
}

function drafts(scheme: GradingScheme, lang: "ja" | "en"): BandDraft[] {
  return scheme.bands.map((b) => ({
    label: b.label[lang],
    percent: bandPercent(b)?.toString() ?? "",
    attention: b.attention,
  }));
}

export interface SchemeEditorProps {
  scheme: GradingScheme;
  /** Apply and store this scheme (already checked by checkGradingScheme). */
  onSave: (scheme: GradingScheme) => void;
  busy: boolean;
}

/**
 * The grading scheme: which one is in force, a choice of the presets, and a form to edit the
 * bands (name in the pane's language, the threshold of a rate or baseline rule, whether it needs
 * attention). An edit is checked by {@link checkGradingScheme} before it is saved; a threshold
 * that is not a number is named with its band and nothing is saved.
 *
 * @example <SchemeEditor scheme={scheme} onSave={save} busy={false} />
 */
export function SchemeEditor({ scheme, onSave, busy }: SchemeEditorProps) {
  const t = useText();
  const lang = useLanguage();
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const [bands, setBands] = useState<BandDraft[]>(() => drafts(scheme, lang));
  const [error, setError] = useState<string | null>(null);
  // The scheme in force is saved in the workbook's settings.
  const settings = useFeatureGate("workbookSettings");

  useEffect(() => {
    setBands(drafts(scheme, lang));
    setError(null);
  }, [scheme, lang]);

  const preset = presetOf(scheme);

  const apply = () => {
    if (!settings.available) return;
    const next: GradeBand[] = [];
    for (const [n, band] of scheme.bands.entries()) {
      const draft = bands[n];
      if (!draft) return;
      if (draft.label.trim() === "") {
        setError(t("kpiPane.emptyLabel", { n: n + 1 }));
        return;
      }
      let rule = band.rule;
      if (rule.kind === "rateAtLeast" || rule.kind === "withinOfBaseline") {
        const percent = parsePercent(draft.percent);
        if (percent === null) {
          setError(t("kpiPane.badPercent", { n: n + 1, text: draft.percent }));
          return;
        }
        rule = { ...rule, percent };
      }
      next.push({
        ...band,
        label: { ...band.label, [lang]: draft.label.trim() },
        rule,
        attention: draft.attention,
      });
    }
    const checked = checkGradingScheme({ ...scheme, bands: next });
    if (!checked.ok) {
      setError(formatMessage(checked.issue, lang));
      return;
    }
    setError(null);
    onSave(checked.scheme);
  };

  const update = (n: number, change: Partial<BandDraft>) =>
    setBands((all) => all.map((b, i) => (i === n ? { ...b, ...change } : b)));

  return (
    <section className={styles.root} aria-labelledby="kpi-scheme-heading">
      <Text as="h3" id="kpi-scheme-heading" size={300} weight="semibold">
        {t("kpiPane.scheme")}
      </Text>
      <Text>{t("kpiPane.schemeInForce", { name: schemeName(scheme, lang, t) })}</Text>
      <Field label={t("kpiPane.scheme")}>
        <Select
          value={preset?.id ?? CUSTOM}
          {...settings.field(busy)}
          onChange={(_, data) => {
            const chosen = GRADING_PRESETS.find((p) => p.id === data.value);
            if (chosen) onSave(chosen);
          }}
        >
          {!preset && <option value={CUSTOM}>{schemeName(scheme, lang, t)}</option>}
          {GRADING_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name[lang]}
            </option>
          ))}
        </Select>
      </Field>
      {settings.note}
      <div className={styles.actions}>
        <Button aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
          {t("kpiPane.schemeEdit")}
        </Button>
      </div>
      {editing && (
        <form
          className={styles.root}
          onSubmit={(e) => {
            e.preventDefault();
            apply();
          }}
        >
          <fieldset className={styles.bands}>
            <legend>{t("kpiPane.schemeBands")}</legend>
            {scheme.bands.map((band, n) => {
              const draft = bands[n];
              if (!draft) return null;
              const percent = bandPercent(band);
              return (
                <div key={`${band.code}-${n}`} className={styles.band}>
                  <Text size={200}>{t("kpiPane.bandRule", { rule: ruleText(band, t) })}</Text>
                  <Field label={t("kpiPane.bandLabel", { n: n + 1 })}>
                    <Input value={draft.label} onChange={(_, d) => update(n, { label: d.value })} />
                  </Field>
                  {percent !== null && (
                    <Field label={t("kpiPane.bandPercent", { n: n + 1 })}>
                      <Input
                        inputMode="decimal"
                        value={draft.percent}
                        onChange={(_, d) => update(n, { percent: d.value })}
                      />
                    </Field>
                  )}
                  <Checkbox
                    label={t("kpiPane.bandAttention", { n: n + 1 })}
                    checked={draft.attention}
                    onChange={(_, d) => update(n, { attention: d.checked === true })}
                  />
                </div>
              );
            })}
          </fieldset>
          {error && (
            <Text role="alert" className={styles.error}>
              {error}
            </Text>
          )}
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" {...settings.button(busy)}>
              {t("kpiPane.schemeApply")}
            </Button>
            <Button
              disabled={busy}
              onClick={() => {
                setBands(drafts(scheme, lang));
                setError(null);
              }}
            >
              {t("kpiPane.schemeReset")}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
