// What the CLI and the language server share around their esbuild bundles: the bundle sealed
// with its digest, and the small loader (dist/bin.js) that runs it with a V8 code cache. Start-up
// is dominated by compiling hundreds of modules otherwise.
import crypto from 'node:crypto'
import fs from 'node:fs'
import {asciiRegExps} from './ascii-regexps.mjs'

/**
 * Rewrite the bundle at `file` to end with its digest, so the loader can name its code cache
 * without hashing a megabyte at every start (~6 ms), and to say when it is ASCII, so the loader
 * can read it as Latin-1 (a one-byte string, no UTF-8 decoding: ~5 ms).
 */
export function sealBundle(file) {
  const {code, ascii} = asciiRegExps(fs.readFileSync(file, 'utf8'))
  fs.writeFileSync(file, `${code}//# luxlint-digest=${crypto.createHash('sha256').update(code).digest('hex')}${ascii ? ' ascii' : ''}\n`)
}

/**
 * The source of a loader that runs `bundle` (a CommonJS file beside it) from a V8 code cache in
 * the user's cache folder. The parts that differ between the bundles:
 * - `about`: comment lines saying what it runs;
 * - `setup`: code run before the bundle loads (`require` exists);
 * - `hooks`: globals the bundle calls (the bundle is a script: it cannot reach the loader otherwise);
 * - `cacheName`: an expression of `key` naming the cache file (the key already covers the
 *   bundle, Node and its flags), with `cachePattern`, the names of its older caches to prune;
 * - `save`: code that calls `save()` when the cache is worth writing (it holds every function
 *   compiled by then);
 * - `beforeSave`: code run just before the cache is made.
 */
export function loaderSource({bundle, about, setup = '', hooks = '', cacheName, cachePattern, save, beforeSave = ''}) {
  return `#!/usr/bin/env node
${about}
// Node modules are loaded with require: importing them as ES modules cost ~8 ms of start-up.
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)
${setup}const fs = require('node:fs')
const Module = require('node:module')
const path = require('node:path')
const vm = require('node:vm')

const file = path.join(path.dirname(require('node:url').fileURLToPath(import.meta.url)), ${JSON.stringify(bundle)})
${hooks}const bytes = fs.readFileSync(file)
// The bundle ends with the digest of what precedes it, and whether that is ASCII.
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
  cacheFile = path.join(base, 'luxlint', ${cacheName})
}
let cachedData
try {
  if (cacheFile) cachedData = fs.readFileSync(cacheFile)
} catch {}
const script = new vm.Script(Module.wrap(source), {filename: file, cachedData})
const loaded = {exports: {}}
script.runInThisContext()(loaded.exports, createRequire(file), loaded, file, path.dirname(file))
function save() {
  try {
${beforeSave}    fs.mkdirSync(path.dirname(cacheFile), {recursive: true, mode: 0o700})
    const temporary = cacheFile + '.' + process.pid + '.' + require('node:worker_threads').threadId
    fs.writeFileSync(temporary, script.createCachedData(), {mode: 0o600})
    fs.renameSync(temporary, cacheFile)
    // Each build writes its own cache: keep the four newest (several installed versions), not
    // one more file per upgrade.
    const folder = path.dirname(cacheFile)
    const caches = fs.readdirSync(folder).filter((name) => ${cachePattern}.test(name)).map((name) => ({name, time: fs.statSync(path.join(folder, name)).mtimeMs}))
    for (const old of caches.sort((a, b) => b.time - a.time).slice(4)) fs.rmSync(path.join(folder, old.name), {force: true})
  } catch {}
}
if (cacheFile && (!cachedData || script.cachedDataRejected)) {
${save}
}
`
}
