import { useId } from "react";
import {
  Field,
  Label,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useText } from "../useText";
import { SAMPLE_FILES, sampleUrl } from "./samples";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
  },
  file: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
});

async function fetchSample(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.arrayBuffer();
}

/**
 * Opens a demo workbook: one of the bundled samples, or a local .xlsx (read in the browser only).
 *
 * @example <WorkbookPicker onOpen={(name, load) => open(name, load)} error={null} />
 */
export function WorkbookPicker({
  onOpen,
  error,
}: {
  onOpen: (name: string, load: () => Promise<ArrayBuffer>) => void;
  error: string | null;
}) {
  const t = useText();
  const styles = useStyles();
  const fileId = useId();
  return (
    <div className={styles.root}>
      <Field label={t("ui.host.sample")}>
        <Select
          defaultValue=""
          onChange={(_, data) => {
            const file = SAMPLE_FILES.find((f) => f === data.value);
            if (file) onOpen(`${file}.xlsx`, () => fetchSample(sampleUrl(file)));
          }}
        >
          <option value="" disabled>
            {t("ui.host.chooseSample")}
          </option>
          {SAMPLE_FILES.map((file) => (
            <option key={file} value={file}>
              {t(`ui.host.sample.${file}`)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.file}>
        <Label htmlFor={fileId}>{t("ui.host.openFile")}</Label>
        <input
          id={fileId}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onOpen(file.name, () => file.arrayBuffer());
          }}
        />
      </div>
      {error !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
