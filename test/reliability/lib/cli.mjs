// Run the built CLI as a user would: a real process, its exit code, stdout and stderr.
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {tempDir as makeTempDir} from '../../fixtures/temp-dir.js'
import {cliBin} from './paths.mjs'

const env = {...process.env, NO_COLOR: '1', FORCE_COLOR: undefined}

/** Spawn `luxlint …args` (or another build of it: `bin`); resolves with {code, signal, stdout, stderr}. */
export function runCli(args, {cwd, input, uid, gid, timeoutMs, extraEnv, prefix = [], bin = cliBin} = {}) {
  return new Promise((resolve) => {
    const [command, ...rest] = prefix.length > 0 ? [...prefix, process.execPath] : [process.execPath]
    const child = spawn(command, [...rest, bin, '--no-progress', ...args], {cwd, env: {...env, ...extraEnv}, uid, gid})
    let stdout = ''
    let stderr = ''
    const timer = timeoutMs ? setTimeout(() => child.kill('SIGKILL'), timeoutMs) : undefined
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d))
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({code, signal, stdout, stderr})
    })
    child.stdin.end(input ?? '')
  })
}

/** A fresh temporary folder that other users can enter (for the dropped-privilege test). */
export function tempDir(prefix = 'luxlint-reliability-') {
  const dir = makeTempDir(prefix)
  fs.chmodSync(dir, 0o755)
  return dir
}

/** Every stderr line is a luxlint one-liner: no stack frames, no Node internals. */
export function oneLineErrors(stderr) {
  return stderr
    .split('\n')
    .filter(Boolean)
    .filter((line) => !line.startsWith('luxlint: ') || /^\s+at |node:internal|\n/.test(line))
}
