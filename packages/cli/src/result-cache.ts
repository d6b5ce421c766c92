import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {LintOptions, LuxlintMessage} from '@luxlint/core'
import {writeAtomic} from './write.js'

/** The default cache file, in the folder the run starts from (as ESLint's and cspell's). */
export const defaultCacheLocation = '.luxlintcache'

/**
 * What the cache keeps of one file: a digest of its bytes and options, and what linting it gave
 * as JSON text, parsed only when used (reading the cache of a large folder then costs little).
 */
interface Entry {
  digest: string
  /** `Kept` in JSON. */
  found: string
  /** Whether `found` has the fingerprints (kept when the run that linted it computed them: SARIF, GitLab, baselines). */
  fingerprints: boolean
}

interface Kept {
  messages: LuxlintMessage[]
  fingerprints?: Array<string | undefined>
}

interface CacheFile {
  luxlintCache: 1
  build: string
  files: Record<string, Entry>
}

/**
 * Results of earlier runs (`--cache`), by absolute path: a file whose bytes and options are
 * the same as when it was linted, under the same build of luxlint (engine and terms), is not
 * linted again. The digest covers the content, not the modification time, so a fresh checkout
 * in CI finds its files again. A cache of another build, or one that cannot be read as one, is
 * not used: it is started afresh.
 */
export class ResultCache {
  private changed = false
  private readonly seen = new Set<string>()

  private constructor(
    readonly file: string,
    private readonly build: string,
    private readonly files: Record<string, Entry>
  ) {}

  /** `unusable`: why the file there could not be read as a cache (an errno code, or 'invalid'). */
  static load(file: string): {cache: ResultCache; unusable?: string} {
    const build = buildId()
    let text: string
    try {
      text = fs.readFileSync(file, 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      // None yet (where none can be written, saying so once is enough).
      return {cache: new ResultCache(file, build, {}), ...(code === 'ENOENT' || code === 'ENOTDIR' ? {} : {unusable: code ?? (error as Error).message})}
    }
    let parsed: Partial<CacheFile> | undefined
    try {
      parsed = JSON.parse(text) as Partial<CacheFile>
    } catch {
      parsed = undefined
    }
    if (!parsed || parsed.luxlintCache !== 1 || typeof parsed.files !== 'object' || parsed.files === null) {
      return {cache: new ResultCache(file, build, {}), unusable: 'invalid'}
    }
    return {cache: new ResultCache(file, build, parsed.build === build ? parsed.files : {})}
  }

  /** The digest a file must have for its entry to be used, if there is one that a run `withFingerprints` can use. */
  expected(file: string, withFingerprints: boolean): string | undefined {
    const entry = Object.hasOwn(this.files, file) ? this.files[file] : undefined
    return entry && typeof entry.digest === 'string' && typeof entry.found === 'string' && (!withFingerprints || entry.fingerprints) ? entry.digest : undefined
  }

  /** The findings kept for a file, and their fingerprints if kept; undefined if the entry is damaged. */
  take(file: string): Kept | undefined {
    this.seen.add(file)
    try {
      const kept = JSON.parse(this.files[file].found) as Kept
      if (Array.isArray(kept.messages) && (kept.fingerprints === undefined || Array.isArray(kept.fingerprints))) return kept
    } catch {
      // Damaged: the file is checked again.
    }
    return undefined
  }

  put(file: string, digest: string, messages: readonly LuxlintMessage[], fingerprints?: Array<string | undefined>): void {
    this.seen.add(file)
    // A finding is an Error object: JSON keeps its own fields, as a copy to another thread does.
    const kept: Kept = {messages: messages as LuxlintMessage[], ...(fingerprints ? {fingerprints} : {})}
    this.files[file] = {digest, found: JSON.stringify(kept), fingerprints: fingerprints !== undefined}
    this.changed = true
  }

  /** Write the cache if this run changed it; entries of files that no longer exist are dropped. */
  save(): void {
    for (const file of Object.keys(this.files)) {
      if (!this.seen.has(file) && !fs.existsSync(file)) {
        delete this.files[file]
        this.changed = true
      }
    }
    if (!this.changed) return
    const data: CacheFile = {luxlintCache: 1, build: this.build, files: this.files}
    fs.mkdirSync(path.dirname(this.file), {recursive: true})
    writeAtomic(this.file, JSON.stringify(data), undefined, 0o600)
  }
}

/** The digest that says a file's entry still holds: its options and its bytes. */
export function contentDigest(options: LintOptions, bytes: Uint8Array): string {
  return createHash('sha256').update(JSON.stringify(options)).update('\u0000').update(bytes).digest('hex').slice(0, 32)
}

/**
 * This build of luxlint: the bundle's own digest (it covers the engine, the terms and the CLI),
 * else, unbundled, a digest of this module's file; and the Node version, whose Unicode tables
 * the word and letter patterns read.
 */
function buildId(): string {
  const file = fileURLToPath(import.meta.url)
  const text = fs.readFileSync(file, 'latin1')
  const sealed = /\/\/# luxlint-digest=([0-9a-f]{64})/.exec(text.slice(-100))?.[1]
  return `${sealed ?? createHash('sha256').update(text).digest('hex')} node ${process.version}`
}

/**
 * Where the cache is: `--cache-location`, else `.luxlintcache` in the folder the run starts
 * from; a location that is a folder (or ends with a slash) gets a `.luxlintcache` inside it.
 */
export function cacheFile(location: string | undefined, cwd: string): string {
  const file = path.resolve(cwd, location ?? defaultCacheLocation)
  const folder = location !== undefined && (/[\\/]$/.test(location) || isFolder(file))
  return folder ? path.join(file, defaultCacheLocation) : file
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory()
  } catch {
    return false
  }
}
