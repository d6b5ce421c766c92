import {createRequire} from 'node:module'
import path from 'node:path'
import {UsageError} from './errors.js'
import {t} from './locale/index.js'

// Loaded on first use: only --changed-since runs git, and loading child_process at start-up cost
// every run about 2 ms.
const load = createRequire(import.meta.url)

function git(args: string[], cwd: string): {status: number | null; stdout: string; stderr: string; missing: boolean} {
  const {spawnSync} = load('node:child_process') as typeof import('node:child_process')
  const result = spawnSync('git', args, {cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024})
  const missing = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT'
  return {status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', missing}
}

/** Fail early, in one line, when git is missing, we are outside a repository or the ref is unknown. */
export function checkRef(ref: string, cwd: string): void {
  if (ref.startsWith('-')) throw new UsageError(t().notAGitRef(ref))
  const result = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd)
  if (result.missing) throw new UsageError(t().gitMissing)
  if (result.status === 0) return
  const inside = git(['rev-parse', '--git-dir'], cwd)
  if (inside.status !== 0) throw new UsageError(t().notInGitRepository)
  throw new UsageError(t().unknownGitRef(ref))
}

/** Parse `git diff --unified=0` output: the line numbers added in the new file. */
export function addedLines(diff: string): Set<number> {
  const lines = new Set<number>()
  for (const match of diff.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(match[1])
    const count = match[2] === undefined ? 1 : Number(match[2])
    for (let line = start; line < start + count; line++) lines.add(line)
  }
  return lines
}

/**
 * Lines of `file` added since `ref`, or 'all' when the file is new (untracked or absent at `ref`).
 */
export function changedLines(file: string, ref: string, cwd: string): Set<number> | 'all' {
  const absolute = path.resolve(cwd, file)
  const dir = path.dirname(absolute)
  const name = path.basename(absolute)
  const diff = git(['diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-renames', ref, '--', name], dir)
  if (diff.status !== 0) throw new UsageError(t().gitDiffFailed(file, diff.stderr.split('\n')[0]))
  if (diff.stdout.trim()) {
    if (/^new file mode/m.test(diff.stdout)) return 'all'
    return addedLines(diff.stdout)
  }
  // Nothing in the diff: either unchanged, or unknown to git (untracked files never show up).
  const known = git(['cat-file', '-e', `${ref}:./${name}`], dir)
  return known.status === 0 ? new Set() : 'all'
}
