import { createExcelPort } from "../../src/taskpane/excelHost";
import { WorkbookError } from "../../src/workbook/port";
import { createFakeExcel } from "../fakes/fake-excel";

/** A fake `Office` whose host has ExcelApi 1.1 … 1.`highestMinor` (1.10 is newer than 1.9). */
function officeWith(highestMinor: number) {
  const asked: string[] = [];
  const office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) => {
          asked.push(`${name} ${version ?? ""}`);
          const minor = Number((version ?? "1.1").split(".")[1]);
          return name === "ExcelApi" && minor <= highestMinor;
        },
      },
    },
  };
  return { office, asked };
}

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return "done";
  } catch (error) {
    return error instanceof WorkbookError ? error.code : String(error);
  }
}

describe("createExcelPort", () => {
  it("asks the host for the requirement sets and refuses what an old Excel lacks", async () => {
    // Office 2016 without updates has ExcelApi 1.1–1.5 (Microsoft: Excel JavaScript API requirement sets).
    const fake = createFakeExcel({ sheets: [{ name: "歳入", rows: [[1]] }] });
    const { office, asked } = officeWith(5);
    const port = createExcelPort(office, fake);
    expect(await codeOf(port.setMarks("check", []))).toBe("workbook.unsupported"); // marks need 1.9
    expect(await codeOf(port.listCharts())).toBe("workbook.unsupported"); // charts need 1.7
    expect(asked).toEqual(expect.arrayContaining(["ExcelApi 1.9", "ExcelApi 1.7"]));
    expect((await port.readRange({ sheet: "歳入", address: "A1" })).values).toEqual([[1]]);
  });

  it("runs every feature through the host's Excel.run when the sets are there", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "歳入", rows: [[1]] }] });
    const port = createExcelPort(officeWith(17).office, fake);
    expect(await port.listCharts()).toEqual([]);
    await port.setSetting("view", { lang: "ja" });
    expect(await port.getSetting("view")).toEqual({ lang: "ja" });
    expect(fake.syncCount).toBeGreaterThan(0);
  });
});
