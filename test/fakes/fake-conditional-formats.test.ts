import { createFakeExcel } from "./fake-excel";

const fake2 = () => {
  const fake = createFakeExcel({ sheets: [{ name: "歳入", rows: [[1, 2]] }] });
  const a = fake.addUserConditionalFormat("歳入", "A1", "=A1<0");
  const b = fake.addUserConditionalFormat("歳入", "B1", "", { type: "ColorScale" });
  return { fake, a, b };
};

/** Loads the sheet's rules' ids and types in one batch. */
const idsAndTypes = (fake: ReturnType<typeof createFakeExcel>) =>
  fake.run(async (ctx) => {
    const rules = ctx.workbook.worksheets.getItem("歳入").getRange().conditionalFormats;
    rules.load("items/id,items/type");
    await ctx.sync();
    return rules.items.map((f) => [f.id, f.type]);
  });

describe("FakeConditionalFormatCollection", () => {
  // @types/office-js (ExcelApi 1.6): ConditionalFormat.id is "The priority of the conditional
  // format in the current ConditionalFormatCollection"; add() puts it "at the first/top priority".
  it("gives each rule its current priority as id, which shifts when rules are added or moved", async () => {
    const { fake, a } = fake2();
    expect(await idsAndTypes(fake)).toEqual([
      ["0", "ColorScale"],
      ["1", "Custom"],
    ]);
    await fake.run(async (ctx) => {
      const added = ctx.workbook.worksheets
        .getItem("歳入")
        .getRange("A1")
        .conditionalFormats.add("Custom");
      added.custom.rule.formula = "=A1>9";
    });
    fake.moveConditionalFormat("歳入", a, 0);
    expect(await idsAndTypes(fake)).toEqual([
      ["0", "Custom"],
      ["1", "Custom"],
      ["2", "ColorScale"],
    ]);
    expect(fake.conditionalFormats("歳入").map((cf) => cf.formula)).toEqual([
      "=A1<0",
      "=A1>9",
      undefined,
    ]);
  });

  it("counts priorities within the range's own collection", async () => {
    const { fake } = fake2();
    const id = await fake.run(async (ctx) => {
      const rules = ctx.workbook.worksheets.getItem("歳入").getRange("A1").conditionalFormats;
      rules.load("items/id");
      await ctx.sync();
      return rules.items.map((f) => f.id);
    });
    expect(id).toEqual(["0"]);
  });

  it("fails the sync with InvalidOperation when custom is loaded on a non-custom rule (office-js#2180)", async () => {
    const { fake } = fake2();
    const e = await fake
      .run(async (ctx) => {
        const rules = ctx.workbook.worksheets.getItem("歳入").getRange().conditionalFormats;
        rules.load("items/custom/rule/formula");
        await ctx.sync();
      })
      .catch((error: unknown) => error);
    expect(e).toMatchObject({ code: "InvalidOperation" });
  });

  it("reads a custom rule's formula once custom is loaded on that rule only", async () => {
    const { fake } = fake2();
    const formulas = await fake.run(async (ctx) => {
      const rules = ctx.workbook.worksheets.getItem("歳入").getRange().conditionalFormats;
      rules.load("items/type");
      await ctx.sync();
      const custom = rules.items.filter((f) => f.type === "Custom");
      for (const f of custom) f.load("custom/rule/formula");
      await ctx.sync();
      return custom.map((f) => f.custom.rule.formula);
    });
    expect(formulas).toEqual(["=A1<0"]);
  });

  it("finds an item again by its priority, so deleting from the top shifts the next delete", async () => {
    const { fake, b } = fake2();
    fake.addUserConditionalFormat("歳入", "A1:B1", "=1", { priority: 2 });
    await fake.run(async (ctx) => {
      const rules = ctx.workbook.worksheets.getItem("歳入").getRange().conditionalFormats;
      rules.load("items");
      await ctx.sync();
      rules.items[0]!.delete(); // the colour scale
      rules.items[1]!.delete(); // meant "=A1<0", now points at "=1"
    });
    expect(fake.conditionalFormats("歳入").map((cf) => cf.formula)).toEqual(["=A1<0"]);
    expect(fake.conditionalFormats("歳入")).not.toContain(b);
  });
});

describe("FakeRangeAreas", () => {
  it("adds one rule over several areas, found by each area's collection", async () => {
    const { fake } = fake2();
    await fake.run(async (ctx) => {
      const f = ctx.workbook.worksheets
        .getItem("歳入")
        .getRanges("C1,E2:F3")
        .conditionalFormats.add("Custom");
      f.custom.rule.formula = "=TRUE";
      await ctx.sync();
    });
    const [rule] = fake.conditionalFormats("歳入");
    expect(rule!.areas).toHaveLength(2);
    const inF3 = await fake.run(async (ctx) => {
      const rules = ctx.workbook.worksheets.getItem("歳入").getRange("F3").conditionalFormats;
      rules.load("items/type");
      await ctx.sync();
      return rules.items.length;
    });
    expect(inF3).toBe(1);
  });

  it.each([["A1,B"], [Array.from({ length: 90 }, (_, i) => `A${i + 1}`).join(",")]])(
    "fails the sync for the address list %s as Excel does (InvalidArgument)",
    async (address) => {
      const { fake } = fake2();
      await expect(
        fake.run(async (ctx) => {
          ctx.workbook.worksheets
            .getItem("歳入")
            .getRanges(address)
            .conditionalFormats.add("Custom");
          await ctx.sync();
        })
      ).rejects.toMatchObject({ code: "InvalidArgument" });
      expect(fake.conditionalFormats("歳入")).toHaveLength(2);
    }
  );
});

describe("FakeConditionalFormatProxy.customOrNullObject", () => {
  it("loads formulas with types in one sync, a null object on other types", async () => {
    const { fake } = fake2();
    const loaded = await fake.run(async (ctx) => {
      const rules = ctx.workbook.worksheets.getItem("歳入").getRange().conditionalFormats;
      rules.load("items/type,items/customOrNullObject/rule/formula");
      await ctx.sync();
      return rules.items.map((f) => [f.type, f.customOrNullObject.isNullObject]);
    });
    expect(loaded).toEqual([
      ["ColorScale", true],
      ["Custom", false],
    ]);
  });
});

describe("fake sheet protection", () => {
  it("refuses rule changes and cell writes on a protected sheet with AccessDenied", async () => {
    const { fake } = fake2();
    fake.protect("歳入");
    for (const write of [
      (ctx: Excel.RequestContext) =>
        ctx.workbook.worksheets.getItem("歳入").getRange("A1").conditionalFormats.add("Custom"),
      (ctx: Excel.RequestContext) => {
        ctx.workbook.worksheets.getItem("歳入").getRange("A1").values = [[9]];
      },
    ])
      await expect(
        fake.run(async (ctx) => {
          write(ctx);
          await ctx.sync();
        })
      ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.cell("歳入", "A1").value).toBe(1);
    expect(fake.conditionalFormats("歳入")).toHaveLength(2);
    const isProtected = await fake.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("歳入");
      sheet.load("protection/protected");
      await ctx.sync();
      return sheet.protection.protected;
    });
    expect(isProtected).toBe(true);
  });
});
