/**
 * Server-side timings for the benchmark: with LUXLINT_LSP_TIMING=1 in its environment the
 * server sends a `luxlint/timing` notification after each publishDiagnostics, saying how long
 * it worked for that version (the debounce pause left out). Off by default: then nothing is
 * measured or sent. It goes to the editor that started the server, never anywhere else.
 */
export const timingNotification = 'luxlint/timing'

export function timingEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.LUXLINT_LSP_TIMING === '1'
}

/** What one publish of diagnostics cost the server. */
export interface PublishTiming {
  uri: string
  version: number
  /** What led to it: the document was opened, or changed. */
  kind: 'open' | 'change'
  /** Server time: handling the open or the changes, plus the check and the publish after the pause. */
  serverMs: number
  /** Handling the didOpen/didChange notifications themselves (applying the changes). */
  receiveMs: number
  /** From the end of the pause (or the open) until the diagnostics were sent. */
  checkMs: number
  /** The worker's own share of the check: applying edits, linting, copying findings. */
  workerMs?: number
  /** Turning findings into LSP diagnostics. */
  diagnosticsMs?: number
  /** What the worker was sent: the edits or the whole text. */
  sent?: 'edits' | 'text'
  /** From the first notification to the diagnostics, the pause included (what the user waits for, less the transport). */
  sinceReceivedMs: number
}

/** The notifications received since the last publish of a document. */
export interface Received {
  kind: 'open' | 'change'
  first: number
  receiveMs: number
}

/** Add one handled notification to what a document has received since its last publish. */
export function addReceived(before: Received | undefined, kind: 'open' | 'change', started: number, ended: number): Received {
  if (!before) return {kind, first: started, receiveMs: ended - started}
  return {kind: before.kind === 'open' ? 'open' : kind, first: before.first, receiveMs: before.receiveMs + ended - started}
}
