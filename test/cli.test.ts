import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {inProcess, json, luxlint, tempDir} from './fixtures/cli/run.js'

// The real bin for what only a process shows (exit status, stdin, streams); main(argv, io) for
// the rest: the same code, without a second of Node start-up per case.

describe('luxlint CLI', () => {
  it('exits 0 on a clean folder', async () => {
    const r = await inProcess(['clean'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/no findings in 1 file checked/)
    expect(r.stderr).toBe('')
  })

  it('exits 1 with findings and lists them by file with line:column, severity, message, alternatives', () => {
    const r = luxlint(['dirty'])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('dirty/draft.md\n  3:15  warning')
    expect(r.stdout).toContain('Avoid “child pornography”')
    expect(r.stdout).toContain('→ child sexual abuse material · child sexual exploitation material')
    expect(r.stdout).toContain('dirty/sub/page.html')
    expect(r.stdout).toContain('dirty/sub/notes.txt')
    expect(r.stdout).not.toContain('code.js')
    expect(r.stdout).toMatch(/✖ 3 findings \(0 errors, 2 warnings, 1 suggestion, 0 info\) in 3 files checked/)
  })

  it('prints the public JSON shape', async () => {
    const r = await inProcess(['--format', 'json', 'dirty/draft.md'])
    expect(r.code).toBe(1)
    const [file] = json(r.stdout)
    expect(file.path).toBe('dirty/draft.md')
    expect(file.messages[0]).toMatchObject({
      ruleId: 'child-pornography',
      line: 3,
      column: 15,
      endLine: 3,
      endColumn: 32,
      offset: 23,
      endOffset: 40,
      severity: 'warning',
      status: 'avoid',
      confidence: 'confirmed',
      actual: 'child pornography',
      expected: ['child sexual abuse material', 'child sexual exploitation material']
    })
  })

  it('respects .gitignore when walking directories', async () => {
    const r = await inProcess(['--format', 'json', 'ignored'])
    expect(r.code).toBe(0)
    expect(json(r.stdout).map((f) => f.path)).toEqual(['ignored/kept.md'])
  })

  it('expands globs', async () => {
    const r = await inProcess(['--format', 'json', 'dirty/**/*.txt'])
    expect(json(r.stdout).map((f) => f.path)).toEqual(['dirty/sub/notes.txt'])
  })

  it('reads stdin with -', () => {
    const r = luxlint(['-'], {input: 'We fight child prostitution.\n'})
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('<stdin>\n  1:10  warning')
  })

  it('chooses the stdin format from --stdin-filename', async () => {
    const r = await inProcess(['--format', 'json', '--stdin-filename', 'page.html', '-'], {input: '<a title="child porn">x</a>'})
    expect(r.code).toBe(0)
    expect(json(r.stdout)[0]).toEqual({path: 'page.html', messages: []})
  })

  it('a missing path is one clear line and exit 2, other files still checked', async () => {
    const r = await inProcess(['does-not-exist.md', 'dirty/draft.md'])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('luxlint: does-not-exist.md: no such file or directory\n')
    expect(r.stdout).toContain('dirty/draft.md')
  })

  it('a binary file is reported, not linted, without a stack trace', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'photo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x63, 0x68]))
    const r = luxlint(['photo.md'], {cwd: dir})
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('luxlint: photo.md: binary file, not text: skipped\n')
  })

  it('invalid UTF-8 is named with its byte offset', async () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'bad.txt'), Buffer.from([0x61, 0x62, 0xff, 0x63]))
    const r = await inProcess(['bad.txt'], {cwd: dir})
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('luxlint: bad.txt: invalid UTF-8 at byte 2: save the file as UTF-8 and try again\n')
  })

  it('usage errors exit 2 with one line', async () => {
    expect(luxlint([])).toMatchObject({code: 2, stderr: 'luxlint: no input: give files, directories or globs, or - for stdin (see luxlint --help)\n'})
    expect(await inProcess(['--format', 'xml', 'clean'])).toMatchObject({code: 2, stderr: 'luxlint: unknown format "xml": use one of stylish, json, sarif, github, junit, checkstyle, gitlab\n'})
    const unknown = await inProcess(['--frobnicate', 'clean'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/^luxlint: Unknown option '--frobnicate'\n$/)
  })

  it('--help and --version exit 0', () => {
    expect(luxlint(['--help']).stdout).toMatch(/^Usage: luxlint/)
    expect(luxlint(['--version']).stdout).toMatch(/^luxlint \d+\.\d+\.\d+\n$/)
  })
})
