import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {sweepStaleTemps, tempName} from './temp-files.js'
import {testFault} from './test-faults.js'

/**
 * Write a file atomically: a temporary file in the same folder, flushed, then renamed over the
 * target, so a reader sees the old file or the new one and never half of either.
 * `check` runs just before the rename; throwing there leaves the target untouched. A new file
 * gets `newMode` (an existing one keeps its own).
 *
 * A symbolic link is written through, not replaced. What is not a regular file (`/dev/null`,
 * `/dev/stdout`, a pipe) is written into directly: renaming over it would put a file in its
 * place (as root, `-o /dev/null` used to replace the machine's /dev/null with the report).
 */
export function writeAtomic(file: string, data: string | Uint8Array, check?: () => void, newMode = 0o666): void {
  let target = path.resolve(file)
  let mode: number | undefined
  try {
    target = fs.realpathSync(target)
    const stat = fs.statSync(target)
    if (!stat.isFile()) {
      check?.()
      fs.writeFileSync(target, data)
      return
    }
    mode = stat.mode & 0o7777
  } catch (error) {
    // A new file: default mode. (Writing into a device or pipe failed: say so.)
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  sweepStaleTemps(path.dirname(target))
  const temp = tempName(target, process.pid, crypto.randomBytes(4).toString('hex'))
  const fd = fs.openSync(temp, 'wx', mode ?? newMode)
  try {
    try {
      // In two halves so a test can kill the process between them (a no-op in release builds).
      const bytes = typeof data === 'string' ? Buffer.from(data) : data
      const half = bytes.length >> 1
      fs.writeFileSync(fd, bytes.subarray(0, half))
      testFault('kill-mid-write')
      fs.writeFileSync(fd, bytes.subarray(half))
      fs.fsyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
    if (mode !== undefined) fs.chmodSync(temp, mode)
    check?.()
    testFault('kill-before-rename')
    fs.renameSync(temp, target)
  } catch (error) {
    fs.rmSync(temp, {force: true})
    throw error
  }
}
