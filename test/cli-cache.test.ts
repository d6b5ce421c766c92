import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {luxlint, luxlintAsync, tempDir} from './fixtures/cli/run.js'

// `--cache` keeps each file's findings under a digest of its bytes and options: an unchanged
// file is not linted again, and the report is the very same as without the cache.
describe('--cache', () => {
  const phrases = ['child pornography', 'a child prostitute', 'child sex tourism', 'revenge porn']
  /** A folder of `count` Markdown files (20 or more are linted on worker threads). */
  const folder = (count: number): string => {
    const dir = tempDir()
    fs.mkdirSync(path.join(dir, 'docs'))
    for (let i = 0; i < count; i++) {
      const lines = [`# Report ${i}`, '', `Officers found ${phrases[i % phrases.length]} on a laptop.`, '', `> The statute still says "${phrases[(i + 1) % phrases.length]}".`, '']
      for (let j = 0; j < 40; j++) lines.push(`Paragraph ${j} of report ${i} is about the budget.`, '')
      fs.writeFileSync(path.join(dir, 'docs', `report-${String(i).padStart(2, '0')}.md`), lines.join('\n'))
    }
    return dir
  }
  const cacheOf = (dir: string, name = '.luxlintcache') => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as {build: string; files: Record<string, {digest: string; found: string}>}
  const writeCache = (dir: string, data: unknown) => fs.writeFileSync(path.join(dir, '.luxlintcache'), JSON.stringify(data))

  for (const count of [3, 24]) {
    it(`gives the same report in every format as a run without it (${count} files)`, async () => {
      const dir = folder(count)
      for (const format of ['json', 'sarif', 'stylish', 'gitlab', 'checkstyle']) {
        const plain = await luxlintAsync(['--format', format, 'docs'], {cwd: dir})
        const first = await luxlintAsync(['--cache', '--format', format, 'docs'], {cwd: dir})
        const second = await luxlintAsync(['--cache', '--format', format, 'docs'], {cwd: dir})
        expect(plain.code).toBe(1)
        expect([first.code, first.stderr, first.stdout]).toEqual([1, '', plain.stdout])
        expect([second.code, second.stderr, second.stdout]).toEqual([1, '', plain.stdout])
      }
      expect(Object.keys(cacheOf(dir).files)).toHaveLength(count)
      // Only its owner may read it: it names the phrases found.
      expect(fs.statSync(path.join(dir, '.luxlintcache')).mode & 0o777).toBe(0o600)
    })
  }

  it('uses what it kept for unchanged files and lints changed ones again', () => {
    const dir = folder(24)
    expect(luxlint(['--cache', '--format', 'json', 'docs'], {cwd: dir}).code).toBe(1)
    // Tamper with two entries: a report that shows the tampered rule ids read them from the cache.
    const cache = cacheOf(dir)
    const [a, b] = Object.keys(cache.files).sort()
    for (const file of [a, b]) cache.files[file].found = cache.files[file].found.replaceAll('"ruleId":"', '"ruleId":"kept-')
    writeCache(dir, cache)
    fs.appendFileSync(b, '\nNothing else.\n')
    const run = luxlint(['--cache', '--format', 'json', 'docs'], {cwd: dir})
    const ids = (file: string) => (JSON.parse(run.stdout) as Array<{path: string; messages: Array<{ruleId: string}>}>).find((result) => path.resolve(dir, result.path) === file)!.messages.map((m) => m.ruleId)
    expect(ids(a).length).toBeGreaterThan(0)
    expect(ids(a).every((id) => id.startsWith('kept-'))).toBe(true)
    expect(ids(b).some((id) => id.startsWith('kept-'))).toBe(false)
    expect(ids(b).length).toBe(ids(a).length)
    // The changed file's new entry is written back.
    expect(cacheOf(dir).files[b].found).not.toContain('kept-')
  })

  it('lints again when the options change, or under another build of luxlint', () => {
    const dir = folder(3)
    const count = (run: {stdout: string}) => (JSON.parse(run.stdout) as Array<{messages: unknown[]}>).flatMap((result) => result.messages).length
    const all = count(luxlint(['--cache', '--format', 'json', 'docs'], {cwd: dir}))
    fs.writeFileSync(path.join(dir, '.luxlintrc.json'), JSON.stringify({rules: {'child-pornography': 'off'}}))
    const fewer = count(luxlint(['--cache', '--format', 'json', 'docs'], {cwd: dir}))
    expect(fewer).toBeLessThan(all)
    fs.rmSync(path.join(dir, '.luxlintrc.json'))
    // Tampered entries under another build's name are not used.
    const cache = cacheOf(dir)
    for (const entry of Object.values(cache.files)) entry.found = '{"messages":[]}'
    writeCache(dir, {...cache, build: 'another'})
    expect(count(luxlint(['--cache', '--format', 'json', 'docs'], {cwd: dir}))).toBe(all)
  })

  it('starts afresh from a cache file it cannot read as one, with a one-line warning', () => {
    const dir = folder(3)
    const plain = luxlint(['--format', 'json', 'docs'], {cwd: dir})
    for (const junk of [Buffer.from([0, 159, 146, 150, 255]), '{"luxlintCache": 1, "files": {"x": 1}', '[]']) {
      fs.writeFileSync(path.join(dir, '.luxlintcache'), junk)
      const run = luxlint(['--cache', '--format', 'json', 'docs'], {cwd: dir})
      expect([run.code, run.stdout]).toEqual([1, plain.stdout])
      expect(run.stderr).toMatch(/^luxlint: cache \.luxlintcache: not a luxlint cache; starting a new one\n$/)
      expect(Object.keys(cacheOf(dir).files)).toHaveLength(3)
    }
  })

  it('checks a file again when its entry is damaged', () => {
    const dir = folder(3)
    const plain = luxlint(['--format', 'json', 'docs'], {cwd: dir})
    expect(luxlint(['--cache', 'docs'], {cwd: dir}).code).toBe(1)
    const cache = cacheOf(dir)
    const [a, b] = Object.keys(cache.files).sort()
    cache.files[a].found = '{"messages": [{"ruleId"'
    cache.files[b].found = '{"messages": 3}'
    writeCache(dir, cache)
    const run = luxlint(['--cache', '--format', 'json', 'docs'], {cwd: dir})
    expect([run.code, run.stderr, run.stdout]).toEqual([1, '', plain.stdout])
    expect(JSON.parse(cacheOf(dir).files[a].found)).toMatchObject({messages: expect.any(Array)})
  })

  it('says when it cannot write the cache, and the report is still whole', () => {
    const dir = folder(3)
    const plain = luxlint(['--format', 'json', 'docs'], {cwd: dir})
    // Under a file, where no folder can be made.
    const run = luxlint(['--cache-location', 'docs/report-00.md/cache', '--format', 'json', 'docs'], {cwd: dir})
    expect([run.code, run.stdout]).toEqual([1, plain.stdout])
    expect(run.stderr).toMatch(/^luxlint: cannot write the cache docs\/report-00.md\/cache: E[A-Z]+ \(the report is complete\)\n$/)
    expect(luxlint(['--cache-location', '', 'docs'], {cwd: dir})).toMatchObject({code: 2, stdout: ''})
  })

  it('is kept where --cache-location says, and drops files that are gone', () => {
    const dir = folder(3)
    // A folder given gets the usual name inside it; folders are made as needed.
    fs.mkdirSync(path.join(dir, 'tmp'))
    expect(luxlint(['--cache-location', 'tmp', 'docs'], {cwd: dir}).code).toBe(1)
    expect(fs.readdirSync(path.join(dir, 'tmp'))).toEqual(['.luxlintcache'])
    expect(luxlint(['--cache-location', 'build/lux.cache', 'docs'], {cwd: dir}).code).toBe(1)
    expect(fs.existsSync(path.join(dir, '.luxlintcache'))).toBe(false)
    const files = Object.keys(cacheOf(dir, 'build/lux.cache').files)
    expect(files).toHaveLength(3)
    fs.rmSync(files[0])
    expect(luxlint(['--cache-location', 'build/lux.cache', 'docs'], {cwd: dir}).code).toBe(1)
    expect(Object.keys(cacheOf(dir, 'build/lux.cache').files).sort()).toEqual(files.slice(1).sort())
  })

  it('is not used by --fix, which rewrites the files', () => {
    const dir = folder(3)
    expect(luxlint(['--cache', '--fix', 'docs'], {cwd: dir}).code).not.toBe(2)
    expect(fs.existsSync(path.join(dir, '.luxlintcache'))).toBe(false)
  })
})
