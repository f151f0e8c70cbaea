import { useCallback, useState } from "react";

/** A short message above a panel after an action: done, for information, or what went wrong. */
export type Notice = { intent: "success" | "info" | "error"; text: string };

/**
 * One action at a time on the workbook (mark, save a rule, create a sheet …): `acting` while it
 * runs (the panel disables its buttons), then the notice the action returns, or its error worded
 * by `describe`.
 *
 * @example const { acting, notice, setNotice, act } = usePaneAction((e) => describeError(e, lang));
 */
export function usePaneAction(describe: (error: unknown) => string): {
  acting: boolean;
  notice: Notice | null;
  setNotice: (notice: Notice | null) => void;
  act: (job: () => Promise<Notice | null>) => Promise<void>;
} {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [acting, setActing] = useState(false);
  const act = useCallback(
    async (job: () => Promise<Notice | null>) => {
      setActing(true);
      setNotice(null);
      try {
        setNotice(await job());
      } catch (error) {
        setNotice({ intent: "error", text: describe(error) });
      } finally {
        setActing(false);
      }
    },
    [describe]
  );
  return { acting, notice, setNotice, act };
}
