// The entry of the bundled CLI (dist/luxlint.cjs): the command line or, in a worker thread of a
// multi-file run, the worker loop.
import {isMainThread, parentPort, workerData} from 'node:worker_threads'
import {main} from './main.js'

if (!isMainThread && workerData?.luxlintWorker && parentPort) {
  const port = parentPort
  // Imported here, not above: the engine loads only when a command needs it (main imports it
  // on demand too), so --help and --version answer without it.
  void import('./parallel.js').then(({serveWorker}) => serveWorker(port))
} else {
  // A reader that stops early (`luxlint … | head`) closes the pipe: the rest of the output goes
  // nowhere, and the run still ends with its own exit code, not a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error
    })
  }
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
}
