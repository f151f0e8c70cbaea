import { useCallback, useEffect, useRef, useState } from "react";
import type { CellPos, RangeBox } from "../../core/grid";

/**
 * The box spanned by two corners, whichever way the mouse went.
 *
 * @example boxOf({ row: 3, col: 2 }, { row: 0, col: 0 }) // { top: 0, left: 0, rows: 4, cols: 3 }
 */
export function boxOf(a: CellPos, b: CellPos): RangeBox {
  const top = Math.min(a.row, b.row);
  const left = Math.min(a.col, b.col);
  return { top, left, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
}

/**
 * Mouse selection on the demo grid like Excel's: press and drag, or click then shift-click to
 * extend from the anchor. `onCommit` gets the final box when the mouse button is released.
 *
 * @example const sel = useGridSelection((box) => select(boxAddress(box)));
 */
export function useGridSelection(onCommit: (box: RangeBox) => void) {
  const [anchor, setAnchor] = useState<CellPos | null>(null);
  const [focus, setFocus] = useState<CellPos | null>(null);
  const dragging = useRef(false);
  const latest = useRef<{ anchor: CellPos | null; focus: CellPos | null }>({
    anchor: null,
    focus: null,
  });
  latest.current = { anchor, focus };

  const commit = useCallback(() => {
    const { anchor: a, focus: f } = latest.current;
    if (a && f) onCommit(boxOf(a, f));
  }, [onCommit]);

  useEffect(() => {
    const up = () => {
      if (!dragging.current) return;
      dragging.current = false;
      commit();
    };
    window.addEventListener("mouseup", up);
    return () => window.removeEventListener("mouseup", up);
  }, [commit]);

  const onCellMouseDown = useCallback((pos: CellPos, shift: boolean) => {
    dragging.current = true;
    if (shift && latest.current.anchor) {
      setFocus(pos);
      latest.current = { anchor: latest.current.anchor, focus: pos };
    } else {
      setAnchor(pos);
      setFocus(pos);
      latest.current = { anchor: pos, focus: pos };
    }
  }, []);

  const onCellMouseEnter = useCallback((pos: CellPos) => {
    if (!dragging.current) return;
    setFocus(pos);
    latest.current = { anchor: latest.current.anchor, focus: pos };
  }, []);

  /** Sets the selection from elsewhere (a typed address), so the grid shows it. */
  const show = useCallback((box: RangeBox | null) => {
    const a = box ? { row: box.top, col: box.left } : null;
    const f = box ? { row: box.top + box.rows - 1, col: box.left + box.cols - 1 } : null;
    setAnchor(a);
    setFocus(f);
    latest.current = { anchor: a, focus: f };
  }, []);

  const box = anchor && focus ? boxOf(anchor, focus) : null;
  return { box, onCellMouseDown, onCellMouseEnter, show };
}
