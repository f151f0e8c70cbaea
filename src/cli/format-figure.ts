/**
 * The CLI shows figures exactly as the task pane does: the display logic lives in core
 * (src/core/table/displayFigure.ts) and is re-exported here under the CLI's names.
 */
export { displayFigure as formatFigure, displayFigures } from "../core/table/displayFigure";
