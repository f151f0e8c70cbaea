import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { FunctionSpec } from "../../core/catalogue/types";
import type { WorkbookPort } from "../../workbook/port";
import { useFeatureGate } from "../capabilities/FeatureGate";
import { useLanguage, useText } from "../useText";
import { insertionFormula, useInsertFunction } from "./useInsertFunction";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM },
  hintBox: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  hint: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

/**
 * The 「挿入」 button with the argument hints beside it, and the outcome: written (with undo),
 * asking before overwriting a non-empty cell, restored, or the error. Where custom functions
 * cannot run the button is disabled (still focusable) with the reason and the remedy beside it:
 * a formula that never calculates is not offered.
 *
 * @example <InsertFunction spec={findFunction("WAREKI")!} port={port} />
 */
export function InsertFunction({ spec, port }: { spec: FunctionSpec; port: WorkbookPort }) {
  const t = useText();
  const lang = useLanguage();
  const styles = useStyles();
  const { state, insert, overwrite, undo, dismiss } = useInsertFunction(port);
  const formula = insertionFormula(spec.id);
  const customFunctions = useFeatureGate("customFunctions");
  const hint = `ZAISEI.${spec.id}(${spec.params.map((p) => (p.optional ? `[${p[lang].name}]` : p[lang].name)).join(", ")})`;

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={() => insert(spec.id)}
          {...customFunctions.button(state.status === "busy")}
        >
          {t("ui.fn.insert")}
        </Button>
        <Text size={200}>{t("ui.fn.insertHint", { formula })}</Text>
      </div>
      {customFunctions.note}
      <div className={styles.hintBox}>
        <Text block size={200} weight="semibold">
          {t("ui.fn.argHint")}
        </Text>
        <Text block className={styles.hint}>
          {hint}
        </Text>
      </div>
      {/* The spinner alone says nothing to a screen reader: it is named after what is running. */}
      {state.status === "busy" && <Spinner size="tiny" aria-label={t("ui.fn.busy")} />}
      {state.status === "confirm" && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t("ui.fn.cellNotEmpty", {
              address: `${state.ref.sheet}!${state.ref.address}`,
              content: state.content,
            })}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={overwrite}>{t("ui.fn.overwrite")}</Button>
            <Button onClick={dismiss}>{t("ui.fn.keep")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.status === "inserted" && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t("ui.fn.inserted", {
              address: `${state.ref.sheet}!${state.ref.address}`,
              formula: state.formula,
            })}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={undo}>{t("ui.fn.undo")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.status === "restored" && (
        <MessageBar intent="info">
          <MessageBarBody>
            {t("ui.fn.restored", { address: `${state.ref.sheet}!${state.ref.address}` })}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
