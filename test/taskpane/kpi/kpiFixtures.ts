import { readFileSync } from "fs";
import { join } from "path";
import { recognizeKpiRegister } from "../../../src/core/kpi/recognizeKpiRegister";
import type { KpiRegister } from "../../../src/core/kpi/types";
import { MemoryWorkbook } from "../../../src/workbook/memory";

export type KpiSample = "himi" | "tomakomai";

/** A KPI register sample of the browser host (assets/samples/<name>-kpi-register.xlsx), in memory. */
export async function kpiSample(name: KpiSample): Promise<MemoryWorkbook> {
  return MemoryWorkbook.fromXlsx(
    readFileSync(join(__dirname, `../../../assets/samples/${name}-kpi-register.xlsx`))
  );
}

/** The register of a sample as core reads it: the oracle the pane's figures are compared with. */
export async function sampleRegister(wb: MemoryWorkbook): Promise<KpiRegister> {
  for (const sheet of await wb.listSheets()) {
    const grid = await wb.readUsedRange(sheet);
    if (!grid) continue;
    const result = recognizeKpiRegister(grid);
    if (result.ok) return result.register;
  }
  throw new Error("no KPI register in the sample");
}
