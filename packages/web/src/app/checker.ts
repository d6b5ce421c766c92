import type {CheckRequest, DocxRequest, Finding, WorkerReply} from './types.js'

export interface CheckResult {
  text: string
  findings: Finding[]
  ms: number
}

/**
 * Talks to the lint worker. Only the newest request's answer is delivered: an answer to text the
 * user has since changed is dropped, so a slow check never overwrites a newer one.
 */
export class Checker {
  private worker: Worker
  private latest = 0
  private pending = new Map<number, string>()
  private documents = new Map<number, {resolve: (value: {text: string; language?: string}) => void; reject: (error: Error) => void}>()
  private documentIds = 0
  readonly ready: Promise<void>

  constructor(
    private onResult: (result: CheckResult) => void,
    private onError: (message: string) => void
  ) {
    this.worker = new Worker(new URL('./worker.ts', import.meta.url), {type: 'module'})
    this.ready = new Promise((resolve) => {
      this.worker.addEventListener('message', ({data}: MessageEvent<WorkerReply>) => {
        if (data.type === 'ready') return resolve()
        if (data.type === 'docx' || data.type === 'docx-error') {
          const waiting = this.documents.get(data.id)
          this.documents.delete(data.id)
          if (data.type === 'docx') waiting?.resolve({text: data.text, language: data.language})
          else waiting?.reject(new Error(data.error))
          return
        }
        const text = this.pending.get(data.id)
        this.pending.delete(data.id)
        if (data.id !== this.latest || text === undefined) return
        if (data.type === 'error') this.onError(data.error)
        else this.onResult({text, findings: data.findings, ms: data.ms})
      })
    })
    this.worker.addEventListener('error', (event) => this.onError(event.message || 'the checker stopped'))
  }

  get busy(): boolean {
    return this.pending.has(this.latest)
  }

  check(text: string, options: CheckRequest['options']): void {
    const id = ++this.latest
    this.pending.set(id, text)
    this.worker.postMessage({type: 'check', id, text, options} satisfies CheckRequest)
  }

  /** The text of a Word file, read in the worker by @luxlint/documents. */
  docxText(bytes: Uint8Array): Promise<{text: string; language?: string}> {
    const id = ++this.documentIds
    return new Promise((resolve, reject) => {
      this.documents.set(id, {resolve, reject})
      this.worker.postMessage({type: 'docx', id, bytes} satisfies DocxRequest, [bytes.buffer])
    })
  }
}
