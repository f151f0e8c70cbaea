import { act, renderHook } from "@testing-library/react";
import { failure, useAbortableRun } from "../../src/taskpane/useAbortableRun";

describe("useAbortableRun", () => {
  it("aborts the run before when a new one begins, and only the current run settles", () => {
    const { result } = renderHook(() => useAbortableRun("port"));
    const first = result.current.begin();
    const second = result.current.begin();
    expect(first.signal.aborted).toBe(true);
    expect(second.signal.aborted).toBe(false);
    expect(result.current.settle(first)).toBe(false);
    expect(result.current.isCurrent(second)).toBe(true);
    expect(result.current.settle(second)).toBe(true);
    // Settled once: a second outcome of the same run is not shown.
    expect(result.current.settle(second)).toBe(false);
  });

  it("cancels the current run, and says when there was none", () => {
    const { result } = renderHook(() => useAbortableRun("port"));
    expect(result.current.cancel()).toBe(false);
    const run = result.current.begin();
    expect(result.current.cancel()).toBe(true);
    expect(run.signal.aborted).toBe(true);
    expect(result.current.settle(run)).toBe(false);
  });

  it("aborts the current run when the workbook changes or the pane unmounts", () => {
    const { result, rerender, unmount } = renderHook(({ key }) => useAbortableRun(key), {
      initialProps: { key: "a" },
    });
    const before = result.current;
    const first = result.current.begin();
    act(() => rerender({ key: "b" }));
    expect(first.signal.aborted).toBe(true);
    // The same handle across renders: callers list it as a dependency.
    expect(result.current).toBe(before);
    const second = result.current.begin();
    unmount();
    expect(second.signal.aborted).toBe(true);
  });

  it("words a failure as cancelled when the run was aborted, else as the error", () => {
    const { result } = renderHook(() => useAbortableRun("port"));
    const run = result.current.begin();
    expect(failure(run, new Error("x"), () => "失敗")).toEqual({
      status: "error",
      message: "失敗",
    });
    result.current.cancel();
    expect(failure(run, new Error("x"), () => "失敗")).toEqual({ status: "cancelled" });
  });
});
