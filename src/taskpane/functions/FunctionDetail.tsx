import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { FunctionSpec } from "../../core/catalogue/types";
import { useLanguage, useText } from "../useText";
import { useFeature } from "../capabilities/useFeature";
import { InsertFunction } from "./InsertFunction";
import { WriteAsValue } from "./WriteAsValue";
import type { WorkbookPort } from "../../workbook/port";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  term: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalS },
  def: { marginLeft: "0", overflowWrap: "anywhere" },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  list: { margin: "0", paddingLeft: tokens.spacingHorizontalL },
});

/**
 * One catalogue function in full: formula, parameters with units, rounding, source, examples;
 * inserting its formula, and 「値として書き込む」 (first where custom functions cannot run).
 *
 * @example <FunctionDetail spec={spec} port={port} onBack={() => setOpenId(null)} />
 */
export function FunctionDetail({
  spec,
  port,
  onBack,
}: {
  spec: FunctionSpec;
  port: WorkbookPort;
  onBack: () => void;
}) {
  const t = useText();
  const lang = useLanguage();
  const styles = useStyles();
  const precision = spec.precision;
  const resultUnit = spec.result.unit?.[lang];
  // Where custom functions cannot run, writing the value is what the user can do: it comes first.
  const customFunctions = useFeature("customFunctions").available;

  return (
    <section className={styles.root} aria-labelledby={`fn-${spec.id}`}>
      <div>
        <Button appearance="subtle" onClick={onBack}>
          {t("ui.fn.back")}
        </Button>
      </div>
      <Text as="h2" id={`fn-${spec.id}`} size={400} weight="semibold">
        {spec[lang].name}
      </Text>
      <Text className={styles.code}>ZAISEI.{spec.id}</Text>
      <Text>{spec[lang].description}</Text>
      {!customFunctions && <WriteAsValue spec={spec} port={port} />}
      <InsertFunction spec={spec} port={port} />
      {customFunctions && <WriteAsValue spec={spec} port={port} />}
      <dl>
        <dt className={styles.term}>{t("ui.fn.formula")}</dt>
        <dd className={styles.def}>{spec.formula[lang]}</dd>
        <dt className={styles.term}>{t("ui.fn.params")}</dt>
        <dd className={styles.def}>
          {spec.params.length === 0 ? (
            t("ui.fn.noParams")
          ) : (
            <ol className={styles.list}>
              {spec.params.map((p) => (
                <li key={p.id}>
                  <Text weight="semibold">{p[lang].name}</Text>
                  {p.unit && ` (${t("ui.fn.unit", { unit: p.unit[lang] })})`}
                  {p.dimensionality === "matrix" && ` [${t("ui.fn.range")}]`}
                  {p.optional && ` [${t("ui.fn.optional")}]`}
                  {": "}
                  {p[lang].description}
                </li>
              ))}
            </ol>
          )}
        </dd>
        {resultUnit && (
          <>
            <dt className={styles.term}>{t("ui.fn.result")}</dt>
            <dd className={styles.def}>{t("ui.fn.unit", { unit: resultUnit })}</dd>
          </>
        )}
        <dt className={styles.term}>{t("ui.fn.precision")}</dt>
        <dd className={styles.def}>
          {precision
            ? t("ui.fn.precisionValue", {
                digits: precision.digits,
                mode: t(`ui.fn.rounding.${precision.rounding}`),
              })
            : t("ui.fn.noPrecision")}
          {precision?.note && ` — ${precision.note[lang]}`}
        </dd>
        <dt className={styles.term}>{t("ui.fn.source")}</dt>
        <dd className={styles.def}>{spec.source[lang]}</dd>
        <dt className={styles.term}>{t("ui.fn.confidence")}</dt>
        <dd className={styles.def}>{t(`ui.fn.confidence.${spec.confidence}`)}</dd>
        {spec.examples.length > 0 && (
          <>
            <dt className={styles.term}>{t("ui.fn.examples")}</dt>
            <dd className={styles.def}>
              <ul className={styles.list}>
                {spec.examples.map((ex) => (
                  <li key={ex.formula}>
                    <span className={styles.code}>{ex.formula}</span> →{" "}
                    <span className={styles.code}>{ex.result}</span>
                    {ex.note && ` (${ex.note[lang]})`}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
