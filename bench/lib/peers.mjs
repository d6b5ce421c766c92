import {spawnSync} from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {repoRoot} from './paths.mjs'

const pinned = path.join(repoRoot, 'bench', 'peers')

/**
 * Install the peer tools (alex, textlint + textlint-rule-terminology) into the cache folder
 * with `npm ci` from the committed lockfile, so versions are exact and the repository's own
 * dependencies stay untouched. Skipped when the installed lockfile is the same.
 */
export function ensurePeers(cacheDir, log) {
  const dir = path.join(cacheDir, 'peers')
  const lock = fs.readFileSync(path.join(pinned, 'package-lock.json'), 'utf8')
  const stamp = path.join(dir, 'node_modules', '.luxlint-bench-stamp')
  const wanted = crypto.createHash('sha256').update(lock).digest('hex')
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted) return dir
  fs.mkdirSync(dir, {recursive: true})
  fs.copyFileSync(path.join(pinned, 'package.json'), path.join(dir, 'package.json'))
  fs.writeFileSync(path.join(dir, 'package-lock.json'), lock)
  log(`installing peer tools with npm ci into ${dir}`)
  const result = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], {cwd: dir, stdio: 'inherit'})
  if (result.status !== 0) throw new Error('Unexpected failure of npm ci for the peer tools')
  fs.writeFileSync(stamp, wanted)
  return dir
}

export function peerVersion(peersDir, name) {
  try {
    return JSON.parse(fs.readFileSync(path.join(peersDir, 'node_modules', name, 'package.json'), 'utf8')).version
  } catch {
    return null
  }
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** textlint-rule-terminology with only our phrases: `[pattern, replacement]`, no default terms. */
export function writeTextlintConfig(peersDir, phrases) {
  const terms = phrases.map((p) => [escapeRegExp(p.phrase), p.replacement])
  const file = path.join(peersDir, '.textlintrc.json')
  fs.writeFileSync(file, JSON.stringify({rules: {terminology: {defaultTerms: false, terms}}}, null, 1) + '\n')
  return file
}
