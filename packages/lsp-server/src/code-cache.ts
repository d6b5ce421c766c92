/**
 * Tell the bundle's loader (dist/bin.js, written by scripts/bundle.mjs) that this thread has
 * compiled what a session needs: it then writes the V8 code cache the next start loads the
 * engine from (once per build; without the loader, nothing happens).
 */
export function codeCacheReady(): void {
  ;(globalThis as {__luxlint_saveCodeCache?: () => void}).__luxlint_saveCodeCache?.()
}

