import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {lint, type LintOptions} from '@luxlint/core'
import {toPlainMessage, type PlainMessage} from './lint-document.js'

interface Job {
  id: number
  key: string
  text: string
  options: LintOptions
  resolve: (messages: PlainMessage[] | undefined) => void
  reject: (error: Error) => void
  started: number
}

/** A running check of a document that has changed since is stopped once it has run this long (restarting the worker costs less). */
const abortAfterMs = 1000

/** Heap limit of the lint worker: a runaway check fails alone instead of taking the server down. */
const workerHeapMb = 2048

/**
 * Runs lint() in one background worker, one job at a time. A job still waiting when a newer one
 * for the same document arrives resolves to undefined (superseded) without running. Without the
 * worker file (a bundle that left it out) it lints on the calling thread. A long check of a
 * document that changed meanwhile is stopped by restarting the worker.
 */
export class Linter {
  private worker: Worker | undefined
  private running: Job | undefined
  private readonly waiting = new Map<string, Job>()
  private nextId = 1
  private readonly workerFile = fileURLToPath(new URL('./lint-worker.js', import.meta.url))

  constructor(private readonly onLog: (line: string) => void = () => {}) {}

  lint(key: string, text: string, options: LintOptions): Promise<PlainMessage[] | undefined> {
    if (!fs.existsSync(this.workerFile)) return Promise.resolve(lint(text, options).map(toPlainMessage))
    return new Promise((resolve, reject) => {
      this.waiting.get(key)?.resolve(undefined)
      this.waiting.set(key, {id: this.nextId++, key, text, options, resolve, reject, started: 0})
      // A long check of an older version of this document is worthless now: stop it.
      if (this.running?.key === key && Date.now() - this.running.started > abortAfterMs) this.abort()
      this.pump()
    })
  }

  /** Drop a document's waiting job (it was closed). */
  forget(key: string): void {
    this.waiting.get(key)?.resolve(undefined)
    this.waiting.delete(key)
    this.worker?.postMessage({forget: key})
  }

  dispose(): void {
    for (const job of this.waiting.values()) job.resolve(undefined)
    this.waiting.clear()
    void this.worker?.terminate()
    this.worker = undefined
  }

  /** Stop the running check (superseded): its caller gets undefined, the next check starts a fresh worker. */
  private abort(): void {
    const job = this.running
    const worker = this.worker
    if (!job || !worker) return
    this.running = undefined
    this.worker = undefined
    job.resolve(undefined)
    void worker.terminate()
  }

  private pump(): void {
    if (this.running || this.waiting.size === 0) return
    const [key, job] = this.waiting.entries().next().value as [string, Job]
    this.waiting.delete(key)
    this.running = job
    job.started = Date.now()
    this.ensureWorker().postMessage({id: job.id, key: job.key, text: job.text, options: job.options})
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(this.workerFile, {resourceLimits: {maxOldGenerationSizeMb: workerHeapMb}})
    worker.unref() // an idle worker must not keep the server alive after exit
    worker.on('message', (reply: {id: number; messages?: PlainMessage[]; error?: string}) => {
      const job = this.running
      if (!job || job.id !== reply.id) return
      this.running = undefined
      if (reply.error !== undefined) job.reject(new Error(reply.error))
      else job.resolve(reply.messages)
      this.pump()
    })
    const died = (reason: string) => {
      if (this.worker !== worker) return
      this.worker = undefined
      const job = this.running
      this.running = undefined
      if (job) job.reject(new Error(reason))
      else this.onLog(reason)
      this.pump()
    }
    worker.on('error', (error) => died(`the check stopped: ${error.message.split('\n')[0]}`))
    worker.on('exit', (code) => died(`the check stopped (worker exited with code ${code})`))
    this.worker = worker
    return worker
  }
}
