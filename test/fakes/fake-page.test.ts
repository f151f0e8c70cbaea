import { createFakeExcel, FakeRichApiError } from "./fake-excel";

// The fake fails where Excel fails, so an adapter that passes against it does not fail mid-batch
// in Excel: these are the refusals the chart and page code relies on.

const setup = () =>
  createFakeExcel({
    sheets: [
      {
        name: "データ",
        rows: [
          ["", "実績"],
          ["R6", 1],
          ["R7", ""],
        ],
      },
      { name: "KPI", rows: [] },
    ],
  });

type Batch = (ctx: Excel.RequestContext) => Promise<unknown> | unknown;

async function codeOf(fake: ReturnType<typeof setup>, batch: Batch): Promise<string> {
  try {
    await fake.run(async (ctx) => {
      await batch(ctx);
      await ctx.sync();
    });
    return "ok";
  } catch (e) {
    return e instanceof FakeRichApiError ? e.code : String(e);
  }
}

const sheetOf = (ctx: Excel.RequestContext, name = "KPI") => ctx.workbook.worksheets.getItem(name);
const source = (ctx: Excel.RequestContext, address: string) =>
  sheetOf(ctx, "データ").getRange(address);

describe("fake Excel charts", () => {
  it("refuses an unknown chart type and a source range without any value", async () => {
    const fake = setup();
    expect(
      await codeOf(fake, (ctx) =>
        sheetOf(ctx).charts.add("Pie3DExploded" as Excel.ChartType, source(ctx, "B2:B3"), "Columns")
      )
    ).toBe("InvalidArgument");
    expect(
      await codeOf(fake, (ctx) =>
        sheetOf(ctx).charts.add("ColumnClustered", source(ctx, "C2:C3"), "Columns")
      )
    ).toBe("InvalidArgument");
    expect(
      await codeOf(fake, (ctx) =>
        sheetOf(ctx).charts.add("ColumnClustered", source(ctx, "B2:B3"), "Columns")
      )
    ).toBe("ok");
    expect(fake.charts("KPI")).toHaveLength(1);
  });

  it("refuses unknown series enums, bad colours, spacing out of range, and a secondary axis with no series on it", async () => {
    const fake = setup();
    const chart = (ctx: Excel.RequestContext) =>
      sheetOf(ctx).charts.add("ColumnClustered", source(ctx, "B2:B3"), "Columns");
    const series = (ctx: Excel.RequestContext) => chart(ctx).series.getItemAt(0);
    expect(
      await codeOf(fake, (ctx) => void (series(ctx).axisGroup = "Tertiary" as Excel.ChartAxisGroup))
    ).toBe("InvalidArgument");
    expect(
      await codeOf(
        fake,
        (ctx) => void (series(ctx).format.line.lineStyle = "Dashed" as Excel.ChartLineStyle)
      )
    ).toBe("InvalidArgument");
    expect(await codeOf(fake, (ctx) => series(ctx).format.fill.setSolidColor("紺"))).toBe(
      "InvalidArgument"
    );
    expect(await codeOf(fake, (ctx) => void (series(ctx).gapWidth = 600))).toBe("InvalidArgument");
    expect(await codeOf(fake, (ctx) => void (series(ctx).overlap = -101))).toBe("InvalidArgument");
    expect(
      await codeOf(
        fake,
        (ctx) => void (chart(ctx).legend.position = "Below" as Excel.ChartLegendPosition)
      )
    ).toBe("InvalidArgument");
    expect(
      await codeOf(
        fake,
        (ctx) => void (chart(ctx).axes.getItem("Value", "Secondary").numberFormat = "0")
      )
    ).toBe("ItemNotFound");
    expect(
      await codeOf(fake, (ctx) => {
        const c = chart(ctx);
        c.series.getItemAt(0).axisGroup = "Secondary";
        c.axes.getItem("Value", "Secondary").numberFormat = "0";
      })
    ).toBe("ok");
  });

  it("refuses a chart on a protected sheet", async () => {
    const fake = setup();
    fake.protect("KPI");
    expect(
      await codeOf(fake, (ctx) => sheetOf(ctx).charts.add("Line", source(ctx, "B2:B3"), "Columns"))
    ).toBe("AccessDenied");
  });
});

describe("fake Excel page layout", () => {
  it("refuses unknown orientation and paper, a bad print area, title rows that are not rows", async () => {
    const fake = setup();
    const layout = (ctx: Excel.RequestContext) => sheetOf(ctx).pageLayout;
    expect(
      await codeOf(
        fake,
        (ctx) => void (layout(ctx).orientation = "Sideways" as Excel.PageOrientation)
      )
    ).toBe("InvalidArgument");
    expect(
      await codeOf(fake, (ctx) => void (layout(ctx).paperSize = "A7" as Excel.PaperType))
    ).toBe("InvalidArgument");
    expect(await codeOf(fake, (ctx) => layout(ctx).setPrintArea("A1:"))).toBe("InvalidArgument");
    expect(await codeOf(fake, (ctx) => layout(ctx).setPrintTitleRows("A1:B2"))).toBe(
      "InvalidArgument"
    );
    expect(
      await codeOf(fake, (ctx) => void (layout(ctx).zoom = { horizontalFitToPages: -1 }))
    ).toBe("InvalidArgument");
    expect(await codeOf(fake, (ctx) => sheetOf(ctx).horizontalPageBreaks.add("A1"))).toBe(
      "InvalidArgument"
    );
    expect(fake.sheetModel("KPI").pageLayout).toEqual({});
  });
});

describe("fake Excel tables and validation", () => {
  it("refuses an overlapping table, a table name Excel refuses or another table has", async () => {
    const fake = setup();
    expect(
      await codeOf(fake, (ctx) => void (sheetOf(ctx).tables.add("A1:C5", true).name = "登録"))
    ).toBe("ok");
    expect(await codeOf(fake, (ctx) => sheetOf(ctx).tables.add("C5:D9", true))).toBe(
      "InvalidOperation"
    );
    expect(
      await codeOf(fake, (ctx) => void (sheetOf(ctx).tables.add("F1:G3", true).name = "A1"))
    ).toBe("InvalidArgument");
    expect(
      await codeOf(
        fake,
        (ctx) => void (sheetOf(ctx, "データ").tables.add("F1:G3", true).name = "登録")
      )
    ).toBe("ItemAlreadyExists");
  });

  it("refuses a list on a protected sheet and a list source over 255 characters", async () => {
    const fake = setup();
    const rule = (source: string) => ({ list: { inCellDropDown: true, source } });
    expect(
      await codeOf(
        fake,
        (ctx) => void (sheetOf(ctx).getRange("A2:A5").dataValidation.rule = rule("あ".repeat(256)))
      )
    ).toBe("InvalidArgument");
    fake.protect("KPI");
    expect(
      await codeOf(
        fake,
        (ctx) => void (sheetOf(ctx).getRange("A2:A5").dataValidation.rule = rule("増加,減少"))
      )
    ).toBe("AccessDenied");
    expect(fake.sheetModel("KPI").validations).toEqual([]);
  });

  it("refuses a sheet name over 31 characters", async () => {
    const fake = setup();
    expect(await codeOf(fake, (ctx) => ctx.workbook.worksheets.add("あ".repeat(32)))).toBe(
      "InvalidArgument"
    );
  });
});
