import {parentPort} from 'node:worker_threads'
import {IncrementalLinter, type LintOptions} from '@luxlint/core'
import {toPlainMessage} from './lint-document.js'

// Runs core's lint() off the server's main thread, so a long check never blocks hover,
// code actions or shutdown, and running out of memory kills only this worker. Each open
// document keeps an IncrementalLinter, so an edit re-analyses only the blocks it touched.
const linters = new Map<string, {options: string; linter: IncrementalLinter}>()
const kept = 64

parentPort!.on('message', (job: {id: number; key: string; text: string; options: LintOptions} | {forget: string}) => {
  if ('forget' in job) {
    linters.delete(job.forget)
    return
  }
  try {
    const options = JSON.stringify(job.options)
    let entry = linters.get(job.key)
    if (!entry || entry.options !== options) entry = {options, linter: new IncrementalLinter(job.options)}
    // Most recently used last, so the oldest document is the one dropped.
    linters.delete(job.key)
    linters.set(job.key, entry)
    if (linters.size > kept) linters.delete(linters.keys().next().value as string)
    parentPort!.postMessage({id: job.id, messages: entry.linter.lint(job.text).map(toPlainMessage)})
  } catch (error) {
    parentPort!.postMessage({id: job.id, error: (error instanceof Error ? error.message : String(error)).split('\n')[0]})
  }
})
