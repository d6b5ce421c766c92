import {spawnSync} from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

/** Debian documentation packages and which of their files are prose sources. */
export const debianSources = [
  {id: 'python3.11-doc', match: /\/_sources\/.*\.rst\.txt$/},
  {id: 'perl-doc', match: /\/pod\/[^/]+\.pod$/},
  {id: 'git-doc', match: /\/git-doc\/.*\.txt$/},
  {id: 'developers-reference', match: /\/_sources\/.*\.rst\.txt$/},
  {id: 'debian-reference-en', match: /\.en\.txt\.gz$/},
  {id: 'maint-guide', match: /\.en\.txt\.gz$/}
]

/** npm packages whose dependency trees hold many READMEs; resolved as of a fixed date. */
export const npmSource = {
  id: 'npm',
  before: '2025-01-01',
  packages: ['jest', 'webpack', 'eslint', '@babel/core', 'express', 'mocha', 'gulp', 'grunt', 'lerna', 'pm2', 'sequelize', 'mongoose', 'karma'],
  match: /\.(md|markdown)$/i,
  // Changelogs are lists of version numbers, not prose.
  skip: /(changelog|history|changes|releases?)[^/]*$/i
}

export const minBytes = 1024
export const maxBytes = 512 * 1024

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options})
  if (result.error) throw new Error(`Unexpected failure running ${command}: ${result.error.message}`)
  return result
}

export function debianVersion(pkg) {
  const result = run('dpkg-query', ['-W', '-f=${Status}|${Version}', pkg])
  const [status, version] = result.stdout.split('|')
  return result.status === 0 && status?.endsWith('installed') ? version : null
}

/** Install missing Debian packages (root only), once: `apt-get update` then one install. */
export function ensureDebianPackages(packages, log) {
  const missing = packages.filter((pkg) => !debianVersion(pkg))
  if (missing.length === 0) return
  if (process.getuid?.() !== 0) throw new Error(`Unexpected missing Debian packages; install them with: apt-get install -y ${missing.join(' ')}`)
  log(`installing with apt: ${missing.join(' ')}`)
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'}
  if (run('apt-get', ['update', '-qq'], {env, stdio: 'inherit'}).status !== 0) throw new Error('Unexpected failure of apt-get update')
  if (run('apt-get', ['install', '-y', '-qq', ...missing], {env, stdio: 'inherit'}).status !== 0) {
    throw new Error(`Unexpected failure installing ${missing.join(' ')} with apt-get`)
  }
}

/** Install the npm source tree into the cache once; a stamp records what was asked for. */
export function ensureNpmSource(dir, log) {
  const wanted = JSON.stringify({before: npmSource.before, packages: npmSource.packages})
  const stamp = path.join(dir, 'luxlint-bench-stamp.json')
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted) return
  fs.mkdirSync(dir, {recursive: true})
  const dependencies = Object.fromEntries(npmSource.packages.map((name) => [name, '*']))
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({name: 'luxlint-bench-npm-src', private: true, dependencies}, null, 2))
  log(`installing npm packages (resolved --before=${npmSource.before}) into ${dir}; this takes a few minutes once`)
  const result = run('npm', ['install', `--before=${npmSource.before}`, '--ignore-scripts', '--no-audit', '--no-fund', '--legacy-peer-deps', '--package-lock=false'], {cwd: dir, stdio: 'inherit'})
  if (result.status !== 0) throw new Error('Unexpected failure of npm install for the corpus sources')
  fs.writeFileSync(stamp, wanted)
}

function walk(dir, found = []) {
  let entries
  try {
    entries = fs.readdirSync(dir, {withFileTypes: true})
  } catch {
    return found
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(full, found)
    else if (entry.isFile()) found.push(full)
  }
  return found
}

function readText(file) {
  let buffer = fs.readFileSync(file)
  if (file.endsWith('.gz')) buffer = zlib.gunzipSync(buffer)
  const text = buffer.toString('utf8')
  // Binary or non-UTF-8 files are not prose.
  if (text.includes('\u0000') || text.includes('\uFFFD')) return null
  return text.replace(/\r\n?/g, '\n')
}

/** Cut text longer than `limit` bytes at blank lines into parts of at most `limit` bytes. */
export function splitAtParagraphs(text, limit = maxBytes) {
  if (Buffer.byteLength(text) <= limit) return [text]
  const parts = []
  let current = ''
  for (const paragraph of text.split(/(?<=\n\n)/)) {
    if (current && Buffer.byteLength(current) + Buffer.byteLength(paragraph) > limit) {
      parts.push(current)
      current = ''
    }
    current += paragraph
  }
  if (current) parts.push(current)
  return parts.filter((part) => Buffer.byteLength(part) <= limit)
}

function relativeName(root, file) {
  return path.relative(root, file).replace(/\.gz$/, '').split(path.sep).join('__')
}

/**
 * Every source document as {source, name, text}: sized 1–512 KB, de-duplicated by content,
 * sorted by source and name so the order never depends on the file system.
 */
export function collectDocuments(origins) {
  const documents = []
  const seen = new Set()
  for (const origin of origins) {
    const files = origin.files.filter((file) => origin.match.test(file) && !(origin.skip && origin.skip.test(file))).sort()
    for (const file of files) {
      const text = readText(file)
      if (text === null) continue
      const parts = splitAtParagraphs(text)
      parts.forEach((part, index) => {
        const bytes = Buffer.byteLength(part)
        if (bytes < minBytes || bytes > maxBytes) return
        const hash = crypto.createHash('sha256').update(part).digest('hex')
        if (seen.has(hash)) return
        seen.add(hash)
        const base = relativeName(origin.root, file)
        const name = parts.length > 1 ? `${base}.part${index + 1}` : base
        documents.push({source: origin.id, name: `${name.replace(/[^\w.@+-]/g, '_')}.md`, text: part})
      })
    }
  }
  return documents.sort((a, b) => (a.source + '/' + a.name < b.source + '/' + b.name ? -1 : 1))
}

/** The origins on this machine: Debian package file lists and the npm tree. */
export function realOrigins(npmDir) {
  const origins = debianSources.map((source) => {
    const files = run('dpkg-query', ['-L', source.id]).stdout.split('\n').filter(Boolean)
    const roots = files.filter((f) => source.match.test(f)).map((f) => path.dirname(f))
    const root = roots.length ? commonPrefix(roots) : '/'
    return {id: source.id, version: debianVersion(source.id), root, files, match: source.match}
  })
  const modules = path.join(npmDir, 'node_modules')
  origins.push({id: npmSource.id, version: `--before=${npmSource.before}`, root: modules, files: walk(modules), match: npmSource.match, skip: npmSource.skip})
  return origins
}

/** A folder of files given on the command line (the smoke test's tiny corpus). */
export function localOrigin(dir) {
  return {id: 'local', version: null, root: dir, files: walk(dir), match: /\.(md|markdown|txt)$/i}
}

function commonPrefix(dirs) {
  let prefix = dirs[0].split('/')
  for (const dir of dirs.slice(1)) {
    const parts = dir.split('/')
    let i = 0
    while (i < prefix.length && prefix[i] === parts[i]) i++
    prefix = prefix.slice(0, i)
  }
  return prefix.join('/') || '/'
}
