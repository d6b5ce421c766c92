#!/usr/bin/env node
import {isMainThread, parentPort, workerData} from 'node:worker_threads'

if (!isMainThread && workerData?.luxlintWorker && parentPort) {
  // A worker of a multi-file run (see parallel.ts).
  const {serveWorker} = await import('./parallel.js')
  serveWorker(parentPort)
} else {
  const {main} = await import('./main.js')
  process.exitCode = await main(process.argv.slice(2))
}
