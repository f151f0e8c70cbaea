// Sheet-name matching is shared with the Excel adapter (excelMarks), so it lives beside the port.
export { findSheetName, sheetNameKey } from "../sheetName";
