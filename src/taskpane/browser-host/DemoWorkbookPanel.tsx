import { useCallback, useEffect, useRef, useState } from "react";
import type { FormEvent } from "react";
import { Button, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { boxAddress, parseA1Range } from "../../core/grid";
import type { Grid, RangeBox } from "../../core/grid";
import type { MemoryWorkbook } from "../../workbook/memory/MemoryWorkbook";
import type { OwnedMark } from "../../workbook/port";
import { useText } from "../useText";
import { SheetGrid } from "./SheetGrid";
import { useGridSelection } from "./useGridSelection";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: "0",
  },
  controls: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalM,
  },
  address: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalXS },
});

/**
 * A sheet of the demo workbook: sheet picker, the used range as a grid (mouse drag or
 * shift-click selects) and an address box (keyboard). Every selection goes to
 * `MemoryWorkbook.setSelection`, which is what the task pane then reads. What the pane changes
 * through the port (marks, written cells, added sheets) is redrawn (MemoryWorkbook.onChange).
 *
 * @example <DemoWorkbookPanel workbook={await MemoryWorkbook.fromXlsx(buffer)} />
 */
export function DemoWorkbookPanel({ workbook }: { workbook: MemoryWorkbook }) {
  const t = useText();
  const styles = useStyles();
  const [sheets, setSheets] = useState<string[]>([]);
  const [sheet, setSheet] = useState<string | null>(null);
  const [grid, setGrid] = useState<Grid | null | undefined>(undefined);
  const [typed, setTyped] = useState("");
  const [addressError, setAddressError] = useState<string | null>(null);
  const [selected, setSelected] = useState<{ sheet: string; address: string } | null>(null);
  const [marks, setMarks] = useState<OwnedMark[]>(() => workbook.getMarks());
  const [version, setVersion] = useState(0);
  // The selection shown ("sheet!A1:B2") and the sheet shown, for following the pane's selection.
  const shown = useRef<string | null>(null);
  const sheetNow = useRef(sheet);
  sheetNow.current = sheet;

  useEffect(
    () =>
      workbook.onChange(() => {
        setMarks(workbook.getMarks());
        setVersion((v) => v + 1);
      }),
    [workbook]
  );

  const select = useCallback(
    (box: RangeBox) => {
      if (sheet === null) return;
      const address = boxAddress(box);
      workbook.setSelection({ sheet, address });
      shown.current = `${sheet}!${address}`;
      setSelected({ sheet, address });
      setTyped(address);
      setAddressError(null);
    },
    [workbook, sheet]
  );
  const selection = useGridSelection(select);

  // The pane selected a range through the port (a finding's cell): show it, on its sheet, as
  // Excel would. Selections made here do not notify, so this follows only the pane's.
  const { show } = selection;
  useEffect(() => {
    if (version === 0) return;
    let live = true;
    workbook.getSelection().then(
      (sel) => {
        const box = parseA1Range(sel.address);
        const key = `${sel.sheet}!${sel.address}`;
        if (!live || !box || shown.current === key) return;
        shown.current = key;
        if (sheetNow.current !== sel.sheet) {
          setGrid(undefined);
          setSheet(sel.sheet);
        }
        show(box);
        setSelected(sel);
        setTyped(sel.address);
        setAddressError(null);
      },
      () => undefined
    );
    return () => {
      live = false;
    };
  }, [workbook, version, show]);

  useEffect(() => {
    let live = true;
    workbook.listSheets().then((names) => {
      if (!live) return;
      setSheets(names);
      setSheet((current) =>
        current !== null && names.includes(current) ? current : (names[0] ?? null)
      );
    });
    return () => {
      live = false;
    };
  }, [workbook, version]);

  useEffect(() => {
    if (sheet === null) return;
    let live = true;
    workbook.readUsedRange(sheet).then((g) => live && setGrid(g));
    return () => {
      live = false;
    };
  }, [workbook, sheet, version]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const box = parseA1Range(typed);
    if (!box) {
      setAddressError(t("ui.host.badAddress", { address: typed }));
      return;
    }
    selection.show(box);
    select(box);
  };

  return (
    <div className={styles.root}>
      <div className={styles.controls}>
        <Field label={t("ui.host.sheet")}>
          <Select
            value={sheet ?? ""}
            onChange={(_, data) => {
              selection.show(null);
              setGrid(undefined);
              setSheet(data.value);
            }}
          >
            {sheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <form className={styles.address} onSubmit={onSubmit}>
          <Field
            label={t("ui.host.address")}
            validationState={addressError ? "error" : "none"}
            validationMessage={addressError ?? undefined}
          >
            <Input value={typed} onChange={(_, data) => setTyped(data.value)} />
          </Field>
          <Button type="submit">{t("ui.host.select")}</Button>
        </form>
      </div>
      <Text role="status">{selected ? t("ui.host.selected", selected) : ""}</Text>
      {grid === null && <Text>{t("ui.host.emptySheet")}</Text>}
      {grid && (
        <SheetGrid
          grid={grid}
          marks={marks.filter((m) => m.sheet === grid.sheet)}
          selection={selection.box}
          onCellMouseDown={selection.onCellMouseDown}
          onCellMouseEnter={selection.onCellMouseEnter}
        />
      )}
    </div>
  );
}
