import {fileURLToPath} from 'node:url'

/**
 * Tell the bundle's loader (dist/bin.js, written by scripts/bundle.mjs) that this thread has
 * compiled what a session needs: it then writes the V8 code cache the next start loads the
 * engine from (once per build; without the loader, nothing happens).
 */
export function codeCacheReady(): void {
  ;(globalThis as {__luxlint_saveCodeCache?: () => void}).__luxlint_saveCodeCache?.()
}

/**
 * How to start the lint worker: from the bundle's loader, which says where it is (the worker
 * then runs the same bundle), or from lint-worker.js beside this file.
 */
export function lintWorkerStart(besides: URL): {file: string; workerData?: {luxlintLspWorker: true}} {
  const loader = (globalThis as {__luxlint_loader?: string}).__luxlint_loader
  return loader ? {file: loader, workerData: {luxlintLspWorker: true}} : {file: fileURLToPath(besides)}
}
