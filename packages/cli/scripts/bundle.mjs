#!/usr/bin/env node
// Bundles the CLI into one minified file and replaces dist/bin.js with a small loader that runs
// it with a V8 code cache (scripts/bundle/loader.mjs at the root, shared with the language server).
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {loaderSource, sealBundle} from '../../../scripts/bundle/loader.mjs'
import {bundleOptions} from './bundle-options.mjs'

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist')
const bundle = path.join(dist, 'luxlint.cjs')

await build(bundleOptions(dist))
sealBundle(bundle)

fs.writeFileSync(
  path.join(dist, 'bin.js'),
  loaderSource({
    bundle: 'luxlint.cjs',
    about: `// Runs luxlint.cjs (the bundled CLI) with a V8 code cache kept in the user's cache folder
// ($XDG_CACHE_HOME/luxlint or ~/.cache/luxlint; LUXLINT_NO_CACHE=1 turns it off).`,
    setup: `// V8 grows each thread's young generation to tens of megabytes to collect the garbage of one file
// after another less often: kept at its starting size, a run over thousands of files peaks at
// about three-quarters of the memory for a few percent more time. Set before the bundle loads
// (loading it would grow the young generation already); the setting is read each time the young
// generation would grow, so setting it now is safe, and it holds for the worker threads too.
const v8Flags = process.env.LUXLINT_LARGE_YOUNG_GENERATION ? [] : ['--semi-space-growth-factor=1']
for (const flag of v8Flags) require('node:v8').setFlagsFromString(flag)
// The worker threads of a multi-file run make V8 inline less once they have started (src/inlining.ts).
`,
    hooks: `// The bundle is a script: it asks this module to import the packages it loads on demand.
globalThis.__luxlint_import = (specifier) => import(specifier)
// ...and says when the run is one whose code cache is worth writing (src/code-cache.ts).
let keep = false
globalThis.__luxlint_keepCodeCache = () => {
  keep = true
}
`,
    cacheName: `'v8-' + key + '.cache'`,
    cachePattern: '/^v8-.*\\.cache$/',
    // V8 names the flags a cache was made under by a hash it keeps, and a worker thread's start
    // leaves that hash stale after a flag set at run time: set ours again, or the next run
    // refuses the cache of any run that started a worker.
    beforeSave: `    for (const flag of v8Flags) require('node:v8').setFlagsFromString(flag)
`,
    // At exit, not now: the cache then also holds the functions this run compiled lazily.
    save: `  process.once('beforeExit', () => {
    if (keep) save()
  })`
  }),
  {mode: 0o755}
)
