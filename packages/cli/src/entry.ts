// The entry of the bundled CLI (dist/luxlint.cjs): the command line or, in a worker thread of a
// multi-file run, the worker loop.
import {isMainThread, parentPort, workerData} from 'node:worker_threads'
import {main} from './main.js'
import {serveWorker} from './parallel.js'

if (!isMainThread && workerData?.luxlintWorker && parentPort) serveWorker(parentPort)
else
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
