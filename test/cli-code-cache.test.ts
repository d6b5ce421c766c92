import fs from 'node:fs'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {afterAll, describe, expect, it} from 'vitest'
import {bin, tempDir} from './fixtures/cli/run.js'

// The CLI runs from a V8 code cache kept in the user's cache folder: one file per build, written
// by the first run that lints (it holds the functions that run compiled).
describe('the code cache', () => {
  const home = tempDir()
  afterAll(() => fs.rmSync(home, {recursive: true, force: true}))
  const document = path.join(home, 'draft.md')
  fs.writeFileSync(document, 'The child pornography case.\n')
  const run = (args = ['--no-config', document]) => spawnSync(process.execPath, [bin, ...args], {env: {...process.env, XDG_CACHE_HOME: home}, encoding: 'utf8'})
  const folder = path.join(home, 'luxlint')

  it('is not written by a run that does not lint (--version, --help)', () => {
    expect(run(['--version']).status).toBe(0)
    expect(run(['--help']).status).toBe(0)
    expect(fs.existsSync(folder)).toBe(false)
  })

  it('is written on the first run that lints and used after, by every run', () => {
    expect(run().status).toBe(1)
    const [cache] = fs.readdirSync(folder)
    expect(cache).toMatch(/^v8-[0-9a-f]{16}\.cache$/)
    const written = fs.statSync(path.join(folder, cache)).mtimeMs
    expect(run().status).toBe(1)
    expect(run(['--version']).status).toBe(0)
    expect(fs.readdirSync(folder)).toEqual([cache])
    expect(fs.statSync(path.join(folder, cache)).mtimeMs).toBe(written)
  })

  // A run that starts worker threads must leave a cache the next runs accept: V8 checks a cache
  // against the flags it was made under, and worker threads change what V8 believes them to be
  // (the inlining flag they set while they lint, and a stale hash of the flags after a start).
  const usedByTheNextRuns = (target: string) => {
    fs.rmSync(folder, {recursive: true, force: true})
    expect(run(['--no-config', target]).status).toBe(1)
    const [cache] = fs.readdirSync(folder)
    const written = fs.statSync(path.join(folder, cache)).mtimeMs
    expect(run(['--no-config', target]).status).toBe(1)
    expect(run().status).toBe(1)
    expect(fs.readdirSync(folder)).toEqual([cache])
    expect(fs.statSync(path.join(folder, cache)).mtimeMs).toBe(written)
  }

  it('written by a run over many files (worker threads) is used by the next runs', () => {
    const many = path.join(home, 'many')
    fs.mkdirSync(many)
    for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(many, `page-${i}.md`), `Page ${i} on child pornography.\n\n` + `The committee met on day ${i}.\n`.repeat(200))
    usedByTheNextRuns(many)
  })

  it('written by a run over a folder of a few files (a worker started, then stopped) is used by the next runs', () => {
    const few = path.join(home, 'few')
    fs.mkdirSync(few)
    for (let i = 0; i < 3; i++) fs.writeFileSync(path.join(few, `part-${i}.md`), `Part ${i} on child pornography.\n`)
    usedByTheNextRuns(few)
  })

  it('keeps the four newest caches, not one more file per upgrade', () => {
    const [current] = fs.readdirSync(folder)
    fs.rmSync(path.join(folder, current))
    // Caches of six earlier builds, oldest first.
    for (let i = 0; i < 6; i++) {
      const file = path.join(folder, `v8-00000000000000${i}0.cache`)
      fs.writeFileSync(file, 'old')
      fs.utimesSync(file, new Date(2026, 0, 1 + i), new Date(2026, 0, 1 + i))
    }
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'not a cache')
    expect(run().status).toBe(1)
    expect(fs.readdirSync(folder).sort()).toEqual(['notes.txt', current, 'v8-0000000000000030.cache', 'v8-0000000000000040.cache', 'v8-0000000000000050.cache'].sort())
  })
})
