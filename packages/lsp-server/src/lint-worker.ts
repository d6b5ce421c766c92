import {parentPort} from 'node:worker_threads'
import {lint, type LintOptions} from '@luxlint/core'
import {toPlainMessage} from './lint-document.js'

// Runs core's lint() off the server's main thread, so a long check never blocks hover,
// code actions or shutdown, and running out of memory kills only this worker.
parentPort!.on('message', (job: {id: number; text: string; options: LintOptions}) => {
  try {
    parentPort!.postMessage({id: job.id, messages: lint(job.text, job.options).map(toPlainMessage)})
  } catch (error) {
    parentPort!.postMessage({id: job.id, error: (error instanceof Error ? error.message : String(error)).split('\n')[0]})
  }
})
