import {parentPort} from 'node:worker_threads'
import {IncrementalLinter, type ChangedRange, type LintOptions, type LuxlintMessage} from '@luxlint/core'
import {toPlainMessage, type PlainMessage} from './lint-document.js'
import {diffMessages, type MessageDiff} from './message-diff.js'
import {codeCacheReady} from './code-cache.js'
import {PieceText} from './piece-text.js'
import {editText, type TextEdit} from './text-edits.js'
import {warmUpEdits, warmUpText} from './warm-up.js'

// Runs core's lint() off the server's main thread, so a long check never blocks hover,
// code actions or shutdown, and running out of memory kills only this worker. Each open
// document keeps its text and an IncrementalLinter: the server sends the edits of a change,
// not the whole text again, and an edit re-analyses only the blocks it touched. The text is
// kept in pieces, and the linter reads only those around an edit: a keystroke builds no new
// copy of the whole document.

/** A check: the whole text, or the edits since the last text of this document the worker got. */
export type LintJob = {id: number; key: string; options: LintOptions; timing?: boolean} & ({text: string} | {edits: TextEdit[]; length: number})

export type LintReply =
  /** The findings, as a change to the list of this document's last reply (all of them when there was none). */
  | {id: number; diff: MessageDiff; workerMs?: number}
  | {id: number; error: string}
  /** The worker has no text of the document (a new worker, or dropped) or the edits do not fit it: send the text. */
  | {id: number; needText: true}
  /** The warm-up is done (the worker's first message). */
  | {ready: true}

interface Entry {
  text: PieceText
  options: string
  linter: IncrementalLinter
  /** Whether the linter's last text is `text` (a check that threw may have left it behind). */
  inStep: boolean
  /** The findings of the last reply, and the length of the text they belong to. */
  sent?: {messages: PlainMessage[]; length: number}
}

const documents = new Map<string, Entry>()
const kept = 64
/** Plain copies of findings the linter handed out before (those before an edit come back as they were). */
let plain = new WeakMap<LuxlintMessage, PlainMessage>()

function run(job: LintJob): LintReply {
  const started = performance.now()
  const options = JSON.stringify(job.options)
  let entry = documents.get(job.key)
  let text: PieceText
  let changed: ChangedRange | undefined
  if ('edits' in job) {
    const applied = entry ? editText(entry.text, job.edits, (before, edit) => before.edited(edit)) : undefined
    if (!entry || !applied || applied.text.length !== job.length) {
      documents.delete(job.key)
      return {id: job.id, needText: true}
    }
    text = applied.text
    if (entry.inStep) changed = applied.changed
  } else text = PieceText.of(job.text)
  if (!entry || entry.options !== options) entry = {text, options, linter: new IncrementalLinter(job.options), inStep: false}
  entry.text = text
  // Most recently used last, so the oldest document is the one dropped.
  documents.delete(job.key)
  documents.set(job.key, entry)
  if (documents.size > kept) documents.delete(documents.keys().next().value as string)
  entry.inStep = false
  const previous = entry.sent
  entry.sent = undefined // a check that throws sends no findings: the next reply lists them all
  // A whole new text is linted as the string it came as; the linter joins pieces when it has no range.
  const found = entry.linter.lint('text' in job ? job.text : text, changed)
  entry.inStep = true
  const messages = found.map((message) => {
    let copy = plain.get(message)
    if (!copy) plain.set(message, (copy = toPlainMessage(message)))
    return copy
  })
  const diff = previous ? diffMessages(previous.messages, messages, text.length - previous.length) : {keep: 0, fresh: messages, tail: 0, delta: 0}
  entry.sent = {messages, length: text.length}
  return job.timing ? {id: job.id, diff, workerMs: performance.now() - started} : {id: job.id, diff}
}

/**
 * Compile the terms, then edit a small document a few hundred times so that the JIT has compiled
 * the steps of an edit before the first keystroke in a real one. The edits give way to real
 * checks: a document opened at once is not kept waiting for them.
 */
async function warmUp(): Promise<void> {
  const key = '\u0000warm-up'
  const options = {format: 'markdown' as const}
  try {
    // A check already waiting (a document opened while this thread was starting) goes first.
    await new Promise((resolve) => setImmediate(resolve))
    run({id: 0, key, options, text: warmUpText})
    // The first check compiled most of what a check runs: a code cache now spares the next start
    // that (written before the next turn, once per version).
    codeCacheReady()
    for (const {edits, length} of warmUpEdits(warmUpText)) {
      await new Promise((resolve) => setImmediate(resolve))
      run({id: 0, key, options, edits, length})
    }
  } finally {
    documents.delete(key)
    parentPort!.postMessage({ready: true})
  }
}

parentPort!.on('message', (job: LintJob | {forget: string} | {warmUp: true}) => {
  if ('forget' in job) {
    documents.delete(job.forget)
    if (documents.size === 0) plain = new WeakMap()
    return
  }
  if ('warmUp' in job) {
    void warmUp()
    return
  }
  try {
    parentPort!.postMessage(run(job))
  } catch (error) {
    parentPort!.postMessage({id: job.id, error: (error instanceof Error ? error.message : String(error)).split('\n')[0]})
  }
})
