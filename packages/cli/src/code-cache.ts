/**
 * Tell the loader (dist/bin.js, written by scripts/bundle.mjs) that this run is worth keeping a
 * V8 code cache of. It writes the cache at exit, holding every function the run compiled: a run
 * that lints compiles what other runs need, while a cache made by --help would leave the engine
 * to be compiled again at every start.
 */
export function keepCodeCache(): void {
  ;(globalThis as {__luxlint_keepCodeCache?: () => void}).__luxlint_keepCodeCache?.()
}
