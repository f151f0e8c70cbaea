import { useState } from "react";
import {
  Badge,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useFeatureGate } from "../capabilities/FeatureGate";
import { useText } from "../useText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: {
    margin: "0",
    padding: "0",
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  item: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    flexWrap: "wrap",
    minWidth: "0",
    overflowWrap: "anywhere",
  },
  add: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS },
  input: { flexGrow: 1, minWidth: "0" },
  issues: { margin: "0", paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/** A rule as the pane lists it: its id, readable text, where it came from and whether it is on. */
export interface RuleRow {
  id: string;
  text: string;
  source: "inferred" | "user";
  enabled: boolean;
}

export interface RulesListProps {
  rules: readonly RuleRow[];
  /** Saved user rules that could not be read, with the parser's message. */
  issues: readonly { rule: string; message: string }[];
  onToggle: (id: string, enabled: boolean) => void;
  onRemove: (id: string) => void;
  /**
   * Adds a rule written in the readable syntax; resolves to the parser's message (with its
   * position) when the rule cannot be read, null when it was added. Absent: adding is not possible
   * now (no checked table to read the labels from).
   */
  onAdd?: (text: string) => Promise<string | null>;
  busy: boolean;
}

/**
 * The rules of the check: each inferred or added rule with an on/off switch, a 削除 button for the
 * user's own, and a small input to add a rule (`歳入合計(A) = 市税 + 普通交付税 + …`) showing the
 * parser's error with its position.
 *
 * @example <RulesList rules={rows} issues={[]} onToggle={toggle} onRemove={remove} onAdd={add} busy={false} />
 */
export function RulesList({ rules, issues, onToggle, onRemove, onAdd, busy }: RulesListProps) {
  const t = useText();
  const styles = useStyles();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  // Every change here is saved in the workbook's settings.
  const settings = useFeatureGate("workbookSettings");

  const add = async () => {
    if (!onAdd || !settings.available || text.trim() === "") return;
    const problem = await onAdd(text.trim());
    setError(problem);
    if (problem === null) setText("");
  };

  return (
    <section className={styles.root} aria-labelledby="check-rules-heading">
      <Text as="h3" id="check-rules-heading" size={300} weight="semibold">
        {t("ui.check.rules")}
      </Text>
      <Text size={200}>{t("ui.check.rulesHint")}</Text>
      {issues.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {t("ui.check.ruleIssuesTitle", { count: issues.length })}
            </MessageBarTitle>
            <ul className={styles.issues}>
              {issues.map((i) => (
                <li key={i.rule}>{t("ui.check.ruleIssue", { rule: i.rule, issue: i.message })}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {settings.note}
      <ul className={styles.list} aria-label={t("ui.check.rules")}>
        {rules.map((r) => (
          <li key={r.id} className={styles.item}>
            <Switch
              checked={r.enabled}
              {...settings.field(busy)}
              label={r.text}
              onChange={(_, data) => onToggle(r.id, data.checked)}
            />
            <Badge appearance="outline" color={r.source === "user" ? "brand" : "subtle"}>
              {t(`ui.check.source.${r.source}`)}
            </Badge>
            {r.source === "user" && (
              <Button
                size="small"
                {...settings.button(busy)}
                aria-label={t("ui.check.removeRuleLabel", { rule: r.text })}
                onClick={() => onRemove(r.id)}
              >
                {t("ui.check.removeRule")}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {onAdd && (
        <form
          className={styles.add}
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <Field
            className={styles.input}
            label={t("ui.check.addRule")}
            hint={t("ui.check.addRuleHint")}
            validationState={error ? "error" : "none"}
            validationMessage={error ?? undefined}
          >
            <Input
              value={text}
              {...settings.field(busy)}
              onChange={(_, data) => {
                setText(data.value);
                setError(null);
              }}
            />
          </Field>
          <Button type="submit" {...settings.button(busy || text.trim() === "")}>
            {t("ui.check.addRuleButton")}
          </Button>
        </form>
      )}
    </section>
  );
}
