import { createFakeExcel, FakeRichApiError } from "./fake-excel";

// Message shape from office.js (dist/excel-win32-16.01.debug.js, Utility.createPropertyNotLoadedException).
const NOT_LOADED =
  /^The property 'values' is not available\. Before reading the property's value, call the load method on the containing object and call "context\.sync\(\)" on the associated request context\.$/;

const small = () =>
  createFakeExcel({
    sheets: [
      {
        name: "歳入",
        rows: [
          ["地方税", 1234],
          ["地方交付税", 567],
        ],
        numberFormats: [["General", "#,##0"]],
      },
      { name: "My Sheet", rows: [] },
    ],
  });

async function thrown(p: Promise<unknown>): Promise<FakeRichApiError> {
  try {
    await p;
  } catch (e) {
    return e as FakeRichApiError;
  }
  throw new Error("expected a rejection");
}

describe("createFakeExcel", () => {
  it("throws PropertyNotLoaded when a property is read without load", async () => {
    const fake = small();
    const e = await thrown(
      fake.run(async (ctx) => ctx.workbook.worksheets.getItem("歳入").getRange("A1").values)
    );
    expect(e.name).toBe("RichApi.Error");
    expect(e.code).toBe("PropertyNotLoaded");
    expect(e.message).toMatch(NOT_LOADED);
    expect(e.debugInfo.errorLocation).toBe("Range.values");
  });

  it("throws PropertyNotLoaded when a loaded property is read before the sync", async () => {
    const fake = small();
    const e = await thrown(
      fake.run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem("歳入").getRange("A1:B2");
        range.load("values");
        return range.values;
      })
    );
    expect(e.code).toBe("PropertyNotLoaded");
  });

  it("gives values, number formats and the qualified address after load and sync", async () => {
    const fake = small();
    const got = await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("歳入").getRange("A1:B2");
      range.load(["values", "numberFormat", "address"]);
      const quoted = ctx.workbook.worksheets.getItem("My Sheet").getRange("C3");
      quoted.load("address");
      await ctx.sync();
      return {
        values: range.values,
        formats: range.numberFormat,
        address: range.address,
        quoted: quoted.address,
      };
    });
    expect(got.values).toEqual([
      ["地方税", 1234],
      ["地方交付税", 567],
    ]);
    expect(got.formats).toEqual([
      ["General", "#,##0"],
      ["General", "General"],
    ]);
    expect(got).toMatchObject({ address: "歳入!A1:B2", quoted: "'My Sheet'!C3" });
    expect(fake.syncCount).toBe(1);
  });

  it("takes whole columns and rows, and gives their address as Excel does (A:C, 3:5)", async () => {
    const fake = small();
    fake.select("歳入", "B:B");
    const got = await fake.run(async (ctx) => {
      const selected = ctx.workbook.getSelectedRange().load("address");
      const rows = ctx.workbook.worksheets.getItem("歳入").getRange("$2:$3").load("address");
      const sheet = ctx.workbook.worksheets.getItem("My Sheet").getRange().load("address");
      await ctx.sync();
      return [selected.address, rows.address, sheet.address];
    });
    // Excel keeps the short form for entire columns and rows; a whole sheet is its rows 1:1048576.
    expect(got).toEqual(["歳入!B:B", "歳入!2:3", "'My Sheet'!1:1048576"]);
  });

  it("applies writes at sync, not before", async () => {
    const fake = small();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("歳入").getRange("C1").values = [[99]];
      expect(fake.cell("歳入", "C1").value).toBe("");
      await ctx.sync();
      expect(fake.cell("歳入", "C1").value).toBe(99);
    });
  });

  // Excel: a string written through values into a General cell is parsed like typed input.
  it.each([
    ["=1+1", "General", { formula: "=1+1" }],
    ["+A1", "General", { formula: "=+A1" }],
    ["-A1", "General", { formula: "=-A1" }],
    ["2020", "General", { value: 2020, formula: null }],
    ["=1+1", "@", { value: "=1+1", formula: null }],
    ["2020", "@", { value: "2020", formula: null }],
    ["歳入合計", "General", { value: "歳入合計", formula: null }],
    // office-js#229: a date written into a General cell becomes a date serial, the format a date's.
    ["2018-12-31", "General", { value: 43465, formula: null, numberFormat: "m/d/yyyy" }],
    ["2018/12/31", "General", { value: 43465, formula: null, numberFormat: "m/d/yyyy" }],
    ["2018-02-30", "General", { value: "2018-02-30", formula: null }],
    ["50%", "General", { value: 0.5, formula: null, numberFormat: "0%" }],
    ["1,234", "General", { value: 1234, formula: null, numberFormat: "#,##0" }],
    ["1,234", '#,##0;"△"#,##0', { value: 1234, numberFormat: '#,##0;"△"#,##0' }],
    ["TRUE", "General", { value: true, formula: null }],
    ["2018-12-31", "@", { value: "2018-12-31", formula: null, numberFormat: "@" }],
    ["50%", "@", { value: "50%", formula: null }],
    ["1,234", "@", { value: "1,234", formula: null }],
  ])("stores %j written into a %s cell as %j", async (text, format, expected) => {
    const fake = small();
    await fake.run(async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem("歳入").getRange("D1");
      cell.numberFormat = [[format]];
      cell.values = [[text]];
    });
    expect(fake.cell("歳入", "D1")).toMatchObject(expected);
  });

  it("keeps numbers as Excel does: no -0, nothing closer to zero than its smallest number", async () => {
    const fake = small();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("歳入").getRange("C1:E1").values = [[-0, 5e-324, -1e-300]];
    });
    expect(
      [fake.cell("歳入", "C1"), fake.cell("歳入", "D1"), fake.cell("歳入", "E1")].map(
        (c) => c.value
      )
    ).toEqual([0, 0, -1e-300]);
    expect(Object.is(fake.cell("歳入", "C1").value, 0)).toBe(true);
  });

  it("finds a sheet by name without case, as Excel does, an exact name first", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "KPI", rows: [["年度"]] }, { name: "kpi2" }] });
    const got = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("kpi").getRange("A1").load("values");
      await ctx.sync();
      return r.values;
    });
    expect(got).toEqual([["年度"]]);
  });

  it("refuses a web sync whose request is over 5 MB before running any of it, not on desktop", async () => {
    const rows = Array.from({ length: 20_000 }, () =>
      Array.from({ length: 10 }, () => "財政健全化判断比率の算定")
    );
    for (const platform of ["web", "desktop"] as const) {
      const fake = createFakeExcel({ sheets: [{ name: "S" }] }, { platform });
      const write = fake.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("S");
        sheet.getRange("L1").values = [[1]];
        sheet.getRange("A1:J20000").values = rows;
        await ctx.sync();
      });
      if (platform === "web") {
        expect((await thrown(write)).code).toBe("RequestPayloadSizeLimitExceeded");
        expect(fake.cell("S", "L1").value).toBe("");
        expect(fake.counters.payloadFailures).toBe(1);
      } else await expect(write).resolves.toBeUndefined();
    }
  });

  it("answers null for a get of more than 5,000,000 cells, or fails when told to", async () => {
    const big = "A1:E1000001"; // 5 × 1,000,001 = 5,000,005 cells
    const nullFake = small();
    const values = await nullFake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("歳入").getRange(big).load("values");
      await ctx.sync();
      return r.values;
    });
    expect(values).toBeNull();
    const errorFake = createFakeExcel(
      { sheets: [{ name: "S" }] },
      { oversizedRead: "error", platform: "desktop" }
    );
    const e = await thrown(
      errorFake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange(big).load("values");
        await ctx.sync();
      })
    );
    expect(e.code).toBe("GeneralException");
  });

  it("fails a web sync whose response is over 5 MB, and not on desktop", async () => {
    const rows = Array.from({ length: 20_000 }, () =>
      Array.from({ length: 10 }, () => "財政健全化判断比率の算定")
    );
    for (const platform of ["web", "desktop"] as const) {
      const fake = createFakeExcel({ sheets: [{ name: "S", rows }] }, { platform });
      const read = fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1:J20000").load("values");
        await ctx.sync();
      });
      if (platform === "web")
        expect((await thrown(read)).code).toBe("ResponsePayloadSizeLimitExceeded");
      else await expect(read).resolves.toBeUndefined();
    }
  });

  it("tells null objects apart only after a sync", async () => {
    const fake = small();
    await fake.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("歳出");
      const present = ctx.workbook.worksheets.getItemOrNullObject("歳入");
      const empty = ctx.workbook.worksheets.getItem("My Sheet").getUsedRangeOrNullObject(true);
      expect(() => missing.isNullObject).toThrow(/isNullObject/);
      await ctx.sync();
      expect([missing.isNullObject, present.isNullObject, empty.isNullObject]).toEqual([
        true,
        false,
        true,
      ]);
    });
  });

  it("fails a sync that uses a missing sheet with ItemNotFound", async () => {
    const fake = small();
    const e = await thrown(
      fake.run(
        async (ctx) => void ctx.workbook.worksheets.getItem("歳出").getRange("A1").load("values")
      )
    );
    expect(e.code).toBe("ItemNotFound");
  });

  it("fails Chart.setPosition on a cell that is not one at sync, keeping the writes before it", async () => {
    const fake = small();
    const e = await thrown(
      fake.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("歳入");
        sheet.getRange("C1").values = [["先に書いた"]];
        const chart = sheet.charts.add("Line", sheet.getRange("B1:B2"), "Columns");
        chart.setPosition("E");
        await ctx.sync();
      })
    );
    expect(e).toMatchObject({ code: "InvalidArgument" });
    // Excel runs a batch in order and does not roll back what ran before the failing command.
    expect(fake.cell("歳入", "C1").value).toBe("先に書いた");
    expect(fake.charts("歳入")).toHaveLength(1);
  });

  it.each([
    ["x".repeat(32), "InvalidArgument"],
    ["歳入[2]", "InvalidArgument"],
    ["a:b", "InvalidArgument"],
    ["'quoted'", "InvalidArgument"],
    ["History", "InvalidArgument"],
    ["", "InvalidArgument"],
    ["my sheet", "ItemAlreadyExists"], // names are unique without regard to case
  ])("refuses to add a sheet named %j with %s, as Excel does", async (name, code) => {
    const fake = small();
    const error = await thrown(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.add(name);
        await ctx.sync();
      })
    );
    expect(error.code).toBe(code);
    expect(fake.sheetNames()).toEqual(["歳入", "My Sheet"]);
  });

  it("adds a sheet of 31 characters", async () => {
    const fake = small();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.add("x".repeat(31));
      await ctx.sync();
    });
    expect(fake.sheetNames()).toHaveLength(3);
  });

  it("removes the user's rules with clearAll, the trap the adapter avoids", async () => {
    const fake = small();
    fake.addUserConditionalFormat("歳入", "B1:B2", "=B1<0");
    await fake.run(async (ctx) =>
      ctx.workbook.worksheets.getItem("歳入").getRange("A1:C3").conditionalFormats.clearAll()
    );
    expect(fake.conditionalFormats("歳入")).toEqual([]);
  });

  it("finds charts by name only, the first of equal names", async () => {
    const fake = small();
    const first = fake.addUserChart("歳入", "グラフ 1");
    fake.addUserChart("歳入", "グラフ 1");
    const id = await fake.run(async (ctx) => {
      const chart = ctx.workbook.worksheets.getItem("歳入").charts.getItemOrNullObject(first.id);
      const byName = ctx.workbook.worksheets
        .getItem("歳入")
        .charts.getItemOrNullObject("グラフ 1")
        .load("id");
      await ctx.sync();
      expect(chart.isNullObject).toBe(true);
      return byName.id;
    });
    expect(id).toBe(first.id);
  });

  it("round-trips settings through JSON", async () => {
    const fake = small();
    const value = await fake.run(async (ctx) => {
      ctx.workbook.settings.add("k", { a: [1, "二"], when: new Date(Date.UTC(2024, 3, 1)) });
      const item = ctx.workbook.settings.getItemOrNullObject("k").load("value");
      await ctx.sync();
      return item.value;
    });
    expect(value).toEqual({ a: [1, "二"], when: "2024-04-01T00:00:00.000Z" });
  });

  it("rejects a proxy used after its run ended", async () => {
    const fake = small();
    const range = await fake.run(async (ctx) =>
      ctx.workbook.worksheets.getItem("歳入").getRange("A1")
    );
    expect(() => range.load("values")).toThrow(
      expect.objectContaining({ code: "InvalidObjectPath" })
    );
  });

  it("counts every sync and only non-empty ones as round trips", async () => {
    const fake = small();
    await fake.run(async (ctx) => {
      await ctx.sync();
      ctx.workbook.worksheets.getItem("歳入").getRange("A1").load("values");
      await ctx.sync();
    });
    expect([fake.syncCount, fake.roundTrips]).toEqual([2, 1]);
  });
});
