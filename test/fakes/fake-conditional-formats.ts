import type { RangeBox } from "../../src/core/grid";
import { FakeContext, FakeProxy, loadList } from "./fake-context";
import type { FakeConditionalFormat, FakeSheet } from "./fake-model";
import { invalidOperation, itemNotFound, sheetProtected } from "./fake-office-error";

/** Where a collection's rules are: a sheet and one box, or the areas of a RangeAreas. */
export type LocateAreas = () => { sheet: FakeSheet; box: RangeBox; areas?: RangeBox[] };

function intersects(a: RangeBox, b: RangeBox): boolean {
  return (
    a.top < b.top + b.rows &&
    b.top < a.top + a.rows &&
    a.left < b.left + b.cols &&
    b.left < a.left + a.cols
  );
}

/** The rules a range's collection holds, in priority order (the sheet keeps them top first). */
function rulesIn(sheet: FakeSheet, box: RangeBox, areas?: RangeBox[]): FakeConditionalFormat[] {
  const mine = areas ?? [box];
  return sheet.conditionalFormats.filter((cf) =>
    (cf.areas ?? [cf.box]).some((a) => mine.some((b) => intersects(a, b)))
  );
}

type Target = () => {
  sheet: FakeSheet;
  box: RangeBox;
  areas?: RangeBox[];
  rule: FakeConditionalFormat;
};

/**
 * Excel.ConditionalFormatCollection of a range: the rules that intersect it, top priority first.
 * `add` puts the new rule at the top, as Excel documents ("at the first/top priority"), so every
 * rule below it moves down one.
 */
export class FakeConditionalFormatCollection extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly locate: LocateAreas
  ) {
    super(ctx, "ConditionalFormatCollection");
  }

  get items(): FakeConditionalFormatProxy[] {
    return this.loadedValue("items");
  }

  add(type: string): FakeConditionalFormatProxy {
    const rule: FakeConditionalFormat = { box: { top: 0, left: 0, rows: 1, cols: 1 }, type };
    this.ctx.enqueue("ConditionalFormatCollection.add", () => {
      const { sheet, box, areas } = this.locate();
      if (sheet.protected) throw sheetProtected("ConditionalFormatCollection.add");
      rule.box = box;
      if (areas) rule.areas = areas;
      sheet.conditionalFormats.unshift(rule);
    });
    // The proxy of a rule just added holds that rule (the client created the object).
    return new FakeConditionalFormatProxy(this.ctx, () => ({ ...this.locate(), rule }));
  }

  /** Removes every rule on the range, the user's included: the trap the adapter must avoid. */
  clearAll(): void {
    this.ctx.enqueue("ConditionalFormatCollection.clearAll", () => {
      const { sheet, box, areas } = this.locate();
      if (sheet.protected) throw sheetProtected("ConditionalFormatCollection.clearAll");
      const hit = new Set(rulesIn(sheet, box, areas));
      const keep = sheet.conditionalFormats.filter((cf) => !hit.has(cf));
      sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...keep);
    });
  }

  /**
   * "items", "items/type", "items/custom/rule/formula", "items/customOrNullObject/rule/formula":
   * one item proxy per rule, each loaded.
   */
  override load(props?: string | string[] | { select?: string | string[] }): this {
    const subs = loadList(props).map((p) => {
      if (p === "items") return "";
      if (p.startsWith("items/")) return p.slice("items/".length);
      throw new Error(`fake: ConditionalFormatCollection.${p} is not modelled`);
    });
    this.ctx.enqueue("ConditionalFormatCollection.load", () => {
      const { sheet, box, areas } = this.locate();
      const items = rulesIn(sheet, box, areas).map(
        (_, index) => new FakeConditionalFormatProxy(this.ctx, this.itemAt(index))
      );
      // One non-custom item fails the whole sync when `custom` is loaded (office-js#2180).
      for (const item of items) for (const sub of subs) if (sub !== "") item.loadOnHost(sub);
      this.setLoaded("items", items);
    });
    return this;
  }

  /**
   * An item is addressed by its id, which is its priority (@types/office-js: "The priority of the
   * conditional format in the current ConditionalFormatCollection"). The fake assumes the worst:
   * each command finds the item by that position again, so deleting a rule above it, in the same
   * batch, makes the proxy point at the next rule down.
   */
  private itemAt(index: number): Target {
    return () => {
      const { sheet, box, areas } = this.locate();
      const rule = rulesIn(sheet, box, areas)[index];
      if (!rule) throw itemNotFound("ConditionalFormatCollection.getItem");
      return { sheet, box, areas, rule };
    };
  }

  protected override readProp(prop: string): unknown {
    throw new Error(`fake: ConditionalFormatCollection.${prop} is not modelled`);
  }
}

/** Excel.ConditionalFormat: id/priority/type; custom rules' `custom.rule.formula` and fill. */
export class FakeConditionalFormatProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly target: Target
  ) {
    super(ctx, "ConditionalFormat");
  }

  /** The current priority as a string: it changes when rules are added, deleted or reordered. */
  get id(): string {
    return this.loadedValue("id");
  }

  get priority(): number {
    return this.loadedValue("priority");
  }

  get type(): string {
    return this.loadedValue("type");
  }

  /**
   * ConditionalFormat.customOrNullObject (ExcelApi 1.6): the custom rule, or a null object on a
   * rule of another type; loading it never fails the sync, unlike `custom` (office-js#2180).
   */
  get customOrNullObject() {
    const formula = this.loadedValue<string | null>("customOrNullObject/rule/formula");
    return { isNullObject: formula === null, rule: { formula: formula ?? "" } };
  }

  get custom() {
    const set = (apply: (rule: FakeConditionalFormat) => void) =>
      this.ctx.enqueue("ConditionalFormat.custom", () => apply(this.customRule()));
    const read = () => this.loadedValue<string>("custom/rule/formula");
    return {
      rule: {
        get formula(): string {
          return read();
        },
        set formula(f: string) {
          set((r) => (r.formula = f));
        },
      },
      format: {
        fill: {
          set color(c: string) {
            set((r) => (r.fill = c));
          },
        },
      },
    };
  }

  /** Called by the collection's load while the sync runs on the host. */
  loadOnHost(prop: string): void {
    this.loadProp(prop);
  }

  delete(): void {
    this.ctx.enqueue("ConditionalFormat.delete", () => {
      const { sheet, rule } = this.target();
      if (sheet.protected) throw sheetProtected("ConditionalFormat.delete");
      const at = sheet.conditionalFormats.indexOf(rule);
      if (at < 0) throw itemNotFound("ConditionalFormat.delete");
      sheet.conditionalFormats.splice(at, 1);
    });
  }

  /** Excel refuses `custom` on a rule of another type (office-js#2180), at sync. */
  private customRule(): FakeConditionalFormat {
    const { rule } = this.target();
    if (rule.type !== "Custom") throw invalidOperation("ConditionalFormat.custom");
    return rule;
  }

  protected override loadProp(prop: string): void {
    if (prop === "customOrNullObject" || prop.startsWith("customOrNullObject/")) {
      const { rule } = this.target();
      this.setLoaded(
        "customOrNullObject/rule/formula",
        rule.type === "Custom" ? (rule.formula ?? "") : null
      );
      return;
    }
    // "custom", "custom/rule", "custom/rule/formula": all read the formula the fake models.
    if (prop === "custom" || prop.startsWith("custom/")) {
      const formula = this.customRule().formula ?? "";
      this.setLoaded("custom/rule/formula", formula);
      return;
    }
    super.loadProp(prop);
  }

  protected override readProp(prop: string): unknown {
    const { sheet, box, areas, rule } = this.target();
    const priority = rulesIn(sheet, box, areas).indexOf(rule);
    if (prop === "id") return String(priority);
    if (prop === "priority") return priority;
    if (prop === "type") return rule.type;
    throw new Error(`fake: ConditionalFormat.${prop} is not modelled`);
  }

  protected override defaultProps(): string[] {
    return ["id", "priority", "type"];
  }
}
