import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { columnLetters, parseA1Range } from "../../core/grid";
import type { CellPos, Grid, RangeBox } from "../../core/grid";
import type { CellMark, MarkSeverity } from "../../workbook/port";
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
  // Severity: a palette background as the colour cue, a thick left border in the palette's
  // border colour (seen through the selection too) and, for everyone, the severity's name as text.
  error: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}`,
  },
  confirm: {
    backgroundColor: tokens.colorPaletteMarigoldBackground2,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteMarigoldBorder2}`,
  },
  note: {
    backgroundColor: tokens.colorPaletteBlueBackground2,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteBlueBorderActive}`,
  },
  /** Read by screen readers, not drawn: the colour is not the only cue. */
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

/** Most severe first: a cell under several marks shows the worst. */
const SEVERITY_ORDER: readonly MarkSeverity[] = ["error", "confirm", "note"];

/**
 * The severity each shown cell is marked with ("row,col" → severity), the most severe when marks
 * overlap; ranges are clipped to the drawn rows and columns so a mark over a whole table costs
 * only the cells drawn. Marks whose address is not a range are skipped (the port refuses them).
 *
 * @example markedCells([{ sheet: "歳入", address: "B2", severity: "error" }], 300, 10).get("1,1") // "error"
 */
export function markedCells(
  marks: readonly CellMark[],
  rows: number,
  cols: number
): Map<string, MarkSeverity> {
  const out = new Map<string, MarkSeverity>();
  for (const m of marks) {
    const box = parseA1Range(m.address);
    if (!box) continue;
    const bottom = Math.min(box.top + box.rows, rows);
    const right = Math.min(box.left + box.cols, cols);
    for (let r = box.top; r < bottom; r++)
      for (let c = box.left; c < right; c++) {
        const key = `${r},${c}`;
        const had = out.get(key);
        if (!had || SEVERITY_ORDER.indexOf(m.severity) < SEVERITY_ORDER.indexOf(had))
          out.set(key, m.severity);
      }
  }
  return out;
}

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
  /** The add-in's marks on this sheet (MemoryWorkbook.getMarks). */
  marks?: readonly CellMark[];
  selection: RangeBox | null;
  onCellMouseDown: (pos: CellPos, shift: boolean) => void;
  onCellMouseEnter: (pos: CellPos) => void;
}

/**
 * The used range of a demo sheet drawn from A1, like Excel's grid, numbers shown as their
 * number format shows them (`#,##0;"△ "#,##0` → △ 65). Cell contents are rendered as React
 * text only (never HTML), because they come from a file the user opened. A marked cell shows its
 * severity by colour and by its name (誤り / 要確認 / 端数) in its title and as hidden text.
 *
 * @example <SheetGrid grid={grid} marks={marks} selection={box} onCellMouseDown={down} onCellMouseEnter={enter} />
 */
export function SheetGrid({
  grid,
  marks = [],
  selection,
  onCellMouseDown,
  onCellMouseEnter,
}: SheetGridProps) {
  const t = useText();
  const styles = useStyles();
  const width = grid.values.reduce((w, row) => Math.max(w, row.length), 0);
  const lastRow = grid.top + grid.values.length;
  const shownRows = Math.min(lastRow, MAX_GRID_ROWS);
  const cols = Array.from({ length: grid.left + width }, (_, c) => c);
  const marked = markedCells(marks, shownRows, cols.length);

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
                  const severity = marked.get(`${row},${col}`);
                  const label = severity && t(`workbook.mark.${severity}`);
                  return (
                    <td
                      key={col}
                      role="gridcell"
                      aria-selected={selected}
                      title={label ? (text ? `${text} (${label})` : label) : text}
                      className={mergeClasses(
                        styles.cell,
                        numeric && styles.number,
                        severity && styles[severity],
                        selected && styles.selected
                      )}
                      onMouseDown={(e) => {
                        e.preventDefault();
                        onCellMouseDown({ row, col }, e.shiftKey);
                      }}
                      onMouseEnter={() => onCellMouseEnter({ row, col })}
                    >
                      {text}
                      {label && <span className={styles.visuallyHidden}> {label}</span>}
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
