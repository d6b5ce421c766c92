import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {bin, inProcess, json, tempDir} from './fixtures/cli/run.js'

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, {cwd, encoding: 'utf8'})
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
  return result.stdout
}

function repo(files: Record<string, string>): string {
  const dir = tempDir()
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'config', 'user.name', 'luxlint test')
  git(dir, 'config', 'user.email', 'test@example.invalid')
  git(dir, 'config', 'commit.gpgsign', 'false')
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text)
  git(dir, 'add', '.')
  git(dir, 'commit', '-q', '-m', 'first')
  return dir
}

const rules = (stdout: string) => json(stdout).flatMap((file) => file.messages.map((m) => `${file.path}:${m.line}:${m.ruleId}`))

describe('--baseline', () => {
  const draft = 'Police found child porn on the laptop.\n\nThe gang ran a sextortion scheme against teenagers.\n'

  it('records findings, then counts only new ones, surviving edits elsewhere', async () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'draft.md'), draft)
    const write = await inProcess(['--baseline-write', 'luxlint-baseline.json', 'draft.md'], {cwd: dir})
    expect(write.code).toBe(0)
    expect(write.stderr).toBe('luxlint: wrote 2 findings to the baseline luxlint-baseline.json\n')
    expect(write.stdout).toContain('✔ no findings in 1 file checked (not counted: 2 in the baseline)')
    const baseline = JSON.parse(fs.readFileSync(path.join(dir, 'luxlint-baseline.json'), 'utf8'))
    expect(baseline.version).toBe(1)
    expect(baseline.findings.map((f: {file: string; ruleId: string}) => `${f.file} ${f.ruleId}`)).toEqual(['draft.md child-pornography', 'draft.md sextortion'])
    expect(JSON.stringify(baseline)).not.toContain('child porn ')

    // Edits elsewhere: a new heading and intro, a reflowed line, a paragraph added after.
    fs.writeFileSync(path.join(dir, 'draft.md'), '# New title\n\nIntro added later.\n\n' + draft.replace('gang ran', 'gang\n  ran') + '\nA closing paragraph.\n')
    const same = await inProcess(['--format', 'json', '--baseline', 'luxlint-baseline.json', 'draft.md'], {cwd: dir})
    expect(same.code).toBe(0)
    expect(rules(same.stdout)).toEqual([])

    // A new finding counts.
    fs.appendFileSync(path.join(dir, 'draft.md'), '\nA second report mentions kiddie porn again.\n')
    const added = await inProcess(['--format', 'json', '--baseline', 'luxlint-baseline.json', 'draft.md'], {cwd: dir})
    expect(added.code).toBe(1)
    expect(rules(added.stdout)).toEqual(['draft.md:12:child-pornography'])
  })

  it('counts a repeat of a known finding with the same surroundings as new (occurrence counter)', async () => {
    const dir = tempDir()
    const paragraph = 'Early in March the city police found child porn on the laptop of a local teacher.\n\n'
    fs.writeFileSync(path.join(dir, 'a.md'), paragraph)
    await inProcess(['--baseline-write', 'b.json', 'a.md'], {cwd: dir})
    fs.writeFileSync(path.join(dir, 'a.md'), paragraph + paragraph)
    const r = await inProcess(['--format', 'json', '--baseline', 'b.json', 'a.md'], {cwd: dir})
    expect(rules(r.stdout)).toHaveLength(1)
  })

  it('writes the same bytes every time, sorted, with paths relative to the baseline file', async () => {
    const dir = tempDir()
    fs.mkdirSync(path.join(dir, 'docs'))
    fs.writeFileSync(path.join(dir, 'docs/z.md'), 'kiddie porn\n')
    fs.writeFileSync(path.join(dir, 'docs/a.md'), 'sextortion and child porn\n')
    fs.mkdirSync(path.join(dir, 'ci'))
    await inProcess(['--baseline-write', 'ci/baseline.json', 'docs'], {cwd: dir})
    const first = fs.readFileSync(path.join(dir, 'ci/baseline.json'), 'utf8')
    await inProcess(['--baseline-write', 'ci/baseline.json', 'docs/z.md', 'docs/a.md'], {cwd: dir})
    expect(fs.readFileSync(path.join(dir, 'ci/baseline.json'), 'utf8')).toBe(first)
    const files = JSON.parse(first).findings.map((f: {file: string}) => f.file)
    expect(files).toEqual(['../docs/a.md', '../docs/a.md', '../docs/z.md'])
    // Used from another folder, the paths still match.
    const r = await inProcess(['--baseline', '../ci/baseline.json', '.'], {cwd: path.join(dir, 'docs')})
    expect(r.code).toBe(0)
  })

  it('marks baseline findings as external suppressions in SARIF', async () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'a.md'), 'child porn\n')
    await inProcess(['--baseline-write', 'b.json', 'a.md'], {cwd: dir})
    const sarif = JSON.parse((await inProcess(['--format', 'sarif', '--baseline', 'b.json', 'a.md'], {cwd: dir})).stdout)
    expect(sarif.runs[0].results[0].suppressions).toEqual([{kind: 'external', status: 'accepted', justification: 'Listed in the luxlint baseline file.'}])
  })

  it.each([
    ['missing.json', null, 'luxlint: baseline missing.json: no such file (create it with --baseline-write)\n'],
    ['bad.json', '{oops', 'luxlint: baseline bad.json: not valid JSON\n'],
    ['shape.json', '{"version": 2, "findings": []}', 'luxlint: baseline shape.json: expected {"version": 1, "findings": [{"file", "ruleId", "fingerprint"}]}\n']
  ])('a broken baseline %s is one line and exit 2', async (name, content, stderr) => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'a.md'), 'child porn\n')
    if (content !== null) fs.writeFileSync(path.join(dir, name), content)
    expect(await inProcess(['--baseline', name, 'a.md'], {cwd: dir})).toEqual({code: 2, stdout: '', stderr})
  })
})

describe('--changed-since', () => {
  it('counts only findings on lines added since the ref; new files count whole', async () => {
    const dir = repo({'old.md': 'Intro.\n\nPolice found child porn here.\n\nEnd.\n', 'same.md': 'sextortion\n'})
    fs.writeFileSync(path.join(dir, 'old.md'), 'Intro.\n\nPolice found child porn here.\n\nOfficers later seized kiddie porn too.\n\nEnd.\n')
    fs.writeFileSync(path.join(dir, 'new.md'), 'Untracked: child porn.\n')
    fs.writeFileSync(path.join(dir, 'staged.md'), 'Staged: sextortion.\n')
    git(dir, 'add', 'staged.md')
    const r = await inProcess(['--format', 'json', '--changed-since', 'HEAD', '.'], {cwd: dir})
    expect(r.stderr).toBe('')
    expect(rules(r.stdout)).toEqual(['new.md:1:child-pornography', 'old.md:5:child-pornography', 'staged.md:1:sextortion'])
    const stylish = await inProcess(['--changed-since', 'HEAD', 'old.md', 'same.md'], {cwd: dir})
    expect(stylish.stdout).toContain('(not counted: 2 on unchanged lines)')
  })

  it('works from a subfolder and against an older commit', async () => {
    const dir = repo({'a.md': 'clean\n'})
    fs.mkdirSync(path.join(dir, 'sub'))
    fs.writeFileSync(path.join(dir, 'sub/b.md'), 'child porn\n')
    git(dir, 'add', '.')
    git(dir, 'commit', '-q', '-m', 'second')
    const r = await inProcess(['--format', 'json', '--changed-since', 'HEAD~1', 'b.md'], {cwd: path.join(dir, 'sub')})
    expect(rules(r.stdout)).toEqual(['b.md:1:child-pornography'])
    const none = await inProcess(['--format', 'json', '--changed-since', 'HEAD', 'b.md'], {cwd: path.join(dir, 'sub')})
    expect(none.code).toBe(0)
  })

  it('a bad ref, no repository or no git is one line and exit 2', async () => {
    const dir = repo({'a.md': 'child porn\n'})
    expect(await inProcess(['--changed-since', 'nope', 'a.md'], {cwd: dir})).toEqual({code: 2, stdout: '', stderr: 'luxlint: --changed-since: unknown git ref "nope"\n'})
    const outside = tempDir()
    fs.writeFileSync(path.join(outside, 'a.md'), 'x\n')
    expect(await inProcess(['--changed-since', 'HEAD', 'a.md'], {cwd: outside})).toEqual({code: 2, stdout: '', stderr: 'luxlint: --changed-since: not inside a git repository\n'})
    const noGit = spawnSync(process.execPath, [bin, '--changed-since', 'HEAD', 'a.md'], {cwd: dir, encoding: 'utf8', env: {PATH: path.join(dir, 'no-bin-here')}})
    expect({code: noGit.status, stdout: noGit.stdout, stderr: noGit.stderr}).toEqual({code: 2, stdout: '', stderr: 'luxlint: --changed-since needs git, and git is not installed\n'})
  })
})
