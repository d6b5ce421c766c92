import fs from 'node:fs'
import path from 'node:path'

// `.draft.md.luxlint-<pid>-<8 hex>.tmp`: hidden, next to the file it will replace.
const pattern = /^\..+\.luxlint-(\d+)-[0-9a-f]{8}\.tmp$/

/** The temporary file a write of `file` goes through before it is renamed over it. */
export function tempName(file: string, pid: number, random: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.luxlint-${pid}-${random}.tmp`)
}

/** The process that made a temporary file of ours, or undefined for any other name. */
export function tempOwner(name: string): number | undefined {
  const match = pattern.exec(name)
  return match ? Number(match[1]) : undefined
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const swept = new Set<string>()

/**
 * Remove temporary files that a killed luxlint left in `dir` (their process is gone, so no rename
 * will ever use them). Once per folder per run, so fixing many files costs one listing each.
 */
export function sweepStaleTemps(dir: string): void {
  if (swept.has(dir)) return
  swept.add(dir)
  let names: string[]
  try {
    names = fs.readdirSync(dir)
  } catch {
    return
  }
  for (const name of names) {
    const owner = tempOwner(name)
    if (owner !== undefined && owner !== process.pid && !alive(owner)) fs.rmSync(path.join(dir, name), {force: true})
  }
}
