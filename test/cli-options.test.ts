import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {fixtures, inProcess, json, luxlintAsync, root, tempDir} from './fixtures/cli/run.js'

const core = (await import(path.join(root, 'packages/core/dist/index.js'))) as typeof import('../packages/core/src/index.js')

describe('exit codes', () => {
  // report/: 3 warnings, 1 suggestion, 1 info. exit/suggestion-only.md: 1 suggestion.
  const table: Array<[string[], number, string?]> = [
    [['clean'], 0],
    // "./report": a bare first word "report" is the report command.
    [['./report'], 1],
    [['--fail-on', 'error', './report'], 0],
    [['--fail-on', 'error', '--max-warnings', '2', './report'], 1],
    [['--fail-on', 'error', '--max-warnings', '3', './report'], 0],
    [['--max-warnings', '0', 'exit/suggestion-only.md'], 0],
    [['exit/suggestion-only.md'], 0],
    [['--fail-on', 'suggestion', 'exit/suggestion-only.md'], 1],
    [['--quiet', '--fail-on', 'suggestion', 'exit/suggestion-only.md'], 1],
    [['--fail-on', 'info', 'clean'], 2, 'luxlint: --fail-on expects error, warning or suggestion, not "info"\n'],
    [['--max-warnings', 'many', 'clean'], 2, 'luxlint: --max-warnings expects a whole number, not "many"\n'],
    [['--profile', 'strict', 'clean'], 2, 'luxlint: unknown profile "strict": use one of default, journalism, legal, advocacy\n'],
    [['--fix', '--fix-dry-run', 'clean'], 2, 'luxlint: --fix and --fix-dry-run cannot be used together\n'],
    [['missing.md'], 2, 'luxlint: missing.md: no such file or directory\n']
  ]
  it.each(table)('luxlint %j exits %i', async (args, code, stderr) => {
    const r = await inProcess(args)
    expect(r.code).toBe(code)
    if (stderr !== undefined) expect(r.stderr).toBe(stderr)
  })

  it('the real bin exits with the same codes (0, 1, 2) in parallel runs', async () => {
    const runs = await Promise.all([luxlintAsync(['clean']), luxlintAsync(['--fail-on', 'error', '--max-warnings', '2', './report']), luxlintAsync(['--config'])])
    expect(runs.map((r) => r.code)).toEqual([0, 1, 2])
    expect(runs[2].stderr).toBe("luxlint: Option '-c, --config <value>' argument missing\n")
  })
})

describe('inputs', () => {
  it('--file-list reads one path per line (blank lines and CRLF tolerated)', async () => {
    const r = await inProcess(['--format', 'json', '--file-list', 'file-list.txt'])
    expect(json(r.stdout).map((f) => f.path)).toEqual(['dirty/draft.md', 'clean/notes.md'])
  })

  it('--file-list - reads the list from stdin', async () => {
    const r = await inProcess(['--format', 'json', '--file-list', '-'], {input: 'clean/notes.md\ndirty/sub\n'})
    expect(json(r.stdout).map((f) => f.path)).toEqual(['clean/notes.md', 'dirty/sub/notes.txt', 'dirty/sub/page.html'])
  })

  it.each([
    [['--file-list', 'nope.txt'], 'luxlint: --file-list nope.txt: no such file or directory\n'],
    [['--file-list', '-', '-'], 'luxlint: stdin cannot be both the file list and a document\n'],
    [['--file-list', 'exit/empty.txt'], 'luxlint: the file list exit/empty.txt is empty\n']
  ])('file-list problem %j is one line, exit 2', async (args, stderr) => {
    expect(await inProcess(args, {input: ''})).toEqual({code: 2, stdout: '', stderr})
  })

  it('folders and globs respect .gitignore and .luxlintignore; globs pick document types', async () => {
    const r = await inProcess(['--format', 'json', 'ignored'])
    expect(json(r.stdout).map((f) => f.path)).toEqual(['ignored/kept.md'])
    const globbed = await inProcess(['--format', 'json', 'ignored/**/*'])
    expect(json(globbed.stdout).map((f) => f.path)).toEqual(['ignored/kept.md'])
    // Named explicitly, an ignored file is still checked: the user asked for it.
    expect(json((await inProcess(['--format', 'json', 'ignored/lux-skip.md'])).stdout)[0].messages).toHaveLength(1)
  })
})

describe('suppression comments through the CLI', () => {
  const table: Record<string, string[]> = {
    'block.md': ['1:child-pornography', '7:child-pornography'],
    'next-line.md': ['3:child-pornography'],
    'next-line.html': ['5:sextortion'],
    'hash.txt': ['3:sextortion'],
    'all-rules.md': [],
    'no-reason.md': ['1:disable-without-reason'],
    'unused.md': []
  }
  it('has a case for every fixture', () => {
    expect(Object.keys(table).sort()).toEqual(fs.readdirSync(path.join(fixtures, 'suppress')).sort())
  })
  it.each(Object.entries(table))('%s', async (file, expected) => {
    const r = await inProcess(['--format', 'json', `suppress/${file}`])
    expect(json(r.stdout)[0].messages.map((m) => `${m.line}:${m.ruleId}`)).toEqual(expected)
  })
  it('--report-unused-disable reports a comment that suppresses nothing', async () => {
    const r = await inProcess(['--format', 'json', '--report-unused-disable', 'suppress/unused.md', 'suppress/next-line.md', 'suppress/all-rules.md', 'suppress/block.md'])
    const [unused, used, all, block] = json(r.stdout)
    expect(unused.messages.map((m) => `${m.line}:${m.ruleId}:${m.severity}`)).toEqual(['1:unused-disable:suggestion'])
    expect(used.messages.map((m) => m.ruleId)).toEqual(['child-pornography'])
    expect(all.messages).toEqual([])
    expect(block.messages.map((m) => m.ruleId)).toEqual(['child-pornography', 'child-pornography'])
  })
})

describe('luxlint explain and luxlint rules', () => {
  it.each(['child-pornography', 'Child Porn', 'kiddie  porn'])('explain %j shows the rule with sources', async (query) => {
    const r = await inProcess(['explain', ...query.split(' ')])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^child-pornography\n/)
    expect(r.stdout).toContain('Status:       avoid')
    expect(r.stdout).toContain('Confidence:   confirmed')
    expect(r.stdout).toContain('Write:        child sexual abuse material · child sexual exploitation material')
    expect(r.stdout).toContain('https://www.interpol.int/')
    expect(r.stdout).toMatch(/Docs: +\S+docs\/rules\.md#child-pornography\n$/)
  })

  it('explain: unknown → exit 2 with a did-you-mean; nothing → usage', async () => {
    expect(await inProcess(['explain', 'child', 'pornograhpy'])).toEqual({code: 2, stdout: '', stderr: 'luxlint: no rule or phrase "child pornograhpy"; did you mean "child pornography"? (luxlint rules lists them all)\n'})
    expect((await inProcess(['explain'])).stderr).toBe('luxlint: explain needs a rule id or a phrase, e.g. luxlint explain child-pornography\n')
  })

  it('rules lists every rule, as a table or JSON', async () => {
    const ids = core.allRules().map((r) => r.id).sort()
    const table = await inProcess(['rules'])
    for (const id of ids) expect(table.stdout).toMatch(new RegExp(`^${id} `, 'm'))
    expect(table.stdout).toContain(`${ids.length} rules.`)
    const list = JSON.parse((await inProcess(['rules', '--format', 'json'])).stdout)
    expect(list.map((r: {id: string}) => r.id)).toEqual(ids)
    expect(list[0]).toHaveProperty('url')
  })
})

describe('progress on stderr', () => {
  const many = () => {
    const dir = tempDir()
    for (let i = 0; i < 60; i++) fs.writeFileSync(path.join(dir, `f${String(i).padStart(2, '0')}.md`), 'A clean note.\n')
    return dir
  }
  it('draws a bar for more than 50 files when stderr is a terminal, and clears it', async () => {
    const r = await inProcess(['.'], {cwd: many(), stderrIsTTY: true})
    expect(r.stderr).toMatch(/^\r\[ +\] 0\/60 files/)
    expect(r.stderr).toContain('60/60 files')
    expect(r.stderr.endsWith('\r\u001B[2K')).toBe(true)
    expect(r.stdout).toBe('✔ no findings in 60 files checked\n')
  })
  it('prints nothing when stderr is piped, or with --no-progress', async () => {
    const dir = many()
    expect((await inProcess(['.'], {cwd: dir})).stderr).toBe('')
    expect((await inProcess(['--no-progress', '.'], {cwd: dir, stderrIsTTY: true})).stderr).toBe('')
    expect((await luxlintAsync(['.'], {cwd: dir})).stderr).toBe('')
  })
})
