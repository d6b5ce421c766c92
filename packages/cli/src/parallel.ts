import os from 'node:os'
import {Worker, workerData} from 'node:worker_threads'
import {fileURLToPath} from 'node:url'
import {lint, type LintOptions, type LuxlintMessage} from '@luxlint/core'
import {readText} from './read.js'
import {currentLocale, setLocale, type Locale} from './locale/index.js'

/** One file to check: where it is and the options its config gave it. */
export interface LintJob {
  index: number
  path: string
  options: LintOptions
}

export interface LintOutcome {
  index: number
  text?: string
  messages?: LuxlintMessage[]
  error?: string
}

/** Read and lint one file (in whichever thread runs it). */
export function lintJob(job: LintJob): LintOutcome {
  try {
    const {text} = readText(job.path)
    const messages = lint(text, job.options)
    // Only what the report needs crosses threads; fingerprints are assigned again there.
    return {index: job.index, messages, text: messages.length ? text : undefined}
  } catch (error) {
    return {index: job.index, error: (error as Error).message.split('\n')[0]}
  }
}

/** Jobs sent ahead to each worker. */
const jobsInFlight = 8

/** Below this many files, starting a worker costs more than it saves. */
export const parallelThreshold = 16

/**
 * Lint many files on every core: the main thread and `cores - 1` workers take jobs from one
 * queue; results come back by index, so the report order does not depend on timing.
 */
export async function lintParallel(jobs: LintJob[], onDone: (count: number) => void): Promise<LintOutcome[]> {
  const outcomes: LintOutcome[] = new Array(jobs.length)
  const lanes = Math.min(os.availableParallelism?.() ?? os.cpus().length, 8) - 1
  let next = 0
  let done = 0
  const finish = (outcome: LintOutcome) => {
    outcomes[outcome.index] = outcome
    onDone(++done)
  }
  const take = () => (next < jobs.length ? jobs[next++] : undefined)

  const workers = Array.from({length: Math.max(0, lanes)}, () => runWorker(take, finish))
  // The main thread works too, yielding between files so worker messages are handled.
  const main = (async () => {
    for (let job = take(); job; job = take()) {
      finish(lintJob(job))
      await new Promise((resolve) => setImmediate(resolve))
    }
  })()
  await Promise.all([main, ...workers])
  return outcomes
}

function runWorker(take: () => LintJob | undefined, finish: (outcome: LintOutcome) => void): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker
    try {
      worker = new Worker(fileURLToPath(new URL('./bin.js', import.meta.url)), {workerData: {luxlintWorker: true, locale: currentLocale()}})
    } catch {
      resolve()
      return
    }
    // Several jobs in flight: the main thread hands out work only between its own files, and a
    // worker with one job would sit idle meanwhile.
    const inFlight = new Map<number, LintJob>()
    const send = () => {
      while (inFlight.size < jobsInFlight) {
        const job = take()
        if (!job) break
        inFlight.set(job.index, job)
        worker.postMessage(job)
      }
      if (inFlight.size === 0) void worker.terminate().then(() => resolve())
    }
    worker.on('message', (outcome: LintOutcome) => {
      inFlight.delete(outcome.index)
      finish(outcome)
      send()
    })
    worker.on('error', () => {
      // A worker that dies hands its files back to be done on the main thread.
      for (const job of inFlight.values()) finish(lintJob(job))
      inFlight.clear()
      resolve()
    })
    send()
  })
}

/** The worker side: lint each job the main thread sends. */
export function serveWorker(port: {on: (event: 'message', listener: (job: LintJob) => void) => void; postMessage: (value: LintOutcome) => void}): void {
  // Read errors travel back as text, so the worker words them in the run's language.
  if (workerData?.locale) setLocale(workerData.locale as Locale)
  port.on('message', (job) => {
    const outcome = lintJob(job)
    // Messages are Error objects, which structured cloning reduces to name and message: send their fields.
    port.postMessage({...outcome, messages: outcome.messages?.map((message) => ({...message}) as LuxlintMessage)})
  })
}
