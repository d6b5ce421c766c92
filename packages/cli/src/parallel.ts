import fs from 'node:fs'
import os from 'node:os'
import {Worker, workerData, type MessagePort} from 'node:worker_threads'
import {fileURLToPath} from 'node:url'
import {lint, type LintOptions, type LuxlintMessage} from '@luxlint/core'
import {decode, readBytes, type ReadResult} from './read.js'
import {contentDigest} from './result-cache.js'
import {digest, fixText} from './fix-file.js'
import {unifiedDiff} from './diff.js'
import {assignFingerprints, fingerprintOf, setFingerprint} from './fingerprint.js'
import {currentLocale, setLocale, type Locale} from './locale/index.js'
import {inlineAsUsual, inlineLess} from './inlining.js'
import {testFault, workerExitRequested} from './test-faults.js'

/** One file to check: where it is and the options its config gave it. */
export interface LintJob {
  index: number
  path: string
  options: LintOptions
  /** A run with `--cache`: the digest under which the cache holds this file's findings, if it does ('' if not). */
  cached?: string
  /** A run with `--fix` (the fixed text is written by the main thread) or `--fix-dry-run` (the diff is made here). */
  fix?: 'write' | 'diff'
}

/** A file's safe fixes, made in any thread, for the main thread to write. */
export interface FixedFile {
  output: string
  bom: ReadResult['bom']
  /** The file as it was read: it is written only if it is still so. */
  read: {hash: string; size: number; mtimeMs: number}
  applied: number
}

export interface LintOutcome {
  index: number
  messages?: LuxlintMessage[]
  error?: string
  /** A run with `--cache`: the file's digest (see result-cache.ts), and whether the cache's findings hold. */
  digest?: string
  cached?: boolean
  /** `--fix`: the text to write, when a fix applies. */
  fixed?: FixedFile
  /** `--fix-dry-run`: the diff of the file's first pass of fixes, when a fix applies. */
  diff?: string
}

/** Read and lint (or fix) one file, in whichever thread runs it, with fingerprints when the run needs them. */
export function lintJob(job: LintJob, fingerprints: boolean): LintOutcome {
  try {
    const {bytes, size, mtimeMs} = readBytes(job.path)
    const digest = job.cached === undefined ? undefined : contentDigest(job.options, bytes)
    // The same bytes decoded without error before.
    if (digest !== undefined && digest === job.cached) return {index: job.index, digest, cached: true}
    const {text, bom} = decode(bytes)
    return {...textOutcome(job, text, fingerprints, {bytes, size, mtimeMs, bom}), ...(digest !== undefined ? {digest} : {})}
  } catch (error) {
    return {index: job.index, error: (error as Error).message.split('\n')[0]}
  }
}

/**
 * The findings of one text (a file's, or standard input's). With `--fix`, those of the fixed
 * text, and the text to write over `file`; with `--fix-dry-run`, those of the text as it is,
 * and the diff of its fixes.
 */
export function textOutcome(job: Pick<LintJob, 'index' | 'path' | 'options' | 'fix'>, text: string, fingerprints: boolean, file?: {bytes: Uint8Array; size: number; mtimeMs: number; bom: ReadResult['bom']}): LintOutcome {
  if (!job.fix) {
    const messages = lint(text, job.options)
    if (fingerprints) assignFingerprints(text, messages)
    return {index: job.index, messages}
  }
  const outcome = fixText(text, job.options)
  const fixed = outcome.applied > 0
  if (job.fix === 'diff') {
    // The report describes the text as it is, not as it would be.
    const messages = fixed ? lint(text, job.options) : outcome.messages
    if (fingerprints) assignFingerprints(text, messages)
    return {index: job.index, messages, ...(fixed ? {diff: unifiedDiff(job.options.path ?? job.path, text, outcome.firstPass)} : {})}
  }
  if (fingerprints) assignFingerprints(outcome.output, outcome.messages)
  if (!fixed || !file) return {index: job.index, messages: outcome.messages}
  const read = {hash: digest(file.bytes), size: file.size, mtimeMs: file.mtimeMs}
  return {index: job.index, messages: outcome.messages, fixed: {output: outcome.output, bom: file.bom, read, applied: outcome.applied}}
}

/** Below this many files, starting a worker costs more than it saves. */
export const parallelThreshold = 16

/** What a worker is given when it starts, before the run knows its files. */
interface WorkerInput {
  luxlintWorker: true
  locale: Locale
  /** The shared counter from which each thread takes its next job. */
  next: Int32Array
  /** How many workers have got their jobs, and how many there are: the last makes V8 inline less (inlining.ts). */
  started: Int32Array
  lanes: number
  fingerprints: boolean
}

interface Lane {
  thread?: Worker
  ended: Promise<void>
}

/**
 * The worker threads of a run that may have many files, started before the run knows them: a
 * worker takes ~50-150 ms to load the engine, which it then does while the main thread walks
 * the folders and reads configs, instead of after. Either `lint` them or `stop` them.
 */
export class Workers {
  private readonly next = new Int32Array(new SharedArrayBuffer(4))
  private readonly started = new Int32Array(new SharedArrayBuffer(4))
  private readonly lanes: Lane[]
  private finish: (outcome: LintOutcome) => void = () => {}

  constructor(private readonly fingerprints: boolean) {
    const count = Math.max(0, Math.min(os.availableParallelism?.() ?? os.cpus().length, 8) - 1)
    const input: WorkerInput = {luxlintWorker: true, locale: currentLocale(), next: this.next, started: this.started, lanes: count, fingerprints}
    this.lanes = Array.from({length: count}, () => this.startLane(input))
  }

  /**
   * Lint `jobs` on every core: the main thread and the workers take jobs from one shared counter
   * (no thread waits for another to hand out work); results come back by index, so the report
   * order does not depend on timing. A worker that dies leaves no outcome for the job it held:
   * the caller lints such files itself, as it does when there are few files. `settle` sees each
   * outcome first, in this thread (a run with `--fix` writes the file then).
   */
  async lint(jobs: LintJob[], onDone: (count: number) => void, settle?: (outcome: LintOutcome) => void): Promise<LintOutcome[]> {
    const outcomes: LintOutcome[] = []
    let done = 0
    this.finish = (outcome) => {
      settle?.(outcome)
      outcomes[outcome.index] = outcome
      onDone(++done)
    }
    for (const lane of this.lanes) {
      // Until now it was not to keep the process alive (a run that fails before linting ends).
      lane.thread?.ref()
      lane.thread?.postMessage(jobs)
    }
    // A test of a worker that ends mid-run lets the worker take the first files, whatever the timing.
    if (workerExitRequested()) await Promise.all(this.lanes.map((lane) => lane.ended))
    // The main thread works too, yielding now and then so worker results (and progress) are handled.
    let yielded = performance.now()
    for (let index = Atomics.add(this.next, 0, 1); index < jobs.length; index = Atomics.add(this.next, 0, 1)) {
      this.finish(lintJob(jobs[index], this.fingerprints))
      if (performance.now() - yielded > 50) {
        await new Promise((resolve) => setImmediate(resolve))
        yielded = performance.now()
      }
    }
    // A worker still starting when the last job is done has nothing left to do.
    if (done === jobs.length) this.stop()
    await Promise.all(this.lanes.map((lane) => lane.ended))
    inlineAsUsual()
    return outcomes
  }

  /** End the workers (a run with too few files for them, or one that failed first). */
  stop(): void {
    for (const lane of this.lanes) void lane.thread?.terminate()
  }

  private startLane(input: WorkerInput): Lane {
    let thread: Worker | undefined
    const ended = new Promise<void>((resolve) => {
      try {
        thread = new Worker(workerScript(), {workerData: input})
      } catch {
        resolve()
        return
      }
      thread.unref()
      thread.on('message', ({outcome, fingerprints}: {outcome: LintOutcome; fingerprints: Array<string | undefined>}) => {
        outcome.messages?.forEach((message, i) => setFingerprint(message, fingerprints[i]))
        this.finish(outcome)
      })
      thread.on('error', () => resolve())
      thread.on('exit', () => resolve())
    })
    return {thread, ended}
  }
}

/** The CLI's loader beside this file (it runs the bundle from the V8 code cache), else this file itself (a bundle built for tests). */
function workerScript(): string {
  const loader = fileURLToPath(new URL('./bin.js', import.meta.url))
  return fs.existsSync(loader) ? loader : fileURLToPath(import.meta.url)
}

/** The worker side: wait for the jobs, take them from the shared counter until none is left, then end. */
export function serveWorker(port: MessagePort): void {
  const input = workerData as WorkerInput
  // Read errors travel back as text, so the worker words them in the run's language.
  if (input.locale) setLocale(input.locale)
  port.once('message', (jobs: LintJob[]) => {
    // Only now: a run that turns out to have few files stops its workers before they get jobs.
    if (Atomics.add(input.started, 0, 1) + 1 === input.lanes) inlineLess()
    let taken = 0
    for (let index = Atomics.add(input.next, 0, 1); index < jobs.length; index = Atomics.add(input.next, 0, 1)) {
      // A test build may end this thread holding its second file: the main thread must do it.
      if (++taken === 2) testFault('worker-exit')
      const outcome = lintJob(jobs[index], input.fingerprints)
      // Messages are Error objects, which structured cloning reduces to name and message: send their
      // fields, and the fingerprints the main thread keeps beside them.
      const messages = outcome.messages?.map((message) => ({...message}) as LuxlintMessage)
      port.postMessage({outcome: {...outcome, messages}, fingerprints: outcome.messages?.map(fingerprintOf) ?? []})
    }
  })
}
