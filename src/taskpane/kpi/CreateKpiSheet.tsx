import { useState } from "react";
import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useFeatureGate } from "../capabilities/FeatureGate";
import { useText } from "../useText";
import { yearOptionText } from "./kpiText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  period: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** 令和7年度 – 令和11年度: the plan period the form starts with. */
export const DEFAULT_PERIOD = { fromYear: 2025, toYear: 2029 } as const;

/** The years the form offers: 令和2年度 (2020) to 令和22年度 (2040). */
export const PERIOD_YEARS: readonly number[] = Array.from({ length: 21 }, (_, i) => 2020 + i);

export interface CreateKpiSheetProps {
  onCreate: (period: { fromYear: number; toYear: number }) => void;
  busy: boolean;
}

/**
 * 「KPIシートを作成」: the plan period (from / to fiscal year, 令和7年度–令和11年度 at first), then the
 * button; a period that ends before it starts is refused here.
 *
 * @example <CreateKpiSheet onCreate={({ fromYear, toYear }) => create(fromYear, toYear)} busy={false} />
 */
export function CreateKpiSheet({ onCreate, busy }: CreateKpiSheetProps) {
  const t = useText();
  const styles = useStyles();
  const [fromYear, setFrom] = useState<number>(DEFAULT_PERIOD.fromYear);
  const [toYear, setTo] = useState<number>(DEFAULT_PERIOD.toYear);
  const bad = toYear < fromYear;
  const sheetGate = useFeatureGate("kpiSheet");
  const options = PERIOD_YEARS.map((y) => (
    <option key={y} value={y}>
      {yearOptionText(y, t)}
    </option>
  ));
  return (
    <section className={styles.root} aria-labelledby="kpi-create-heading">
      <Text as="h3" id="kpi-create-heading" size={300} weight="semibold">
        {t("kpiPane.create")}
      </Text>
      <Text size={200}>{t("kpiPane.createIntro")}</Text>
      <div className={styles.period}>
        <Field label={t("kpiPane.fromYear")}>
          <Select value={String(fromYear)} onChange={(_, d) => setFrom(Number(d.value))}>
            {options}
          </Select>
        </Field>
        <Field label={t("kpiPane.toYear")}>
          <Select value={String(toYear)} onChange={(_, d) => setTo(Number(d.value))}>
            {options}
          </Select>
        </Field>
      </div>
      {bad && (
        <Text role="alert" className={styles.error}>
          {t("kpiPane.badPeriod")}
        </Text>
      )}
      <div>
        <Button {...sheetGate.button(busy || bad)} onClick={() => onCreate({ fromYear, toYear })}>
          {t("kpiPane.create")}
        </Button>
      </div>
      {sheetGate.note}
    </section>
  );
}
