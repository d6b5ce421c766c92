#!/usr/bin/env node
// Bundles the language server and its lint worker into one minified file (dist/luxlint-lsp.cjs)
// and replaces dist/bin.js with the loader that runs it from a V8 code cache (the same loader as
// the CLI's: scripts/bundle at the root). Loading the engine as a few hundred ES modules took
// most of the time before a document opened right after start-up got its diagnostics.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {loaderSource, sealBundle} from '../../../scripts/bundle/loader.mjs'
import {nodeBundleOptions} from '../../../scripts/bundle/options.mjs'

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist')
const bundle = path.join(dist, 'luxlint-lsp.cjs')

await build(
  nodeBundleOptions({
    entry: path.join(dist, 'entry.js'),
    outfile: bundle,
    // jsonc-parser's UMD main hides its requires from the bundler; its ES module does not.
    mainFields: ['module', 'main']
  })
)
sealBundle(bundle)

fs.writeFileSync(
  path.join(dist, 'bin.js'),
  loaderSource({
    bundle: 'luxlint-lsp.cjs',
    about: `// The luxlint language server: runs luxlint-lsp.cjs (the bundled server, and its lint worker in
// the worker thread) with a V8 code cache per thread kept in the user's cache folder
// ($XDG_CACHE_HOME/luxlint or ~/.cache/luxlint; LUXLINT_NO_CACHE=1 turns it off).`,
    hooks: `// The server starts its lint worker from this file too (src/code-cache.ts).
globalThis.__luxlint_loader = require('node:url').fileURLToPath(import.meta.url)
`,
    // The main thread and the worker compile different functions: each keeps its own cache.
    cacheName: `'lsp-v8-' + key + (require('node:worker_threads').isMainThread ? '' : '-worker') + '.cache'`,
    cachePattern: '/^lsp-v8-.*\\.cache$/',
    // Once the thread has done its first work (src/code-cache.ts), not at exit: an editor often
    // ends a language server without letting it exit.
    save: `  let saved = false
  globalThis.__luxlint_saveCodeCache = () => {
    if (saved) return
    saved = true
    setImmediate(save)
  }`
  }),
  {mode: 0o755}
)
// tsc wrote the file first (writeFileSync keeps the mode of a file that exists).
fs.chmodSync(path.join(dist, 'bin.js'), 0o755)
