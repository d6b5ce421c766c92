import {spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const gnuTime = '/usr/bin/time'
export const hasGnuTime = () => fs.existsSync(gnuTime)

/** Parse GNU time's `-f '%e %M %U %S'` line: peak RSS (KiB) and cpu seconds. */
export function parseTimeOutput(text) {
  const line = text.trim().split('\n').filter(Boolean).pop() ?? ''
  const match = /^(\d+(?:\.\d+)?) (\d+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/.exec(line)
  if (!match) return null
  return {elapsedS: Number(match[1]), maxRssKiB: Number(match[2]), cpuS: Number(match[3]) + Number(match[4])}
}

/**
 * Run one process to completion and measure it: wall time from the parent's clock (finer than
 * GNU time's 10 ms), peak RSS and cpu from GNU time when it is installed. stdout and stderr go to
 * files (or /dev/null) so a terminal never slows a tool down. A time cap kills the process group.
 */
export function measure(command, args, {cwd, env, stdoutFile = '/dev/null', stderrFile = '/dev/null', timeoutS} = {}) {
  const useTime = hasGnuTime()
  const timeFile = path.join(os.tmpdir(), `luxlint-bench-time-${process.pid}-${Math.random().toString(36).slice(2)}`)
  const argv = useTime ? [gnuTime, '-f', '%e %M %U %S', '-o', timeFile, command, ...args] : [command, ...args]
  const out = fs.openSync(stdoutFile, 'w')
  const err = fs.openSync(stderrFile, 'w')
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint()
    const child = spawn(argv[0], argv.slice(1), {cwd, env: env ?? process.env, stdio: ['ignore', out, err], detached: true})
    let timedOut = false
    const timer = timeoutS
      ? setTimeout(() => {
          timedOut = true
          try {
            process.kill(-child.pid, 'SIGKILL')
          } catch {}
        }, timeoutS * 1000)
      : null
    child.on('error', (error) => {
      if (timer) clearTimeout(timer)
      fs.closeSync(out)
      fs.closeSync(err)
      reject(new Error(`Unexpected failure starting ${command}: ${error.message}`))
    })
    child.on('exit', (code, signal) => {
      const wallS = Number(process.hrtime.bigint() - start) / 1e9
      if (timer) clearTimeout(timer)
      fs.closeSync(out)
      fs.closeSync(err)
      let usage = null
      if (useTime && fs.existsSync(timeFile)) {
        usage = parseTimeOutput(fs.readFileSync(timeFile, 'utf8'))
        fs.rmSync(timeFile, {force: true})
      }
      // GNU time reports the child's status as its own exit code.
      resolve({wallS, maxRssKiB: usage?.maxRssKiB ?? null, cpuS: usage?.cpuS ?? null, exitCode: code, signal, timedOut})
    })
  })
}
