import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'

/** Heap limit of the lint worker: a runaway check fails alone instead of taking the server down. */
const workerHeapMb = 2048

/**
 * How to start the lint worker: from the bundle's loader, which says where it is (the worker
 * then runs the same bundle), or from lint-worker.js beside this file. Undefined when neither
 * is there (a bundle that left the worker out): the server then lints on its own thread.
 */
function lintWorkerFile(): {file: string; workerData?: {luxlintLspWorker: true}} | undefined {
  const loader = (globalThis as {__luxlint_loader?: string}).__luxlint_loader
  const start = loader ? {file: loader, workerData: {luxlintLspWorker: true as const}} : {file: fileURLToPath(new URL('./lint-worker.js', import.meta.url))}
  return fs.existsSync(start.file) ? start : undefined
}

/** A started worker, and whether it said it is ready or died before its owner listened. */
export interface StartedWorker {
  worker: Worker
  ready: boolean
  died?: string
  /** Stop keeping what it says: its owner listens from now on. */
  release(): void
}

let early: StartedWorker | undefined

/**
 * Start the lint worker and its warm-up now, before the server's own modules load (src/entry.ts):
 * loading the engine and compiling the terms in the worker took most of the time before a
 * document opened right after start-up got its diagnostics. The server's Linter takes it over.
 */
export function startLintWorkerEarly(): void {
  if (early) return
  early = startLintWorker()
}

/** Whether a worker can be started (else the server lints on its own thread). */
export function hasLintWorker(): boolean {
  return lintWorkerFile() !== undefined
}

/** The worker started early, once; else a new one (undefined without a worker file). */
export function takeLintWorker(): StartedWorker | undefined {
  const taken = early ?? startLintWorker()
  early = undefined
  return taken
}

function startLintWorker(): StartedWorker | undefined {
  const start = lintWorkerFile()
  if (!start) return undefined
  const worker = new Worker(start.file, {workerData: start.workerData, resourceLimits: {maxOldGenerationSizeMb: workerHeapMb}})
  worker.unref() // an idle worker must not keep the server alive after exit
  // What it says before the Linter listens is kept here (events nobody listens to are lost).
  const onMessage = (reply: unknown) => {
    if (reply && typeof reply === 'object' && 'ready' in reply) started.ready = true
  }
  const onError = (error: Error) => (started.died ??= `the check stopped: ${error.message.split('\n')[0]}`)
  const onExit = (code: number) => (started.died ??= `the check stopped (worker exited with code ${code})`)
  const started: StartedWorker = {
    worker,
    ready: false,
    release: () => void worker.off('message', onMessage).off('error', onError).off('exit', onExit)
  }
  worker.on('message', onMessage).on('error', onError).on('exit', onExit)
  worker.postMessage({warmUp: true})
  return started
}
