import fs from 'node:fs'
import os from 'node:os'
import {Worker, workerData} from 'node:worker_threads'
import {fileURLToPath} from 'node:url'
import {lint, type LintOptions, type LuxlintMessage} from '@luxlint/core'
import {readText} from './read.js'
import {assignFingerprints, fingerprintOf, setFingerprint} from './fingerprint.js'
import {currentLocale, setLocale, type Locale} from './locale/index.js'
import {testFault, workerExitRequested} from './test-faults.js'

/** One file to check: where it is and the options its config gave it. */
export interface LintJob {
  index: number
  path: string
  options: LintOptions
}

export interface LintOutcome {
  index: number
  messages?: LuxlintMessage[]
  error?: string
}

/** Read and lint one file (in whichever thread runs it), with fingerprints when the run needs them. */
export function lintJob(job: LintJob, fingerprints: boolean): LintOutcome {
  try {
    const {text} = readText(job.path)
    const messages = lint(text, job.options)
    if (fingerprints) assignFingerprints(text, messages)
    return {index: job.index, messages}
  } catch (error) {
    return {index: job.index, error: (error as Error).message.split('\n')[0]}
  }
}

/** Below this many files, starting a worker costs more than it saves. */
export const parallelThreshold = 16

/** What a worker is given: every job, and the shared counter from which each thread takes the next. */
interface WorkerInput {
  luxlintWorker: true
  locale: Locale
  jobs: LintJob[]
  next: Int32Array
  fingerprints: boolean
}

/**
 * Lint many files on every core: the main thread and `cores - 1` workers take jobs from one
 * shared counter (no thread waits for another to hand out work); results come back by index, so
 * the report order does not depend on timing. A worker that dies leaves no outcome for the job it
 * held: the caller lints such files itself, as it does when there are few files.
 */
export async function lintParallel(jobs: LintJob[], fingerprints: boolean, onDone: (count: number) => void): Promise<LintOutcome[]> {
  const outcomes: LintOutcome[] = []
  const lanes = Math.min(os.availableParallelism?.() ?? os.cpus().length, 8) - 1
  const next = new Int32Array(new SharedArrayBuffer(4))
  let done = 0
  const finish = (outcome: LintOutcome) => {
    outcomes[outcome.index] = outcome
    onDone(++done)
  }
  const workers = Array.from({length: Math.max(0, lanes)}, () => runWorker({luxlintWorker: true, locale: currentLocale(), jobs, next, fingerprints}, finish))
  // A test of a worker that ends mid-run lets the worker take the first files, whatever the timing.
  if (workerExitRequested()) await Promise.all(workers.map((worker) => worker.ended))
  // The main thread works too, yielding now and then so worker results (and progress) are handled.
  let yielded = performance.now()
  for (let index = Atomics.add(next, 0, 1); index < jobs.length; index = Atomics.add(next, 0, 1)) {
    finish(lintJob(jobs[index], fingerprints))
    if (performance.now() - yielded > 50) {
      await new Promise((resolve) => setImmediate(resolve))
      yielded = performance.now()
    }
  }
  // A worker still starting when the last job is done has nothing left to do.
  if (done === jobs.length) for (const worker of workers) void worker.thread?.terminate()
  await Promise.all(workers.map((worker) => worker.ended))
  return outcomes
}

function runWorker(input: WorkerInput, finish: (outcome: LintOutcome) => void): {thread?: Worker; ended: Promise<void>} {
  let thread: Worker | undefined
  const ended = new Promise<void>((resolve) => {
    try {
      thread = new Worker(workerScript(), {workerData: input})
    } catch {
      resolve()
      return
    }
    thread.on('message', ({outcome, fingerprints}: {outcome: LintOutcome; fingerprints: Array<string | undefined>}) => {
      outcome.messages?.forEach((message, i) => setFingerprint(message, fingerprints[i]))
      finish(outcome)
    })
    thread.on('error', () => resolve())
    thread.on('exit', () => resolve())
  })
  return {thread, ended}
}

/** The CLI's loader beside this file (it runs the bundle from the V8 code cache), else this file itself (a bundle built for tests). */
function workerScript(): string {
  const loader = fileURLToPath(new URL('./bin.js', import.meta.url))
  return fs.existsSync(loader) ? loader : fileURLToPath(import.meta.url)
}

/** The worker side: take jobs from the shared counter until none is left, then end. */
export function serveWorker(port: {postMessage: (value: unknown) => void}): void {
  const input = workerData as WorkerInput
  // Read errors travel back as text, so the worker words them in the run's language.
  if (input.locale) setLocale(input.locale)
  let taken = 0
  for (let index = Atomics.add(input.next, 0, 1); index < input.jobs.length; index = Atomics.add(input.next, 0, 1)) {
    // A test build may end this thread holding its second file: the main thread must do it.
    if (++taken === 2) testFault('worker-exit')
    const outcome = lintJob(input.jobs[index], input.fingerprints)
    // Messages are Error objects, which structured cloning reduces to name and message: send their
    // fields, and the fingerprints the main thread keeps beside them.
    const messages = outcome.messages?.map((message) => ({...message}) as LuxlintMessage)
    port.postMessage({outcome: {...outcome, messages}, fingerprints: outcome.messages?.map(fingerprintOf) ?? []})
  }
}
