// The entry of the bundled server (dist/luxlint-lsp.cjs): the server or, in its lint worker
// thread (started from the same loader), the worker. One bundle and one loader serve both, so
// each thread loads the engine from a V8 code cache.
import {isMainThread, workerData} from 'node:worker_threads'
import {hasTransport} from './transport.js'
import {startLintWorkerEarly} from './worker-start.js'

if (!isMainThread && (workerData as {luxlintLspWorker?: boolean} | undefined)?.luxlintLspWorker) void import('./lint-worker.js')
else {
  // Started by an editor: the worker loads the engine and warms up while the server loads and
  // the editor initializes, not after (the server's modules are imported below, not above).
  const args = process.argv.slice(2)
  if (hasTransport(args) && !args.includes('--version')) startLintWorkerEarly()
  void import('./start.js')
}
