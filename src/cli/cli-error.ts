import type { Issue } from "../core/messages";

/** Exit codes of the zaisei command (documented in `zaisei --help`). */
export const EXIT = { ok: 0, formulaError: 1, badInput: 2, internal: 3 } as const;
/** `zaisei check`: 1 when a finding is an error (誤り) or to confirm (要確認); notes (端数) give 0. */
export const EXIT_FINDINGS = 1;
/** `zaisei kpi`: 1 when a row is graded as needing attention (遅れ …) or could not be read. */
export const EXIT_ATTENTION = 1;

/**
 * A failure the user caused and can fix (missing file, unknown option…): one catalogue message
 * on stderr and exit code 2. Anything else that is thrown is a bug and exits with 3.
 *
 * @example throw new CliError({ code: "cli.fileNotFound", params: { file } });
 */
export class CliError extends Error {
  constructor(
    readonly issue: Issue,
    readonly exitCode: number = EXIT.badInput
  ) {
    super(issue.code);
    this.name = "CliError";
  }
}
