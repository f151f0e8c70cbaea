/** KPI進捗 (issue 8) over a WorkbookPort: the task pane's 「KPI」 tab and the CLI's `kpi` share these. */
export {
  findKpiRegisters,
  readKpiRegister,
  loadGradingScheme,
  loadGradingSchemeWithNote,
  saveGradingScheme,
  KPI_SCHEME_SETTING,
} from "./kpi-register";
export { generateKpiCharts } from "./kpi-charts";
export { createKpiSheet, kpiTableName } from "./kpi-sheet";
