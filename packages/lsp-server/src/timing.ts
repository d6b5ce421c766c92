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
  /** Settings and config for the document, until the check is handed to the linter. */
  optionsMs?: number
  /** From handing the check to the linter until its findings came back (the worker's time, waiting and messaging). */
  lintMs?: number
  /** The worker's own share of the check: applying edits, linting, copying findings. */
  workerMs?: number
  /** Turning findings into LSP diagnostics. */
  diagnosticsMs?: number
  /** Encoding the publishDiagnostics notification and handing it to the output stream. */
  sendMs: number
  /** Until the stream reported it written: longer than sendMs when the client reads slowly (not server work). */
  drainMs: number
  /** False when the diagnostics said just what the client had (no finding moved) and nothing was sent. */
  published?: boolean
  /** What the worker was sent: the edits or the whole text. */
  sent?: 'edits' | 'text'
  /** From the first notification to the diagnostics, the pause included (what the user waits for, less the transport). */
  sinceReceivedMs: number
  /**
   * CPU time of the whole server process (every thread, the garbage collector's included) while
   * it handled the notifications and from the end of the pause to the diagnostics: unlike the
   * times above it does not grow when other programs hold the CPU.
   */
  cpuMs: number
  /** The same from the first notification to the diagnostics, the pause included (collection of garbage runs then too). */
  cpuWithPauseMs: number
}

/** Sent once the lint worker has loaded the engine and compiled the terms. */
export interface ReadyTiming {
  kind: 'ready'
  /** From `initialize` until the worker was ready. */
  startMs: number
}

/** The notifications received since the last publish of a document. */
export interface Received {
  kind: 'open' | 'change'
  first: number
  receiveMs: number
  /** process.cpuUsage() when the first notification arrived. */
  cpu: NodeJS.CpuUsage
  /** CPU milliseconds spent handling the notifications. */
  receiveCpuMs: number
}

/** Add one handled notification to what a document has received since its last publish. */
export function addReceived(before: Received | undefined, kind: 'open' | 'change', started: number, ended: number, cpu: NodeJS.CpuUsage): Received {
  const used = cpuSince(cpu)
  if (!before) return {kind, first: started, receiveMs: ended - started, cpu, receiveCpuMs: used}
  return {kind: before.kind === 'open' ? 'open' : kind, first: before.first, receiveMs: before.receiveMs + ended - started, cpu: before.cpu, receiveCpuMs: before.receiveCpuMs + used}
}

/** CPU milliseconds of this process since `from`. */
export function cpuSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from)
  return (used.user + used.system) / 1000
}

/**
 * When `stream` (the server's stdout) last took data: a publish is sent once it is encoded and
 * handed to the stream, which is as long as the write call takes; the client may still be
 * reading it long after (a 1 MB document has ~190 KB of diagnostics, three pipe buffers).
 */
export function watchWrites(stream: NodeJS.WritableStream): () => number | undefined {
  let last: number | undefined
  const write = stream.write.bind(stream) as (...args: unknown[]) => boolean
  stream.write = ((...args: unknown[]) => {
    const result = write(...args)
    last = performance.now()
    return result
  }) as typeof stream.write
  return () => last
}
