import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Write a file atomically: a temporary file in the same folder, flushed, then renamed over the
 * target, so a reader sees the old file or the new one and never half of either.
 * `check` runs just before the rename; throwing there leaves the target untouched.
 */
export function writeAtomic(file: string, data: string | Uint8Array, check?: () => void): void {
  const dir = path.dirname(path.resolve(file))
  const temp = path.join(dir, `.${path.basename(file)}.luxlint-${process.pid}-${crypto.randomBytes(4).toString('hex')}.tmp`)
  let mode: number | undefined
  try {
    mode = fs.statSync(file).mode & 0o7777
  } catch {
    // A new file: default mode.
  }
  const fd = fs.openSync(temp, 'wx', mode ?? 0o666)
  try {
    try {
      fs.writeFileSync(fd, data)
      fs.fsyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
    if (mode !== undefined) fs.chmodSync(temp, mode)
    check?.()
    fs.renameSync(temp, file)
  } catch (error) {
    fs.rmSync(temp, {force: true})
    throw error
  }
}
