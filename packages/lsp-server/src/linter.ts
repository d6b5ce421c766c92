import {Worker} from 'node:worker_threads'
import {lint, type LintOptions} from '@luxlint/core'
import {toPlainMessage, type PlainMessage} from './lint-document.js'
import type {LintJob, LintReply} from './lint-worker.js'
import {applyMessageDiff} from './message-diff.js'
import type {TextEdit} from './text-edits.js'
import {hasLintWorker, takeLintWorker} from './worker-start.js'

/** What a check cost, filled in when asked for (the LUXLINT_LSP_TIMING bench hook). */
export interface LintStats {
  /** Time the worker spent on it: applying the edits, linting, copying the findings. */
  workerMs?: number
  /** What went to the worker: the edits since its last text, or the whole text. */
  sent?: 'edits' | 'text'
}

/**
 * A document's text when joining it costs (a large document kept as lines): its length, and
 * the text itself, or undefined once the document has changed since the check was asked for.
 */
export interface LazyText {
  length: number
  text(): string | undefined
}

interface Job {
  id: number
  key: string
  text: string | LazyText
  /** The edits from the worker's last text of this document to `text`; null when unknown. */
  edits: TextEdit[] | null
  options: LintOptions
  stats?: LintStats
  resolve: (messages: PlainMessage[] | undefined) => void
  reject: (error: Error) => void
  started: number
}

/** A running check of a document that has changed since is stopped once it has run this long (restarting the worker costs less). */
const abortAfterMs = 1000

/** Past this many edits, or inserted characters, since the worker's last text, sending the text costs less. */
const maxEdits = 1000
const maxInserted = 65536

/**
 * Runs lint() in one background worker, one job at a time. A job still waiting when a newer one
 * for the same document arrives resolves to undefined (superseded) without running. Without the
 * worker file (a bundle that left it out) it lints on the calling thread. A long check of a
 * document that changed meanwhile is stopped by restarting the worker.
 *
 * The worker keeps the text of each document it checked. Told of each edit (`changed`), the
 * linter sends it only the edits since, not a megabyte of text per keystroke; the worker asks
 * for the text when it has none or the edits do not fit it.
 */
export class Linter {
  private worker: Worker | undefined
  private running: Job | undefined
  private readonly waiting = new Map<string, Job>()
  /** Edits of each document since its text was last taken for a check (null: too many, or a whole new text). */
  private readonly edits = new Map<string, TextEdit[] | null>()
  /** Documents whose text the current worker was sent. */
  private readonly known = new Set<string>()
  /** The findings of each document's last reply: the worker sends the next as a change to them. */
  private readonly lists = new Map<string, PlainMessage[]>()
  private nextId = 1
  private readonly inThread = !hasLintWorker()

  constructor(private readonly onLog: (line: string) => void = () => {}) {}

  private readyListeners: Array<() => void> = []

  /**
   * Start the worker and let it compile the terms now, before a document is opened. Resolves
   * when it is ready (at once without a worker).
   */
  start(): Promise<void> {
    if (this.inThread) return Promise.resolve()
    return new Promise((resolve) => {
      this.readyListeners.push(resolve)
      this.ensureWorker()
    })
  }

  /** Record an edit of a document (null: its whole text was replaced). */
  changed(key: string, edits: readonly TextEdit[] | null): void {
    const earlier = this.edits.has(key) ? this.edits.get(key)! : []
    if (!earlier || !edits) return void this.edits.set(key, null)
    const all = [...earlier, ...edits]
    const inserted = all.reduce((sum, edit) => sum + edit.text.length, 0)
    this.edits.set(key, all.length > maxEdits || inserted > maxInserted ? null : all)
  }

  lint(key: string, source: string | LazyText, options: LintOptions, stats?: LintStats): Promise<PlainMessage[] | undefined> {
    // The edits so far lead to this text: the next check starts from here.
    const edits = this.edits.has(key) ? this.edits.get(key)! : []
    this.edits.delete(key)
    let text: string | LazyText | undefined = source
    // The whole text will be sent: take it now, while it is this version's.
    if (typeof source !== 'string' && (this.inThread || !edits || !this.known.has(key))) text = source.text()
    if (text === undefined) return Promise.resolve(undefined)
    if (this.inThread) return Promise.resolve(lint(text as string, options).map(toPlainMessage))
    return new Promise((resolve, reject) => {
      const replaced = this.waiting.get(key)
      replaced?.resolve(undefined)
      // A replaced job never ran: its edits come first in this one's.
      const since = replaced ? (replaced.edits && edits ? [...replaced.edits, ...edits] : null) : edits
      this.waiting.set(key, {id: this.nextId++, key, text, edits: since, options, stats, resolve, reject, started: 0})
      // A long check of an older version of this document is worthless now: stop it.
      if (this.running?.key === key && Date.now() - this.running.started > abortAfterMs) this.abort()
      this.pump()
    })
  }

  /** Drop a document's waiting job (it was closed). */
  forget(key: string): void {
    this.waiting.get(key)?.resolve(undefined)
    this.waiting.delete(key)
    this.edits.delete(key)
    this.known.delete(key)
    this.lists.delete(key)
    this.worker?.postMessage({forget: key})
  }

  dispose(): void {
    for (const job of this.waiting.values()) job.resolve(undefined)
    this.waiting.clear()
    this.edits.clear()
    this.known.clear()
    this.lists.clear()
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
    this.known.clear()
    this.lists.clear()
    job.resolve(undefined)
    void worker.terminate()
  }

  private pump(): void {
    if (this.running || this.waiting.size === 0) return
    const [key, job] = this.waiting.entries().next().value as [string, Job]
    this.waiting.delete(key)
    this.running = job
    job.started = Date.now()
    this.send(job, job.edits !== null && this.known.has(key))
  }

  private send(job: Job, edits: boolean): void {
    const text = edits || typeof job.text === 'string' ? job.text : job.text.text()
    if (text === undefined) {
      // The document changed since (a newer check is on its way) and the worker needs its text:
      // drop this check, and send the next one the whole text.
      this.running = undefined
      this.known.delete(job.key)
      this.edits.set(job.key, null)
      job.resolve(undefined)
      return this.pump()
    }
    const worker = this.ensureWorker()
    const base = {id: job.id, key: job.key, options: job.options, timing: job.stats !== undefined}
    const message: LintJob = edits ? {...base, edits: job.edits!, length: text.length} : {...base, text: text as string}
    if (job.stats) job.stats.sent = edits ? 'edits' : 'text'
    if (!edits) this.known.add(job.key)
    worker.postMessage(message)
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker
    // Started with its warm-up already, maybe before the server (src/entry.ts).
    const started = takeLintWorker()!
    const worker = started.worker
    worker.on('message', (reply: LintReply) => {
      if ('ready' in reply) {
        for (const listener of this.readyListeners.splice(0)) listener()
        return
      }
      const job = this.running
      if (!job || job.id !== reply.id) return
      if ('needText' in reply) return this.send(job, false)
      let messages: PlainMessage[] | undefined
      if ('diff' in reply) {
        messages = applyMessageDiff(this.lists.get(job.key) ?? [], reply.diff)
        if (!messages) {
          // Out of step (it should not happen): start this document afresh.
          this.onLog(`the findings of ${job.key} were out of step with the checker; checking it again`)
          this.lists.delete(job.key)
          worker.postMessage({forget: job.key})
          return this.send(job, false)
        }
        this.lists.set(job.key, messages)
      }
      this.running = undefined
      if ('error' in reply) {
        this.lists.delete(job.key)
        job.reject(new Error(reply.error))
      } else {
        if (job.stats) job.stats.workerMs = reply.workerMs
        job.resolve(messages)
      }
      this.pump()
    })
    const died = (reason: string) => {
      if (this.worker !== worker) return
      this.worker = undefined
      this.known.clear()
      this.lists.clear()
      const job = this.running
      this.running = undefined
      if (job) job.reject(new Error(reason))
      else this.onLog(reason)
      this.pump()
    }
    worker.on('error', (error) => died(`the check stopped: ${error.message.split('\n')[0]}`))
    worker.on('exit', (code) => died(`the check stopped (worker exited with code ${code})`))
    started.release()
    this.worker = worker
    // What it said before this listened: handled once the caller has posted its job.
    if (started.died) queueMicrotask(() => died(started.died!))
    else if (started.ready) queueMicrotask(() => this.readyListeners.splice(0).forEach((listener) => listener()))
    return worker
  }
}
