import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

/**
 * Import first in every task-pane test: what jsdom lacks for Fluent UI.
 *
 * jsdom has no ResizeObserver (MessageBar watches its own width to reflow). jsdom does no
 * layout, so an observer that never reports is exactly what a real one would do here.
 */
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.assign(window, { ResizeObserver: NoLayoutResizeObserver });
}

// jsdom's global has no structuredClone (browsers and Node do); the memory workbook keeps copies
// of chart plans with it. v8's serializer is Node's own structured clone.
if (typeof globalThis.structuredClone !== "function") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const v8 = require("v8") as typeof import("v8");
  Object.assign(globalThis, {
    structuredClone: <T>(value: T): T => v8.deserialize(v8.serialize(value)) as T,
  });
}

// Fluent renders slowly under jsdom on a loaded machine; user-event types key by key.
jest.setTimeout(30_000);

// findBy…/waitFor give up after 1 s by default, which a loaded CI machine can exceed while a
// large selection is read; these waits are not speed tests (speed is measured by `npm run bench`),
// so they may wait as long as the test itself may run. A passing wait returns at once.
configure({ asyncUtilTimeout: 20_000 });
