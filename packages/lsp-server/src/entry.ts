// The entry of the bundled server (dist/luxlint-lsp.cjs): the server or, in its lint worker
// thread (started from the same loader), the worker. One bundle and one loader serve both, so
// each thread loads the engine from a V8 code cache.
import {isMainThread, workerData} from 'node:worker_threads'

if (!isMainThread && (workerData as {luxlintLspWorker?: boolean} | undefined)?.luxlintLspWorker) void import('./lint-worker.js')
else void import('./start.js')
