import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import { isMarkFormula } from "../../../src/workbook/excel/markTag";
import { createFakeExcel } from "../../fakes/fake-excel";
import { describeWorkbookPortContract } from "../portContract";

// The Excel adapter over the fake Excel, which fails where Excel fails (test/fakes/fake-excel.ts).
describeWorkbookPortContract("ExcelWorkbook", async (fixture) => {
  // The fake does not calculate: a restored formula takes the result Excel would calculate.
  const fake = createFakeExcel(
    { sheets: fixture.sheets },
    { formulaResult: (f) => fixture.calculated[f] ?? "#NAME?" }
  );
  const { sheet, address, formula } = fixture.userRule;
  fake.addUserConditionalFormat(sheet, address, formula);
  return {
    port: new ExcelWorkbook(fake.run),
    select: (ref) => fake.select(ref.sheet, ref.address),
    protect: (name) => fake.protect(name),
    userRules: async (name) =>
      fake
        .conditionalFormats(name)
        .filter((cf) => !isMarkFormula(cf.formula))
        .map((cf) => cf.formula ?? ""),
  };
});
