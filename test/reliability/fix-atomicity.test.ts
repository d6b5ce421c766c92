// `--fix` never loses data: killed at any moment, the file is the original or the complete
// result; changed by someone else while luxlint works, the other writer's text survives.
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {spawnSync} from 'node:child_process'
import {runCli, tempDir} from './lib/cli.mjs'
import {decodeAs, encodeAs, encodings, fixedText} from './lib/encodings.mjs'
import {coreDist, root} from './lib/paths.mjs'
import {buildWithFaults, releaseBundle} from './lib/test-build.mjs'

const core = (await import(coreDist)) as typeof import('../../packages/core/src/index.js')
const tempFiles = (await import(path.join(root, 'packages/cli/dist/temp-files.js'))) as typeof import('../../packages/cli/src/temp-files.js')
vi.setConfig({testTimeout: 240000})

// About 700 KB: big enough that reading, linting and writing each take a while, so kills land
// in every phase; few findings, so the fix passes stay cheap.
const paragraph = 'Police said they found child porn on the server.\r\nIt was a kiddie porn ring, an child porn site.\r\n\r\n'
const bulk = 'Police said the investigation continues and more text follows here.\r\n\r\n'
const original = '\uFEFF' + (paragraph.repeat(25) + bulk.repeat(5000)).repeat(2)
const options = {format: 'markdown' as const}
const kills = Number(process.env.LUXLINT_KILL_RUNS ?? 6)
let dir: string

beforeAll(() => {
  dir = tempDir()
})
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

const temps = (folder: string) => fs.readdirSync(folder).filter((name) => name.endsWith('.tmp'))

describe('--fix atomicity', () => {
  it('SIGKILL at random moments: the file is always the original or the complete result', async () => {
    const expected = encodeAs(fixedText(core, original.slice(1), options), 'utf8-bom')
    const before = encodeAs(original.slice(1), 'utf8-bom')
    const file = path.join(dir, 'draft.md')

    // One undisturbed run measures how long a fix takes here, and checks the complete result.
    fs.writeFileSync(file, before)
    const started = Date.now()
    const full = await runCli(['--no-config', '--fix', '--quiet', 'draft.md'], {cwd: dir})
    const duration = Date.now() - started
    expect(full.stderr).toMatch(/^luxlint: fixed \d+ findings in 1 file\n$/)
    expect(fs.readFileSync(file).equals(expected)).toBe(true)

    const outcomes = {original: 0, fixed: 0}
    for (let i = 0; i < kills; i++) {
      fs.writeFileSync(file, before)
      const delay = Math.floor(Math.random() * duration)
      const r = await runCli(['--no-config', '--fix', '--quiet', 'draft.md'], {cwd: dir, timeoutMs: delay})
      const after = fs.readFileSync(file)
      if (after.equals(before)) outcomes.original++
      else if (after.equals(expected)) outcomes.fixed++
      else throw new Error(`after SIGKILL at ${delay} ms (signal ${r.signal}) the file is neither the original nor the fixed text (${after.length} bytes)`)
    }
    expect(outcomes.original + outcomes.fixed).toBe(kills)
    // Temporary files a killed run leaves behind are hidden dot-files next to the target; they
    // never replace it. Clean them so later tests see a tidy folder.
    for (const name of fs.readdirSync(dir)) if (name.endsWith('.tmp')) fs.rmSync(path.join(dir, name))
  })

  it('a file rewritten by another program while luxlint fixes it keeps the other program’s text', async () => {
    const theirs = 'Someone else saved this while luxlint was working. child porn\n'
    const fixedTheirs = fixedText(core, theirs, options)
    const lost: number[] = []
    await Promise.all(
      [20, 120, 400].map(async (delay) => {
        const sub = fs.mkdtempSync(path.join(dir, 'race-'))
        const file = path.join(sub, 'draft.md')
        fs.writeFileSync(file, original)
        const running = runCli(['--no-config', '--fix', '--quiet', 'draft.md'], {cwd: sub})
        await new Promise((resolve) => setTimeout(resolve, delay))
        fs.writeFileSync(file, theirs)
        const r = await running
        const after = fs.readFileSync(file, 'utf8')
        // Their edit came after luxlint started: the file is their text, fixed or not (a run
        // that read it after the write may fix it); never luxlint's fix of the old text.
        if (after !== theirs && after !== fixedTheirs) lost.push(delay)
        if (after === theirs && r.stderr.includes('changed on disk')) {
          expect(r.stderr).toMatch(/^luxlint: draft\.md: changed on disk while luxlint was fixing it; not written, run --fix again\n/m)
          expect(r.code).toBe(2)
        }
      })
    )
    expect(lost).toEqual([])
  })
})

describe('--fix under injected faults (a test build: LUXLINT_TEST_FAULT)', () => {
  let faultBin: string
  beforeAll(async () => {
    faultBin = await buildWithFaults(dir)
  })

  it('the release bundle has no fault hook: neither the variable nor the code is in it', () => {
    const release = fs.readFileSync(releaseBundle, 'utf8')
    expect(release).not.toContain('LUXLINT_TEST_FAULT')
    expect(release).not.toContain('kill-before-rename')
    expect(release).not.toContain('worker-exit')
    // The same check on the test build finds them, so the check above can fail.
    expect(fs.readFileSync(faultBin, 'utf8')).toContain('LUXLINT_TEST_FAULT')
  })

  it('the release build ignores LUXLINT_TEST_FAULT', async () => {
    const sub = fs.mkdtempSync(path.join(dir, 'release-'))
    fs.writeFileSync(path.join(sub, 'draft.md'), 'child porn\n')
    const r = await runCli(['--no-config', '--fix', 'draft.md'], {cwd: sub, extraEnv: {LUXLINT_TEST_FAULT: 'kill-before-rename'}})
    expect(r.signal).toBeNull()
    expect(fs.readFileSync(path.join(sub, 'draft.md'), 'utf8')).toBe('child sexual abuse material\n')
  })

  it.each(['kill-mid-write', 'kill-before-rename'])('%s: the file is exactly the original; the next run removes the leftover temporary file', async (fault) => {
    const sub = fs.mkdtempSync(path.join(dir, `${fault}-`))
    const file = path.join(sub, 'draft.md')
    const before = encodeAs(original.slice(1), 'utf8-bom')
    const expected = encodeAs(fixedText(core, original.slice(1), options), 'utf8-bom')
    fs.writeFileSync(file, before)
    const killed = await runCli(['--no-config', '--fix', 'draft.md'], {cwd: sub, bin: faultBin, extraEnv: {LUXLINT_TEST_FAULT: fault}})
    expect(killed.signal).toBe('SIGKILL')
    expect(fs.readFileSync(file).equals(before)).toBe(true)
    // SIGKILL runs no cleanup: the temporary file is there, complete or half written.
    const [left] = temps(sub)
    expect(left).toMatch(/^\.draft\.md\.luxlint-\d+-[0-9a-f]{8}\.tmp$/)
    expect(fs.statSync(path.join(sub, left)).size).toBe(fault === 'kill-mid-write' ? expected.length >> 1 : expected.length)

    // The next run (the release build) fixes the file and sweeps what the dead one left.
    const next = await runCli(['--no-config', '--fix', '--quiet', 'draft.md'], {cwd: sub})
    expect(next.stderr).toMatch(/^luxlint: fixed \d+ findings in 1 file\n$/)
    expect(fs.readFileSync(file).equals(expected)).toBe(true)
    expect(temps(sub)).toEqual([])
  })
})

describe('temporary files of --fix', () => {
  const {tempName, tempOwner, sweepStaleTemps} = tempFiles

  it('are hidden, next to their file, and name the process that made them', () => {
    const name = tempName(path.join('docs', 'draft.md'), 4242, '0a1b2c3d')
    expect(name).toBe(path.join('docs', '.draft.md.luxlint-4242-0a1b2c3d.tmp'))
    expect(tempOwner(path.basename(name))).toBe(4242)
    expect(tempOwner('.draft.md.tmp')).toBeUndefined()
    expect(tempOwner('draft.md.luxlint-4242-0a1b2c3d.tmp')).toBeUndefined()
  })

  it('a sweep removes those of dead processes only, and nothing else', () => {
    const sub = fs.mkdtempSync(path.join(dir, 'sweep-'))
    const dead = spawnSync(process.execPath, ['-e', '']).pid!
    const names = [path.basename(tempName('a.md', dead, 'deadbeef')), path.basename(tempName('a.md', process.ppid, 'cafebabe')), '.a.md.tmp', 'a.md']
    for (const name of names) fs.writeFileSync(path.join(sub, name), 'x')
    sweepStaleTemps(sub)
    expect(fs.readdirSync(sub).sort()).toEqual(names.slice(1).sort())
  })
})

describe('--fix keeps encodings and line endings (random documents through the real CLI)', () => {
  it('UTF-8, UTF-8 with BOM, UTF-16 LE and BE; LF, CRLF and CR', async () => {
    const fc = (await import('fast-check')).default
    const {documentArb, phraseForms} = await import('./lib/arbitraries.mjs')
    const sub = fs.mkdtempSync(path.join(dir, 'enc-'))
    const ext = {markdown: 'md', html: 'html', text: 'txt'} as const
    // Well-formed text only: a lone surrogate cannot be saved in UTF-8 or UTF-16 by any editor,
    // and NUL makes the file binary (tested in bad-input).
    const docs = fc
      .sample(documentArb(phraseForms(core.allRules())), {numRuns: 40, seed: Number(process.env.LUXLINT_SEED ?? Date.now() % 100000)})
      .map((doc: {text: string; format: keyof typeof ext}) => ({...doc, text: doc.text.replace(/^\uFEFF/, '').replace(/\u0000/g, '')}))
      .filter((doc: {text: string}) => doc.text.isWellFormed())
    const files = docs.map((doc: {text: string; format: keyof typeof ext}, i: number) => {
      const encoding = encodings[i % encodings.length]
      const name = `doc-${i}.${ext[doc.format]}`
      fs.writeFileSync(path.join(sub, name), encodeAs(doc.text, encoding))
      return {name, encoding, doc}
    })
    const r = await runCli(['--no-config', '--fix', '--quiet', '--format', 'json', '.'], {cwd: sub})
    expect(r.stderr).not.toMatch(/^\s+at |node:internal/m)
    for (const {name, encoding, doc} of files) {
      const written = decodeAs(fs.readFileSync(path.join(sub, name)), encoding)
      expect({name, text: written}).toEqual({name, text: fixedText(core, doc.text, {format: doc.format})})
    }
  })
})
