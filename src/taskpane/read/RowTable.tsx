import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { TableRecognition } from "../../core/table/types";
import { useText } from "../useText";
import { formatRecognizedCell } from "./formatParsedCell";

const useStyles = makeStyles({
  region: {
    overflowX: "auto",
    maxWidth: "100%",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, minWidth: "100%" },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: "nowrap",
  },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "center",
  },
  label: {
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    position: "sticky",
    left: "0",
    backgroundColor: tokens.colorNeutralBackground1,
    whiteSpace: "normal",
    minWidth: "8em",
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  invalid: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/**
 * Rows drawn at most. Drawing every row of a 100,000-cell selection (10,000 rows) froze the page
 * for about 2 s in Chromium after recognition had kept it responsive; the counts and unreadable
 * cells above the table still cover every row.
 */
export const MAX_SHOWN_ROWS = 500;

/**
 * The row labels with what each data cell was read as, figures printed as the CLI prints them
 * (12.0, 0.53), each in its row's unit (1億2,000万円 in a 百万円 table shows 120). The headings state the table's unit and each column's, so a cell shows only
 * another unit — a row's own (「実質公債費比率」 → 12.0%) is shown in its cells because the pane
 * has no unit column beside the label. Scrolls sideways inside a narrow task pane; the label
 * column stays in view. Only the first {@link MAX_SHOWN_ROWS} rows are drawn, with a note saying so.
 *
 * @example <RowTable recognition={report.recognition} />
 */
export function RowTable({ recognition }: { recognition: TableRecognition }) {
  const t = useText();
  const styles = useStyles();
  const tableUnit = recognition.unit.money;
  if (recognition.rows.length === 0) return <p>{t("ui.read.noRows")}</p>;
  const yearLabel = new Map((recognition.yearAxis?.years ?? []).map((y) => [y.index, y.label]));
  const columns = recognition.columns.map((c) => ({
    col: c.col,
    label: yearLabel.get(c.col) ?? c.label,
    implied: [tableUnit, c.unit],
  }));

  const shown = recognition.rows.slice(0, MAX_SHOWN_ROWS);

  return (
    <>
      <Text as="h3" size={300} weight="semibold" id="row-table-heading">
        {t("ui.read.rows")}
      </Text>
      {shown.length < recognition.rows.length && (
        <Text>
          {t("ui.read.rowsShown", { shown: shown.length, total: recognition.rows.length })}
        </Text>
      )}
      <div className={styles.region} role="region" aria-labelledby="row-table-heading" tabIndex={0}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col" className={mergeClasses(styles.cell, styles.head, styles.label)}>
                {t("ui.read.rowLabel")}
              </th>
              {columns.map((c) => (
                <th key={c.col} scope="col" className={mergeClasses(styles.cell, styles.head)}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => {
              const byCol = new Map(row.cells.map((cell) => [cell.col, cell]));
              return (
                <tr key={row.row}>
                  <th scope="row" className={mergeClasses(styles.cell, styles.label)}>
                    {row.label}
                  </th>
                  {columns.map((c) => {
                    const cell = byCol.get(c.col);
                    const parsed = cell?.parsed;
                    const invalid = parsed?.kind === "invalid";
                    return (
                      <td
                        key={c.col}
                        className={mergeClasses(
                          styles.cell,
                          parsed?.kind === "number" && styles.number,
                          invalid && styles.invalid
                        )}
                        title={cell ? cell.address : undefined}
                        aria-label={parsed?.kind === "blank" ? t("ui.read.blankCell") : undefined}
                      >
                        {cell ? formatRecognizedCell(cell, c.implied) : ""}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
