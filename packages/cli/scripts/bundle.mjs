#!/usr/bin/env node
// Bundles the CLI into one minified file and replaces dist/bin.js with a small loader that runs
// it with a V8 code cache: start-up is dominated by compiling hundreds of modules otherwise.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {asciiRegExps} from './ascii-regexps.mjs'
import {bundleOptions} from './bundle-options.mjs'

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist')
const bundle = path.join(dist, 'luxlint.cjs')

await build(bundleOptions(dist))

// The bundle ends with its digest, so the loader can name its code cache without hashing 1.3 MB
// at every start (~6 ms), and says when it is ASCII, so the loader can read it as Latin-1 (a
// one-byte string, no UTF-8 decoding: ~5 ms).
const {code, ascii} = asciiRegExps(fs.readFileSync(bundle, 'utf8'))
fs.writeFileSync(bundle, `${code}//# luxlint-digest=${crypto.createHash('sha256').update(code).digest('hex')}${ascii ? ' ascii' : ''}\n`)

fs.writeFileSync(
  path.join(dist, 'bin.js'),
  `#!/usr/bin/env node
// Runs luxlint.cjs (the bundled CLI) with a V8 code cache kept in the user's cache folder
// ($XDG_CACHE_HOME/luxlint or ~/.cache/luxlint; LUXLINT_NO_CACHE=1 turns it off).
// Node modules are loaded with require: importing them as ES modules cost ~8 ms of start-up.
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)
// V8 grows each thread's young generation to tens of megabytes to collect the garbage of one file
// after another less often: kept at its starting size, a run over thousands of files peaks at
// about three-quarters of the memory for a few percent more time. Set before the bundle loads
// (loading it would grow the young generation already); the setting is read each time the young
// generation would grow, so setting it now is safe, and it holds for the worker threads too.
if (!process.env.LUXLINT_LARGE_YOUNG_GENERATION) require('node:v8').setFlagsFromString('--semi-space-growth-factor=1')
const fs = require('node:fs')
const Module = require('node:module')
const path = require('node:path')
const vm = require('node:vm')

const file = path.join(path.dirname(require('node:url').fileURLToPath(import.meta.url)), 'luxlint.cjs')
// The bundle is a script: it asks this module to import the packages it loads on demand.
globalThis.__luxlint_import = (specifier) => import(specifier)
// ...and says when the run is one whose code cache is worth writing (src/code-cache.ts).
let keep = false
globalThis.__luxlint_keepCodeCache = () => {
  keep = true
}
const bytes = fs.readFileSync(file)
// bundle.mjs ends the bundle with the digest of what precedes it, and whether that is ASCII.
const trailer = /\\/\\/# luxlint-digest=([0-9a-f]{64})( ascii)?\\n$/.exec(bytes.subarray(-100).toString('latin1'))
const source = bytes.toString(trailer?.[2] ? 'latin1' : 'utf8')
let cacheFile
if (!process.env.LUXLINT_NO_CACHE) {
  const base = process.env.XDG_CACHE_HOME || path.join(require('node:os').homedir(), '.cache')
  const crypto = require('node:crypto')
  // A bundle built otherwise is hashed here.
  const digest = trailer?.[1] ?? crypto.createHash('sha256').update(bytes).digest('hex')
  // V8 refuses a cache made under other flags: runs with and without some would overwrite each other's.
  const flags = process.execArgv.join(' ') + ' ' + (process.env.NODE_OPTIONS ?? '')
  const key = crypto.createHash('sha256').update(digest).update(process.version).update(process.arch).update(flags).digest('hex').slice(0, 16)
  cacheFile = path.join(base, 'luxlint', 'v8-' + key + '.cache')
}
let cachedData
try {
  if (cacheFile) cachedData = fs.readFileSync(cacheFile)
} catch {}
const script = new vm.Script(Module.wrap(source), {filename: file, cachedData})
const loaded = {exports: {}}
script.runInThisContext()(loaded.exports, createRequire(file), loaded, file, path.dirname(file))
if (cacheFile && (!cachedData || script.cachedDataRejected)) {
  // At exit, not now: the cache then also holds the functions this run compiled lazily.
  process.once('beforeExit', () => {
    if (!keep) return
    try {
      fs.mkdirSync(path.dirname(cacheFile), {recursive: true, mode: 0o700})
      const temporary = cacheFile + '.' + process.pid
      fs.writeFileSync(temporary, script.createCachedData(), {mode: 0o600})
      fs.renameSync(temporary, cacheFile)
      // Each build writes its own cache: keep the four newest (several installed versions), not
      // one more file per upgrade.
      const folder = path.dirname(cacheFile)
      const caches = fs.readdirSync(folder).filter((name) => /^v8-.*\\.cache$/.test(name)).map((name) => ({name, time: fs.statSync(path.join(folder, name)).mtimeMs}))
      for (const old of caches.sort((a, b) => b.time - a.time).slice(4)) fs.rmSync(path.join(folder, old.name), {force: true})
    } catch {}
  })
}
`,
  {mode: 0o755}
)
