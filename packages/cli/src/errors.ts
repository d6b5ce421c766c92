/** Exit codes, decided in one place. */
export const exitCodes = {ok: 0, findings: 1, error: 2} as const

/** A problem with the command line, a file or a config: one line for the user, exit 2. */
export class UsageError extends Error {
  readonly exitCode = exitCodes.error
}
