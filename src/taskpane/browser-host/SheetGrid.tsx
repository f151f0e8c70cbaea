import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { columnLetters } from "../../core/grid";
import type { CellPos, Grid, RangeBox } from "../../core/grid";
import { useText } from "../useText";
import { formatCellValue } from "./formatCellValue";

/** Rows drawn at most; the address box still selects anywhere on the sheet. */
export const MAX_GRID_ROWS = 300;

const useStyles = makeStyles({
  scroller: {
    overflow: "auto",
    maxHeight: "70vh",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, userSelect: "none" },
  header: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    position: "sticky",
    top: "0",
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    whiteSpace: "nowrap",
    maxWidth: "16em",
    overflow: "hidden",
    textOverflow: "ellipsis",
    cursor: "cell",
  },
  number: { textAlign: "right" },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
  },
});

function inBox(box: RangeBox | null, row: number, col: number): boolean {
  return (
    !!box &&
    row >= box.top &&
    row < box.top + box.rows &&
    col >= box.left &&
    col < box.left + box.cols
  );
}

interface SheetGridProps {
  grid: Grid;
  selection: RangeBox | null;
  onCellMouseDown: (pos: CellPos, shift: boolean) => void;
  onCellMouseEnter: (pos: CellPos) => void;
}

/**
 * The used range of a demo sheet drawn from A1, like Excel's grid, numbers shown as their
 * number format shows them (`#,##0;"△ "#,##0` → △ 65). Cell contents are rendered as React
 * text only (never HTML), because they come from a file the user opened.
 *
 * @example <SheetGrid grid={grid} selection={box} onCellMouseDown={down} onCellMouseEnter={enter} />
 */
export function SheetGrid({ grid, selection, onCellMouseDown, onCellMouseEnter }: SheetGridProps) {
  const t = useText();
  const styles = useStyles();
  const width = grid.values.reduce((w, row) => Math.max(w, row.length), 0);
  const lastRow = grid.top + grid.values.length;
  const shownRows = Math.min(lastRow, MAX_GRID_ROWS);
  const cols = Array.from({ length: grid.left + width }, (_, c) => c);

  const cellText = (row: number, col: number): { text: string; numeric: boolean } => {
    const r = row - grid.top;
    const c = col - grid.left;
    const value = grid.values[r]?.[c];
    if (value === undefined) return { text: "", numeric: false };
    const shown = grid.texts?.[r]?.[c];
    return {
      // Excel's own text when the port has it, else the number as its format shows it (△ 65).
      text:
        shown !== undefined && shown !== ""
          ? shown
          : formatCellValue(value, grid.numberFormats?.[r]?.[c]),
      numeric: typeof value === "number",
    };
  };

  return (
    <>
      <div className={styles.scroller}>
        <table
          className={styles.table}
          role="grid"
          aria-label={t("ui.host.gridLabel", { sheet: grid.sheet })}
        >
          <thead>
            <tr>
              <th className={styles.header} aria-hidden="true" />
              {cols.map((c) => (
                <th key={c} scope="col" className={styles.header}>
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: shownRows }, (_, row) => (
              <tr key={row}>
                <th scope="row" className={styles.header}>
                  {row + 1}
                </th>
                {cols.map((col) => {
                  const { text, numeric } = cellText(row, col);
                  const selected = inBox(selection, row, col);
                  return (
                    <td
                      key={col}
                      role="gridcell"
                      aria-selected={selected}
                      title={text}
                      className={mergeClasses(
                        styles.cell,
                        numeric && styles.number,
                        selected && styles.selected
                      )}
                      onMouseDown={(e) => {
                        e.preventDefault();
                        onCellMouseDown({ row, col }, e.shiftKey);
                      }}
                      onMouseEnter={() => onCellMouseEnter({ row, col })}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {lastRow > MAX_GRID_ROWS && <p>{t("ui.host.truncated", { rows: MAX_GRID_ROWS })}</p>}
    </>
  );
}
