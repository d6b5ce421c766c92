import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyFixture, fixtures, inProcess, luxlint, root} from './fixtures/cli/run.js'

const core = (await import(path.join(root, 'packages/core/dist/index.js'))) as typeof import('../packages/core/src/index.js')
const fixFile = (await import(path.join(root, 'packages/cli/dist/fix-file.js'))) as typeof import('../packages/cli/src/fix-file.js')
const fixModule = (await import(path.join(root, 'packages/core/dist/fix.js'))) as typeof import('../packages/core/src/fix.js')
const read = (await import(path.join(root, 'packages/cli/dist/read.js'))) as typeof import('../packages/cli/src/read.js')

type Format = 'markdown' | 'html' | 'text'
const fixed = (text: string, format: Format = 'text') => core.applyFixes(text, core.lint(text, {format})).output

describe('grammar-aware fixes (core fix.ts)', () => {
  const cases: Array<[string, string, Format?]> = [
    ['We found a child porn site.', 'We found a child sexual abuse material site.'],
    ['Child pornography was found.', 'Child sexual abuse material was found.'],
    ['CHILD PORNOGRAPHY IS ILLEGAL', 'CHILD SEXUAL ABUSE MATERIAL IS ILLEGAL'],
    ['Kiddie Porn Ring Busted', 'Child Sexual Abuse Material Ring Busted'],
    ['He ran an sextortion scam.', 'He ran a sexual extortion scam.'],
    ['It was an child porn site.', 'It was a child sexual abuse material site.'],
    ['An child porn ring.', 'A child sexual abuse material ring.'],
    ['AN CHILD PORN RING', 'A CHILD SEXUAL ABUSE MATERIAL RING'],
    ['Sextortion is rising.', 'Sexual extortion is rising.'],
    ['They shared kiddy porn\nand more.', 'They shared child sexual abuse material\nand more.'],
    // Plural form, mass-noun replacement: no safe fix, nothing changes.
    ['Pornographic images of children were found.', 'Pornographic images of children were found.'],
    // Not in the writer's own words: never fixed.
    ['The statute bans “child pornography” as a term.', 'The statute bans “child pornography” as a term.'],
    ['> She said: "it was child porn".', '> She said: "it was child porn".', 'markdown'],
    ['Use `child porn` in code.', 'Use `child porn` in code.', 'markdown'],
    // Markup between the article and the term: the article cannot be rewritten safely.
    ['It was an *child porn* site.', 'It was an *child porn* site.', 'markdown'],
    // Markup inside the phrase would be deleted or unbalanced: no safe fix.
    ['We found child *porn* here.', 'We found child *porn* here.', 'markdown'],
    ['We found child <!-- note --> porn here.', 'We found child <!-- note --> porn here.', 'markdown'],
    ['<p>We found child <b>porn</b> here.</p>', '<p>We found child <b>porn</b> here.</p>', 'html'],
    // A hard-wrapped phrase keeps its line break (and its CRLF, and the indentation after it).
    ['We found child\nporn here.\n', 'We found child sexual abuse\nmaterial here.\n'],
    ['We found child\r\npornography.\r\n', 'We found child sexual abuse\r\nmaterial.\r\n'],
    ['- item about child\n  porn here', '- item about child sexual abuse\n  material here', 'markdown']
  ]
  it.each(cases)('%j → %j', (before, after, format = 'text') => {
    expect(fixed(before, format)).toBe(after)
    expect(fixed(after, format)).toBe(after)
  })

  it.each([
    ['child exploited in prostitution', 'children exploited in prostitution'],
    ['child victim of sexual exploitation', 'child victims of sexual exploitation'],
    ['survivor', 'survivors'],
    ['sexual extortion', undefined],
    ['child sexual abuse material', undefined],
    ['person who sexually abuses children', undefined]
  ])('a plural match makes %j agree: %j', (replacement, plural) => {
    expect(fixModule.agreeInNumber(replacement, true)).toBe(plural)
    expect(fixModule.agreeInNumber(replacement, false)).toBe(replacement)
  })

  it('a form is plural when it is the generated plural of another form, or ends in images/materials', () => {
    const term = {forms: ['child prostitute', 'child prostitutes', 'pornographic images of children']}
    expect(fixModule.isPluralForm(term, 'Child  Prostitutes')).toBe(true)
    expect(fixModule.isPluralForm(term, 'child prostitute')).toBe(false)
    expect(fixModule.isPluralForm(term, 'pornographic images of children')).toBe(true)
  })

  it('knows which forms are plural from the term data', () => {
    const rule = core.findRule('child-pornography')!
    expect(core.lint('pornographic images of children', {format: 'text'})[0].fix).toMatchObject({safe: false})
    expect(rule.forms).toContain('pornographic images of children')
  })
})

describe('--fix', () => {
  const expected: Record<string, string> = {
    'crlf.md': 'Intro line.\r\nWe found a child sexual abuse material site.\r\n\r\n> She said: "it was child porn".\r\n\r\nPornographic images of children were found.\r\n',
    'bom.txt': '\uFEFFSexual extortion is rising.\nIt was a child sexual abuse material site.\n',
    'utf16le.txt': '\uFEFFCHILD SEXUAL ABUSE MATERIAL IS A CRIME.\nA child sexual abuse material ring.\n',
    'utf16be.txt': '\uFEFFCHILD SEXUAL ABUSE MATERIAL IS A CRIME.\nA child sexual abuse material ring.\n'
  }
  const decodeAs = (name: string, bytes: Buffer) =>
    name === 'utf16le.txt' ? bytes.toString('utf16le') : name === 'utf16be.txt' ? Buffer.from(bytes).swap16().toString('utf16le') : bytes.toString('utf8')

  it('fixes in place keeping line endings, BOM and encoding; a second run changes nothing', () => {
    const dir = copyFixture('fix')
    const first = luxlint(['--fix', '.'], {cwd: dir})
    expect(first.stderr).toBe('luxlint: fixed 7 findings in 4 files\n')
    expect(first.code).toBe(1) // the plural finding has no safe fix and still counts
    const after = Object.fromEntries(Object.keys(expected).map((name) => [name, fs.readFileSync(path.join(dir, name))]))
    for (const [name, text] of Object.entries(expected)) expect(decodeAs(name, after[name])).toBe(text)
    expect(after['utf16le.txt'].subarray(0, 2)).toEqual(Buffer.from([0xff, 0xfe]))
    expect(after['utf16be.txt'].subarray(0, 2)).toEqual(Buffer.from([0xfe, 0xff]))
    expect(fs.readdirSync(dir).sort()).toEqual(Object.keys(expected).sort())

    const second = luxlint(['--fix', '.'], {cwd: dir})
    expect(second.stderr).toBe('')
    for (const name of Object.keys(expected)) expect(fs.readFileSync(path.join(dir, name))).toEqual(after[name])
  })

  it('--fix-dry-run prints a unified diff and writes nothing', async () => {
    const before = fs.readFileSync(path.join(fixtures, 'fix/crlf.md'))
    const r = await inProcess(['--fix-dry-run', 'crlf.md', 'bom.txt'], {cwd: path.join(fixtures, 'fix')})
    expect(r.stdout).toBe(
      [
        '--- a/crlf.md',
        '+++ b/crlf.md',
        '@@ -1,5 +1,5 @@',
        ' Intro line.',
        '-We found a child porn site.',
        '+We found a child sexual abuse material site.',
        ' ',
        ' > She said: "it was child porn".',
        ' ',
        '--- a/bom.txt',
        '+++ b/bom.txt',
        '@@ -1,2 +1,2 @@',
        '-Sextortion is rising.',
        '-It was an child porn site.',
        '+Sexual extortion is rising.',
        '+It was a child sexual abuse material site.',
        ''
      ].join('\n')
    )
    expect(fs.readFileSync(path.join(fixtures, 'fix/crlf.md'))).toEqual(before)
  })

  it('refuses a file that changed on disk between read and write, and leaves it as the other writer left it', () => {
    const dir = copyFixture('fix')
    const file = path.join(dir, 'bom.txt')
    const original = read.readText(file)
    const outcome = fixFile.fixText(original.text, {path: file})
    fs.writeFileSync(file, 'Someone else saved this.\n')
    expect(() =>
      fixFile.writeFixed(file, outcome.output, original.bom, {hash: fixFile.digest(original.bytes), size: original.size, mtimeMs: original.mtimeMs})
    ).toThrow('changed on disk while luxlint was fixing it; not written, run --fix again')
    expect(fs.readFileSync(file, 'utf8')).toBe('Someone else saved this.\n')
    expect(fs.readdirSync(dir).filter((name) => name.includes('.tmp'))).toEqual([])
  })

  it('will not write to stdin, nor show a diff with --redact', async () => {
    expect(await inProcess(['--fix', '-'], {input: 'child porn'})).toEqual({code: 2, stdout: '', stderr: 'luxlint: --fix cannot write back to stdin; use --fix-dry-run to see the changes\n'})
    expect((await inProcess(['--fix-dry-run', '--redact', 'x.md'])).stderr).toBe('luxlint: --redact cannot be used with --fix-dry-run: a diff shows the text\n')
    expect((await inProcess(['--fix-dry-run', '--stdin-filename', 'a.txt', '-'], {input: 'Sextortion.\n'})).stdout).toBe('--- a/a.txt\n+++ b/a.txt\n@@ -1,1 +1,1 @@\n-Sextortion.\n+Sexual extortion.\n')
  })
})
