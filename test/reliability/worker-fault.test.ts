// A multi-file run survives a worker thread that ends while it holds a file: the main thread
// lints what the worker took and never answered for, and the report is the same as without the
// fault (a test build: LUXLINT_TEST_FAULT=worker-exit ends the worker as it takes its second file).
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {runCli, tempDir} from './lib/cli.mjs'
import {buildWithFaults} from './lib/test-build.mjs'

vi.setConfig({testTimeout: 120000})

let dir: string
let faultBin: string
let docs: string

beforeAll(async () => {
  dir = tempDir()
  faultBin = await buildWithFaults(dir)
  docs = path.join(dir, 'docs')
  fs.mkdirSync(docs)
  for (let i = 0; i < 60; i++) {
    const lines = [`# Page ${i}`, '', `On day ${i} police found child pornography on the laptop of a suspect.`, '']
    for (let j = 0; j < 100; j++) lines.push(`Item ${j}: the committee of district ${i} met on Tuesday to discuss budget line ${j * i}.`, '')
    fs.writeFileSync(path.join(docs, `page-${String(i).padStart(2, '0')}.md`), lines.join('\n'))
  }
})
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

describe('a worker thread that ends mid-run', () => {
  it('loses no file: the report equals the one of a run without the fault', async () => {
    const [plain, faulty, release] = await Promise.all([
      runCli(['--format', 'json', '--no-config', '.'], {cwd: docs, bin: faultBin}),
      runCli(['--format', 'json', '--no-config', '.'], {cwd: docs, bin: faultBin, extraEnv: {LUXLINT_TEST_FAULT: 'worker-exit'}}),
      runCli(['--format', 'json', '--no-config', '.'], {cwd: docs})
    ])
    expect(plain.stderr).toBe('')
    expect(plain.code).toBe(1)
    const files = JSON.parse(plain.stdout) as Array<{path: string; messages: unknown[]}>
    expect(files).toHaveLength(60)
    expect(files.every((file) => file.messages.length === 1)).toBe(true)
    // The worker did end (the test build says so on stderr), and nothing else differs.
    expect(faulty.stderr).toBe('luxlint test fault: worker-exit\n')
    expect({...faulty, stderr: ''}).toEqual(plain)
    expect(release.stdout).toBe(plain.stdout)
  })

  it('fixes every file: the files and the report equal those of a run without the fault', async () => {
    const copies = ['plain', 'faulty'].map((name) => {
      const to = path.join(dir, name)
      fs.cpSync(docs, to, {recursive: true})
      return to
    })
    const [plain, faulty] = await Promise.all([
      runCli(['--fix', '--format', 'json', '--no-config', '.'], {cwd: copies[0], bin: faultBin}),
      runCli(['--fix', '--format', 'json', '--no-config', '.'], {cwd: copies[1], bin: faultBin, extraEnv: {LUXLINT_TEST_FAULT: 'worker-exit'}})
    ])
    expect([plain.code, plain.stderr]).toEqual([0, 'luxlint: fixed 60 findings in 60 files\n'])
    expect(faulty.stderr).toBe('luxlint test fault: worker-exit\nluxlint: fixed 60 findings in 60 files\n')
    expect(faulty.stdout).toBe(plain.stdout)
    for (const name of fs.readdirSync(docs)) {
      const fixed = fs.readFileSync(path.join(copies[1], name), 'utf8')
      expect(fixed).toBe(fs.readFileSync(path.join(copies[0], name), 'utf8'))
      expect(fixed).toContain('child sexual abuse material')
    }
  })
})
