import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** The repository root, computed so no machine path is written down. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** luxlint's CLI as a user runs it after `pnpm build`. */
export const luxlintBin = path.join(repoRoot, 'packages', 'cli', 'dist', 'bin.js')

/** The corpus, the peers and the sources live outside the repository (tens of MB). */
export function defaultCacheDir(env = process.env) {
  if (env.LUXLINT_BENCH_CACHE) return path.resolve(env.LUXLINT_BENCH_CACHE)
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache')
  return path.join(base, 'luxlint-bench')
}

export const defaultResultsDir = path.join(repoRoot, 'bench', 'results')
