import { act, renderHook } from "@testing-library/react";
import { usePaneAction } from "../../src/taskpane/usePaneAction";

describe("usePaneAction", () => {
  it("is acting while the job runs, then shows the notice the job returns", async () => {
    const { result } = renderHook(() => usePaneAction(() => "失敗"));
    let finish: (v: { intent: "success"; text: string }) => void = () => undefined;
    let running: Promise<void> = Promise.resolve();
    act(() => {
      running = result.current.act(() => new Promise((resolve) => (finish = resolve)));
    });
    expect(result.current.acting).toBe(true);
    await act(async () => {
      finish({ intent: "success", text: "済み" });
      await running;
    });
    expect(result.current.acting).toBe(false);
    expect(result.current.notice).toEqual({ intent: "success", text: "済み" });
  });

  it("words a failed job as an error notice and stops acting", async () => {
    const { result } = renderHook(() => usePaneAction((e) => `失敗: ${String(e)}`));
    await act(() => result.current.act(() => Promise.reject("x")));
    expect(result.current).toMatchObject({
      acting: false,
      notice: { intent: "error", text: "失敗: x" },
    });
  });
});
