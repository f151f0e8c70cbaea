import type { RangeBox } from "../../src/core/grid";
import { FakeContext, FakeProxy } from "./fake-context";
import type { FakeConditionalFormat, FakeSheet } from "./fake-model";
import { itemNotFound } from "./fake-office-error";
import type { Locate } from "./fake-range";

function intersects(a: RangeBox, b: RangeBox): boolean {
  return (
    a.top < b.top + b.rows &&
    b.top < a.top + a.rows &&
    a.left < b.left + b.cols &&
    b.left < a.left + a.cols
  );
}

/** Excel.ConditionalFormatCollection of a range: the rules that intersect it. */
export class FakeConditionalFormatCollection extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly locate: Locate
  ) {
    super(ctx, "ConditionalFormatCollection");
  }

  get items(): FakeConditionalFormat[] {
    return this.loadedValue("items");
  }

  add(type: string): FakeConditionalFormatProxy {
    const rule: FakeConditionalFormat = {
      id: "",
      box: { top: 0, left: 0, rows: 1, cols: 1 },
      type,
    };
    this.ctx.enqueue("ConditionalFormatCollection.add", () => {
      const { sheet, box } = this.locate();
      rule.id = `{CF-${this.ctx.model.nextId++}}`;
      rule.box = box;
      sheet.conditionalFormats.push(rule);
    });
    return new FakeConditionalFormatProxy(this.ctx, () => ({ ...this.locate(), rule }));
  }

  /** Removes every rule on the range, the user's included: the trap the adapter must avoid. */
  clearAll(): void {
    this.ctx.enqueue("ConditionalFormatCollection.clearAll", () => {
      const { sheet, box } = this.locate();
      const keep = sheet.conditionalFormats.filter((cf) => !intersects(cf.box, box));
      sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...keep);
    });
  }

  protected override loadProp(prop: string): void {
    if (!prop.startsWith("items")) return super.loadProp(prop);
    const { sheet, box } = this.locate();
    const items = sheet.conditionalFormats
      .filter((cf) => intersects(cf.box, box))
      .map((rule) => {
        const proxy = new FakeConditionalFormatProxy(this.ctx, () => ({
          sheet,
          box: rule.box,
          rule,
        }));
        proxy.publishId(rule.id);
        return proxy;
      });
    this.setLoaded("items", items);
  }

  protected override readProp(prop: string): unknown {
    throw new Error(`fake: ConditionalFormatCollection.${prop} is not modelled`);
  }
}

/** Excel.ConditionalFormat (custom rules only: `custom.rule.formula`, `custom.format.fill.color`). */
export class FakeConditionalFormatProxy extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly target: () => { sheet: FakeSheet; rule: FakeConditionalFormat }
  ) {
    super(ctx, "ConditionalFormat");
  }

  get id(): string {
    return this.loadedValue("id");
  }

  publishId(id: string): void {
    this.setLoaded("id", id);
  }

  get custom() {
    const set = (apply: (rule: FakeConditionalFormat) => void) =>
      this.ctx.enqueue("ConditionalFormat.custom", () => apply(this.target().rule));
    return {
      rule: {
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

  delete(): void {
    this.ctx.enqueue("ConditionalFormat.delete", () => {
      const { sheet, rule } = this.target();
      const at = sheet.conditionalFormats.indexOf(rule);
      if (at < 0) throw itemNotFound("ConditionalFormat.delete");
      sheet.conditionalFormats.splice(at, 1);
    });
  }

  protected override readProp(prop: string): unknown {
    if (prop === "id") return this.target().rule.id;
    throw new Error(`fake: ConditionalFormat.${prop} is not modelled`);
  }
}
