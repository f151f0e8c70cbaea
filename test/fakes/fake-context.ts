import type { CellValue } from "../../src/core/grid";
import type { FakeModel } from "./fake-model";
import {
  FakeRichApiError,
  invalidObjectPath,
  payloadTooLarge,
  propertyNotLoaded,
  requestTooLarge,
} from "./fake-office-error";

export interface FakeOptions {
  /** "web" enforces the 5 MB response limit per sync; "desktop" does not. Default "web". */
  platform?: "web" | "desktop";
  /** What a get of more than 5,000,000 cells gives: `null` values (seen since 2024) or an error. */
  oversizedRead?: "null" | "error";
  /** Excel's get limit; lowered in tests to reach the `null` answer with small sheets. */
  maxGetCells?: number;
  /** Value a formula cell takes (the fake does not calculate). Default "#NAME?". */
  formulaResult?: (formula: string) => CellValue;
}

export const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const MAX_GET_CELLS = 5_000_000;

/** Counters shared by every context of one fake workbook. */
export interface FakeCounters {
  syncCount: number;
  /** Syncs that carried at least one command (an empty sync costs no round trip in office.js). */
  roundTrips: number;
  /** Response sizes (bytes of loaded cell arrays as JSON) of every successful sync, in order. */
  responseBytes: number[];
  /** Syncs refused for a request or a response over the web's 5 MB. */
  payloadFailures: number;
  /** Error code that the next sync fails with before running anything (e.g. cell edit mode). */
  failNextSync?: string;
}

type Command = () => void;

/**
 * The request context: commands queue on the client and run on the "host" at `sync()`, in order.
 * A load's results become readable only when the whole sync succeeds (office.js applies the
 * response after the round trip); writes before a failing command stay applied, as in Excel.
 * On "web" a sync whose request (the written arrays) is over 5 MB is refused before anything runs.
 */
export class FakeContext {
  private queue: { run: Command; location: string }[] = [];
  /** Bytes the queued commands carry to the host (the written arrays as JSON). */
  private requestBytes = 0;
  private staged: (() => void)[] = [];
  private stagedBytes = 0;
  private nullables: FakeProxy[] = [];
  closed = false;

  constructor(
    readonly model: FakeModel,
    readonly counters: FakeCounters,
    readonly options: Required<FakeOptions>
  ) {}

  enqueue(location: string, run: Command, requestBytes = 0): void {
    if (this.closed) throw invalidObjectPath(location);
    this.queue.push({ run, location });
    this.requestBytes += requestBytes;
  }

  /** Called by a command while it runs: publish a loaded value when the sync completes. */
  stage(publish: () => void, responseBytes = 0): void {
    this.staged.push(publish);
    this.stagedBytes += responseBytes;
  }

  trackNullable(proxy: FakeProxy): void {
    this.nullables.push(proxy);
  }

  get pendingCount(): number {
    return this.queue.length + this.nullables.length;
  }

  async sync(): Promise<void> {
    this.counters.syncCount++;
    const queue = this.queue;
    const nullables = this.nullables;
    const requestBytes = this.requestBytes;
    this.requestBytes = 0;
    this.queue = [];
    this.nullables = [];
    this.staged = [];
    this.stagedBytes = 0;
    if (queue.length + nullables.length === 0) return;
    this.counters.roundTrips++;
    const failure = this.counters.failNextSync;
    if (failure) {
      this.counters.failNextSync = undefined;
      throw new FakeRichApiError(failure, `Injected failure: ${failure}`);
    }
    // The web refuses the whole request before running any of it.
    if (this.options.platform === "web" && requestBytes > WEB_PAYLOAD_LIMIT_BYTES) {
      this.counters.payloadFailures++;
      throw requestTooLarge();
    }
    for (const command of queue) command.run();
    for (const proxy of nullables) proxy.resolveNull();
    if (this.options.platform === "web" && this.stagedBytes > WEB_PAYLOAD_LIMIT_BYTES) {
      this.counters.payloadFailures++;
      throw payloadTooLarge();
    }
    this.counters.responseBytes.push(this.stagedBytes);
    for (const publish of this.staged) publish();
    await Promise.resolve();
  }
}

/** Parses office.js load arguments: "a,b", ["a","b"], "items/name", { select: "a,b" }. */
export function loadList(props?: string | string[] | { select?: string | string[] }): string[] {
  const raw =
    props === undefined
      ? []
      : typeof props === "string" || Array.isArray(props)
        ? props
        : (props.select ?? []);
  const list = typeof raw === "string" ? raw.split(",") : raw;
  return list.map((p) => p.trim()).filter((p) => p !== "");
}

/**
 * Base of every fake proxy: a property is readable only after it was loaded AND a sync filled it,
 * otherwise it throws office.js's PropertyNotLoaded error.
 */
export abstract class FakeProxy {
  private readonly loaded = new Map<string, unknown>();
  private isNull: boolean | undefined;

  constructor(
    readonly ctx: FakeContext,
    readonly entity: string,
    /** For *OrNullObject proxies: resolves the target at sync, null when it does not exist. */
    private readonly nullProbe?: () => boolean
  ) {
    if (nullProbe) ctx.trackNullable(this);
  }

  get isNullObject(): boolean {
    if (this.isNull === undefined) throw propertyNotLoaded(this.entity, "isNullObject");
    return this.isNull;
  }

  resolveNull(): void {
    const isNull = !this.nullProbe || this.nullProbe();
    this.ctx.stage(() => (this.isNull = isNull));
  }

  /** True when this proxy came from *OrNullObject and its target is missing right now. */
  protected targetIsNull(): boolean {
    return this.nullProbe !== undefined && this.nullProbe();
  }

  load(props?: string | string[] | { select?: string | string[] }): this {
    const list = loadList(props);
    if (this.nullProbe) this.ctx.trackNullable(this);
    this.ctx.enqueue(`${this.entity}.load`, () => {
      if (this.targetIsNull()) {
        for (const p of list) this.ctx.stage(() => this.loaded.set(p, null));
        return;
      }
      for (const p of list.length ? list : this.defaultProps()) this.loadProp(p);
    });
    return this;
  }

  /** Runs on the host during sync: read the property now, publish it when the sync succeeds. */
  protected loadProp(prop: string): void {
    const value = this.readProp(prop);
    this.ctx.stage(() => this.loaded.set(prop, value));
  }

  protected setLoaded(prop: string, value: unknown, bytes = 0): void {
    this.ctx.stage(() => this.loaded.set(prop, value), bytes);
  }

  protected loadedValue<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw propertyNotLoaded(this.entity, prop);
    return this.loaded.get(prop) as T;
  }

  protected defaultProps(): string[] {
    return [];
  }

  protected abstract readProp(prop: string): unknown;
}
