import "@testing-library/jest-dom";

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

// Fluent renders slowly under jsdom on a loaded machine; user-event types key by key.
jest.setTimeout(30_000);
