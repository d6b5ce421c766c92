import {spawnSync} from 'node:child_process'
import os from 'node:os'
import {repoRoot} from './paths.mjs'

/** What a reader needs to trust or discount a number: commit, machine, load. */
export function runMeta() {
  const git = (args) => spawnSync('git', args, {cwd: repoRoot, encoding: 'utf8'}).stdout?.trim() ?? ''
  return {
    git: {commit: git(['rev-parse', 'HEAD']) || null, dirty: git(['status', '--porcelain', '--', 'packages']) !== ''},
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      memGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.type()} ${os.release()}`,
      loadavg: os.loadavg().map((l) => Math.round(l * 100) / 100)
    }
  }
}
