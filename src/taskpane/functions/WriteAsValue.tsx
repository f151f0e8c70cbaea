import { useState } from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { FunctionSpec, ParamSpec } from "../../core/catalogue/types";
import { formatOutcomeMessage } from "../../core/catalogue/formatOutcomeMessage";
import type { WorkbookPort } from "../../workbook/port";
import { equivalentFormula } from "../../workflows/written-values";
import { useFeatureGate } from "../capabilities/FeatureGate";
import { useFeature } from "../capabilities/useFeature";
import { describeError } from "../describeError";
import { useLanguage, useText } from "../useText";
import { argSources, initialArgInputs, type ArgInput } from "./argSources";
import { refText } from "../../workflows/written-values-formula";
import { outcomeText, valueText } from "./outcomeText";
import { targetCell } from "./useInsertFunction";
import { useValueWriting } from "./useValueWriting";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  param: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    margin: "0",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: "0",
  },
  row: {
    display: "flex",
    alignItems: "flex-end",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  grow: { flexGrow: 1, minWidth: "8em" },
  result: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  list: { margin: "0", paddingLeft: tokens.spacingHorizontalL },
});

function ParamRow({
  spec,
  param,
  index,
  input,
  onChange,
  onUseSelection,
  invalid,
  disabled,
}: {
  spec: FunctionSpec;
  param: ParamSpec;
  index: number;
  input: ArgInput;
  onChange: (input: ArgInput) => void;
  onUseSelection: () => void;
  invalid: boolean;
  disabled: boolean;
}) {
  const t = useText();
  const lang = useLanguage();
  const styles = useStyles();
  const name = param[lang].name;
  const legendId = `vw-${spec.id}-${param.id}`;
  const unit = param.unit ? ` (${t("ui.fn.unit", { unit: param.unit[lang] })})` : "";
  return (
    <fieldset className={styles.param} aria-labelledby={legendId}>
      <Text id={legendId} weight="semibold">
        {`${index + 1}. ${name}${unit}`}
        {param.optional && ` [${t("ui.fn.optional")}]`}
      </Text>
      <RadioGroup
        layout="horizontal"
        aria-label={t("writtenValues.pane.modeLabel", { name })}
        value={input.mode}
        onChange={(_, data) => onChange({ ...input, mode: data.value as ArgInput["mode"] })}
        disabled={disabled}
      >
        <Radio value="cells" label={t("writtenValues.pane.modeCells")} />
        <Radio value="typed" label={t("writtenValues.pane.modeTyped")} />
      </RadioGroup>
      <div className={styles.row}>
        <Field
          className={styles.grow}
          label={
            input.mode === "cells"
              ? t("writtenValues.pane.refLabel", { name })
              : t("writtenValues.pane.typedLabel", { name })
          }
          hint={param.optional ? t("writtenValues.pane.optionalHint") : undefined}
          validationState={invalid ? "error" : "none"}
          validationMessage={
            invalid ? t("writtenValues.pane.badReference", { text: input.text }) : undefined
          }
        >
          <Input
            value={input.text}
            disabled={disabled}
            onChange={(_, data) => onChange({ ...input, text: data.value })}
          />
        </Field>
        {input.mode === "cells" && (
          <Button disabled={disabled} onClick={onUseSelection}>
            {t("writtenValues.pane.useSelection")}
          </Button>
        )}
      </div>
    </fieldset>
  );
}

/**
 * 「値として書き込む」: each parameter from cells (a reference, or the selection) or typed; 「計算」
 * shows the result as the custom function would show it (or its error, or the inputs that could
 * not be read) with the equivalent formula; the target is the selection's top-left cell, shown
 * before 「書き込む」; a cell that is not empty is overwritten only after asking; 「元に戻す」 puts
 * the cells and the list of written values back exactly.
 *
 * @example <WriteAsValue spec={findFunction("UNIT_COST")!} port={port} />
 */
export function WriteAsValue({ spec, port }: { spec: FunctionSpec; port: WorkbookPort }) {
  const t = useText();
  const lang = useLanguage();
  const styles = useStyles();
  const customFunctions = useFeature("customFunctions");
  const valueWriting = useFeatureGate("valueWriting");
  const [inputs, setInputs] = useState<ArgInput[]>(() => initialArgInputs(spec.params));
  const [badReferences, setBadReferences] = useState<number[]>([]);
  const vw = useValueWriting(port, spec);
  const headingId = `vw-heading-${spec.id}`;

  const setInput = (index: number, input: ArgInput) =>
    setInputs((all) => all.map((old, i) => (i === index ? input : old)));

  const pickSelection = (index: number, param: ParamSpec) =>
    void (param.dimensionality === "matrix" ? port.getSelection() : targetCell(port)).then(
      (ref) => setInput(index, { mode: "cells", text: refText(ref) }),
      (error: unknown) => vw.setNotice({ intent: "error", text: describeError(error, lang) })
    );

  const compute = () =>
    void port.getSelection().then(
      (selection) => {
        const sources = argSources(inputs, selection.sheet);
        setBadReferences(sources.ok ? [] : sources.badReferences);
        if (sources.ok) void vw.compute(sources.args);
      },
      (error: unknown) => vw.setNotice({ intent: "error", text: describeError(error, lang) })
    );

  const c = vw.computation;
  const shown = c ? outcomeText(c.outcome, lang) : null;
  const writable = c !== null && c.problems.length === 0 && c.outcome.ok && vw.target !== null;

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={300} weight="semibold">
        {t("writtenValues.pane.heading")}
      </Text>
      <Text size={200}>
        {customFunctions.available
          ? t("writtenValues.pane.intro")
          : t("writtenValues.pane.introNoCustomFunctions")}
      </Text>
      {spec.params.map((param, index) => (
        <ParamRow
          key={param.id}
          spec={spec}
          param={param}
          index={index}
          input={inputs[index] ?? { mode: "typed", text: "" }}
          onChange={(input) => setInput(index, input)}
          onUseSelection={() => pickSelection(index, param)}
          invalid={badReferences.includes(index)}
          disabled={vw.acting}
        />
      ))}
      <div>
        <Button appearance="primary" {...valueWriting.button(vw.acting)} onClick={compute}>
          {t("writtenValues.pane.compute")}
        </Button>
      </div>
      {valueWriting.note}
      {vw.acting && <Spinner size="tiny" aria-label={t("writtenValues.pane.busy")} />}
      {c && shown && (
        <div
          className={styles.result}
          role="region"
          aria-label={t("writtenValues.pane.resultHeading")}
        >
          {c.problems.length > 0 ? (
            <>
              <Text weight="semibold">{t("writtenValues.pane.problems")}</Text>
              <ul className={styles.list}>
                {c.problems.map((issue, i) => (
                  <li key={i}>{formatOutcomeMessage(issue, lang)}</li>
                ))}
              </ul>
            </>
          ) : shown.ok ? (
            <Text>
              {t("writtenValues.pane.value")}: <span className={styles.code}>{shown.text}</span>
            </Text>
          ) : (
            <Text>
              <span className={styles.code}>{shown.error}</span> {shown.message}
            </Text>
          )}
          <Text>
            {t("writtenValues.pane.formula")}: <span className={styles.code}>{c.formula}</span>
          </Text>
        </div>
      )}
      {c && (
        <div className={styles.row}>
          <Text>
            {t("writtenValues.pane.target")}:{" "}
            <span className={styles.code}>{vw.target ? refText(vw.target) : "—"}</span>
          </Text>
          <Button disabled={vw.acting} onClick={() => void vw.retarget()}>
            {t("writtenValues.pane.retarget")}
          </Button>
          <Button
            appearance="primary"
            {...valueWriting.button(vw.acting || !writable)}
            onClick={() => vw.write(false)}
          >
            {t("writtenValues.pane.write")}
          </Button>
        </div>
      )}
      {c && !writable && c.problems.length === 0 && !c.outcome.ok && (
        <Text size={200}>{t("writtenValues.pane.cannotWrite")}</Text>
      )}
      {vw.confirm && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("writtenValues.pane.cellNotEmpty", {
              cell: refText(vw.confirm.block),
              content: vw.confirm.content,
            })}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => vw.write(true)}>{t("ui.fn.overwrite")}</Button>
            <Button onClick={vw.dismiss}>{t("ui.fn.keep")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {vw.written && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {t("writtenValues.pane.written", {
              cell: refText(vw.written.record.target),
              value: valueText(vw.written.record.values),
              formula: equivalentFormula(vw.written.record.functionId, vw.written.record.args),
            })}
            {vw.written.replaced && ` ${t("writtenValues.pane.writtenReplaced")}`}
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={vw.acting} onClick={vw.undo}>
              {t("writtenValues.pane.undo")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {vw.notice && (
        <MessageBar intent={vw.notice.intent} layout="multiline">
          <MessageBarBody>{vw.notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
