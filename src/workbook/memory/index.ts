export { MemoryWorkbook, type SheetData } from "./MemoryWorkbook";
