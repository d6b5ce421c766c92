// Bad input through the built CLI: each problem file gets a one-line message and exit 2, and the
// good file beside it is still checked.
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {oneLineErrors, runCli, tempDir} from './lib/cli.mjs'

// Every test spawns the real CLI; on a loaded machine one spawn can take many seconds.
vi.setConfig({testTimeout: 120000})

const finding = 'We found child porn on the server.\n'
let dir: string

const write = (name: string, data: string | Buffer) => {
  const file = path.join(dir, name)
  fs.mkdirSync(path.dirname(file), {recursive: true})
  fs.writeFileSync(file, data)
  return name
}

interface Report {path: string; messages: Array<{ruleId: string; line: number; column: number}>; error?: string}

/** Lint `bad` next to good.md as JSON; returns the exit code, the stderr lines and the reports. */
async function beside(bad: string[], options: {cwd?: string; uid?: number; gid?: number; args?: string[]} = {}) {
  const result = await runCli(['--format', 'json', ...(options.args ?? []), ...bad, 'good.md'], {cwd: options.cwd ?? dir, uid: options.uid, gid: options.gid})
  const reports = JSON.parse(result.stdout || '[]') as Report[]
  return {...result, lines: result.stderr.split('\n').filter(Boolean), reports, good: reports.find((r) => r.path === 'good.md')}
}

beforeAll(() => {
  dir = tempDir()
  write('good.md', finding)
})
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

describe('unreadable or non-text files: exit 2, one line each, other files still checked', () => {
  // One run over every bad file and good.md (spawns dominate the suite's time): each test then
  // reads its own line from that run.
  const bad: Array<[string, string | Buffer | null, string | RegExp]> = [
    ['binary.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'binary file, not text: skipped'],
    ['latin1.txt', Buffer.from('caf\xe9 child porn\n', 'latin1'), 'invalid UTF-8 at byte 3: save the file as UTF-8 and try again'],
    ['truncated.md', Buffer.concat([Buffer.from('child porn '), Buffer.from('😀').subarray(0, 2)]), 'invalid UTF-8 at byte 11: save the file as UTF-8 and try again'],
    ['nul.md', 'child porn\u0000 and more\n', 'binary file, not text: skipped'],
    ['loop-a.md', null, 'too many levels of symbolic links'],
    ['missing.md', null, 'no such file or directory'],
    ['huge.txt', null, 'file is 300 MB; the limit is 32 MB'],
    ['good.md/inside.md', null, /^[^\n]+$/]
  ]
  let run: Awaited<ReturnType<typeof beside>>

  beforeAll(async () => {
    for (const [name, data] of bad) if (data !== null) write(name, data)
    fs.symlinkSync('loop-b.md', path.join(dir, 'loop-a.md'))
    fs.symlinkSync('loop-a.md', path.join(dir, 'loop-b.md'))
    // Sparse: the size check must refuse it before reading 300 MB.
    fs.writeFileSync(path.join(dir, 'huge.txt'), '')
    fs.truncateSync(path.join(dir, 'huge.txt'), 300 * 1024 * 1024)
    write('empty.md', '')
    run = await beside([...bad.map(([name]) => name), 'empty.md'])
    fs.rmSync(path.join(dir, 'huge.txt'))
  })

  it('exits 2, prints one line per bad file and no stack trace, and still checks good.md', () => {
    expect(run.code).toBe(2)
    expect(run.lines).toHaveLength(bad.length)
    expect(oneLineErrors(run.stderr)).toEqual([])
    expect(run.good?.messages.map((m) => m.ruleId)).toEqual(['child-pornography'])
  })

  it.each(bad)('%s', (name, _, message) => {
    const line = run.lines.find((l) => l.startsWith(`luxlint: ${name}: `))
    expect(line).toBeDefined()
    const text = line!.slice(`luxlint: ${name}: `.length)
    if (typeof message === 'string') expect(text).toBe(message)
    else expect(text).toMatch(message)
    expect(run.reports.find((r) => r.path === name)?.error).toBeDefined()
  })

  it('an empty file is checked and has no findings', () => {
    expect(run.reports.find((x) => x.path === 'empty.md')).toMatchObject({messages: []})
    expect(run.reports.find((x) => x.path === 'empty.md')?.error).toBeUndefined()
  })

  // Was (found here, fixed in df86884): Node's raw "ENOTDIR: not a directory, stat '/tmp/…'".
  it('ENOTDIR reads like the other file errors (no errno code, no absolute path)', () => {
    const line = run.lines.find((l) => l.startsWith('luxlint: good.md/inside.md: '))
    expect(line).toBeDefined()
    expect(line).not.toMatch(/ENOTDIR|'\//)
  })

  it('a folder that links to itself is walked once, without hanging', async () => {
    write('tree/a.md', finding)
    fs.symlinkSync('..', path.join(dir, 'tree/up'))
    fs.symlinkSync('.', path.join(dir, 'tree/self'))
    const r = await runCli(['--format', 'json', 'tree'], {cwd: dir, timeoutMs: 60000})
    expect(r.signal).toBeNull()
    expect(oneLineErrors(r.stderr)).toEqual([])
    const paths = (JSON.parse(r.stdout) as Report[]).map((x) => x.path)
    expect(paths.filter((p) => p.endsWith('a.md'))).toHaveLength(1)
  })

  it('permission denied (as an unprivileged user; chmod 000 does not stop root)', async () => {
    write('secret.md', finding)
    fs.chmodSync(path.join(dir, 'secret.md'), 0o000)
    // Root reads anything, so drop to "nobody" for this run; other users get EACCES as they are.
    const asRoot = process.getuid?.() === 0
    const r = await beside(['secret.md'], asRoot ? {uid: 65534, gid: 65534} : {})
    expect(r.code).toBe(2)
    expect(r.lines).toEqual(['luxlint: secret.md: permission denied'])
    expect(r.good?.messages).toHaveLength(1)
  })

  it('a file deleted during the run: one line or a normal result, never a crash', async () => {
    // A slow file first so the deletion lands while luxlint is working; the exact moment varies,
    // so two runs delete at different moments.
    await Promise.all(
      [0, 200].map(async (delay) => {
        const sub = fs.mkdtempSync(path.join(dir, 'deleted-'))
        fs.writeFileSync(path.join(sub, 'slow.md'), 'Police said the investigation continues.\n\n'.repeat(20000))
        fs.writeFileSync(path.join(sub, 'doomed.md'), finding)
        fs.writeFileSync(path.join(sub, 'good.md'), finding)
        const running = runCli(['--format', 'json', 'slow.md', 'doomed.md', 'good.md'], {cwd: sub})
        await new Promise((resolve) => setTimeout(resolve, delay))
        fs.rmSync(path.join(sub, 'doomed.md'), {force: true})
        const r = await running
        expect([1, 2]).toContain(r.code)
        expect(r.stderr.split('\n').filter(Boolean).every((l) => l === 'luxlint: doomed.md: no such file or directory')).toBe(true)
        expect((JSON.parse(r.stdout) as Report[]).find((x) => x.path === 'good.md')?.messages).toHaveLength(1)
      })
    )
  })
})

describe('encodings', () => {
  const files: Array<[string, Buffer]> = [
    ['utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('😀 child porn\n', 'utf16le')])],
    ['utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('😀 child porn\n', 'utf16le').swap16()])],
    ['utf8bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('😀 child porn\n')])]
  ]
  it('UTF-16 LE/BE and UTF-8 with a BOM are read correctly (column in UTF-16 units after the emoji)', async () => {
    for (const [name, bytes] of files) write(name, bytes)
    const r = await beside(files.map(([name]) => name))
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('')
    for (const [name] of files) {
      expect(r.reports.find((x) => x.path === name)?.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['child-pornography', 1, 4]])
    }
  })
})

describe.concurrent('configuration problems', () => {
  const configCases: Array<[string, string, string, RegExp]> = [
    ['malformed JSON', '.luxlintrc.json', '{"rules": {', /^luxlint: bad\/\.luxlintrc\.json: is not valid JSON/],
    ['malformed YAML', '.luxlintrc.yaml', 'rules:\n  - [unclosed\n', /^luxlint: bad\/\.luxlintrc\.yaml: is not valid YAML/],
    ['schema-invalid severity', '.luxlintrc.json', '{"rules": {"child-pornography": "loud"}}', /^luxlint: bad\/\.luxlintrc\.json: rules\.child-pornography: expected one of error, warning, suggestion, info, off/],
    ['unknown key', '.luxlintrc.json', '{"rulez": {}}', /^luxlint: bad\/\.luxlintrc\.json: .*rulez/],
    ['unknown rule id', '.luxlintrc.json', '{"rules": {"no-such-rule": "off"}}', /^luxlint: bad\/\.luxlintrc\.json: rules\.no-such-rule: unknown rule id/],
    ['duplicate custom ids', '.luxlintrc.json', '{"terms": [{"id": "x", "phrases": ["foo"]}, {"id": "x", "phrases": ["bar"]}]}', /^luxlint: bad\/\.luxlintrc\.json: terms\[1\]\.id: "x" is used by another custom term/],
    ['a custom phrase of 10,000 words', '.luxlintrc.json', JSON.stringify({terms: [{id: 'long', phrases: [Array.from({length: 10000}, (_, i) => `w${i}`).join(' ')]}]}), /^luxlint: bad\/\.luxlintrc\.json: terms\[0\]\.phrases: phrase "w0 w1 .*" is too long/],
    ['a config that is a folder', '.luxlintrc.json/keep', '', /^luxlint: bad\/\.luxlintrc\.json: /]
  ]

  it.each(configCases)('%s: exit 2 and one line naming the file', async (_, name, content, message) => {
    const sub = fs.mkdtempSync(path.join(dir, 'cfg-'))
    fs.mkdirSync(path.join(sub, 'bad', path.dirname(name)), {recursive: true})
    fs.writeFileSync(path.join(sub, 'bad', name), content)
    fs.writeFileSync(path.join(sub, 'bad/a.md'), finding)
    const r = await runCli(['bad/a.md'], {cwd: sub})
    expect(r.code).toBe(2)
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1)
    expect(r.stderr).toMatch(message)
    expect(r.stderr.length).toBeLessThan(300)
  })

  // Was: one folder's broken config stopped the whole run (only the config error, no report).
  // Now the files under it are errors, named once on stderr, and the rest are checked.
  it('a broken config in one folder does not stop other files from being checked', async () => {
    const sub = fs.mkdtempSync(path.join(dir, 'cfg-'))
    fs.mkdirSync(path.join(sub, 'bad'))
    fs.writeFileSync(path.join(sub, 'bad/.luxlintrc.json'), '{"rules": {')
    fs.writeFileSync(path.join(sub, 'bad/a.md'), finding)
    fs.writeFileSync(path.join(sub, 'good.md'), finding)
    const r = await beside(['bad/a.md'], {cwd: sub})
    expect(r.code).toBe(2)
    expect(r.lines).toEqual([expect.stringMatching(/^luxlint: bad\/\.luxlintrc\.json: is not valid JSON \(.*\) — 1 file not checked$/)])
    expect(r.reports.find((x) => x.path === 'bad/a.md')).toMatchObject({messages: [], error: expect.stringMatching(/^bad\/\.luxlintrc\.json: is not valid JSON/)})
    expect(r.good?.messages).toHaveLength(1)
  })

  it('--config pointing at a folder or a missing file: exit 2, one line', async () => {
    fs.mkdirSync(path.join(dir, 'cfgdir'), {recursive: true})
    const configs = ['cfgdir', 'missing.json']
    const runs = await Promise.all(configs.map((config) => runCli(['-c', config, 'good.md'], {cwd: dir})))
    runs.forEach((r, i) => {
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(new RegExp(`^luxlint: ${configs[i]}: [^\\n]+\\n$`))
    })
  })

  it('an unknown rule id in a suppression comment is reported, and the rest still checked', async () => {
    write('suppress.md', '<!-- luxlint-disable-next-line no-such-rule -- quoting -->\nchild porn\n')
    const r = await beside(['suppress.md'])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('')
    expect(r.reports.find((x) => x.path === 'suppress.md')?.messages.map((m) => m.ruleId)).toEqual(['unknown-rule-in-disable', 'child-pornography'])
  })
})

describe.concurrent('deeply nested documents (10,000 levels)', () => {
  // Was (found here, fixed in df86884): 10,000 nested block quotes or elements overflowed the
  // stack — "luxlint: q.md: Maximum call stack size exceeded", exit 2, the finding lost.
  it.each([
    ['quote.md', '>'.repeat(10000) + ' child porn\n'],
    ['divs.html', '<div>'.repeat(10000) + 'child porn' + '</div>'.repeat(10000)]
  ])('%s is checked (or refused with a clear limit)', {timeout: 180000}, async (name, text) => {
    write(name, text)
    const r = await beside([name])
    expect(r.stderr).not.toMatch(/call stack/i)
    expect(r.reports.find((x) => x.path === name)?.messages.map((m) => m.ruleId)).toEqual(['child-pornography'])
  })

  // Was (found here, fixed in df86884): nested list markers took super-linear time — 1,000 levels
  // ~5 s, 5,000 ~3 minutes then a stack overflow, 10,000 unfinished after 15 minutes.
  it('list nesting 10,000 deep (`- - - … child porn`) is checked', async () => {
    write('list.md', '- '.repeat(10000) + 'child porn\n')
    const r = await beside(['list.md'])
    expect(r.reports.find((x) => x.path === 'list.md')?.messages).toHaveLength(1)
  })
})
