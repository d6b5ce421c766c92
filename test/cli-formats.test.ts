import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {bin, cliRequire, fixtures, inProcess, json, luxlint, root, tempDir} from './fixtures/cli/run.js'

const Ajv04 = cliRequire('ajv-draft-04') as typeof import('ajv-draft-04').default
const addFormats = cliRequire('ajv-formats') as typeof import('ajv-formats').default
const YAML = cliRequire('yaml') as typeof import('yaml')

const report = path.join(fixtures, 'report')
const formats = ['stylish', 'json', 'sarif', 'github', 'junit', 'checkstyle', 'gitlab'] as const

// The OASIS schema is not ours to copy into the repo: read it from the shared data folder beside
// the checkout when it is there.
const sarifSchemaPath = path.resolve(root, '../shared/data/sarif-schema-2.1.0.json')
const sarifSchema = fs.existsSync(sarifSchemaPath) ? JSON.parse(fs.readFileSync(sarifSchemaPath, 'utf8')) : undefined

/** Well-formedness of the XML we write: balanced tags, escaped attributes. */
function checkXml(text: string): void {
  expect(text.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true)
  const stack: string[] = []
  for (const tag of text.replace(/^<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([\w-]+)((?:\s+[\w-]+="[^"<]*")*)\s*(\/?)>/g)) {
    if (tag[1]) expect(stack.pop()).toBe(tag[2])
    else if (!tag[4]) stack.push(tag[2])
  }
  expect(stack).toEqual([])
  expect(text.replace(/<[^>]*>/g, '')).not.toMatch(/[<>]|&(?!amp;|lt;|gt;|quot;|apos;|#10;)/)
}

describe('output formats', () => {
  it.each(formats)('%s: reports the same findings, exits 1', async (format) => {
    const r = await inProcess(['--format', format, '.'], {cwd: report})
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('')
    for (const rule of ['child-pornography', 'sentinel-term', 'sextortion']) expect(r.stdout).toContain(rule)
    if (format === 'junit' || format === 'checkstyle') checkXml(r.stdout)
    if (['json', 'sarif', 'gitlab'].includes(format)) expect(() => JSON.parse(r.stdout)).not.toThrow()
  })

  it('stylish: summary line, alternatives, colour only when asked', async () => {
    const plain = await inProcess(['.'], {cwd: report})
    expect(plain.stdout).toContain('✖ 5 findings (0 errors, 3 warnings, 1 suggestion, 1 info) in 2 files checked')
    expect(plain.stdout).not.toContain('\u001B[')
    const colour = await inProcess(['--color', '.'], {cwd: report})
    expect(colour.stdout).toContain('\u001B[33mwarning')
  })

  it('sarif: valid SARIF 2.1.0 with rules, locations, fixes and properties', async () => {
    const r = await inProcess(['--format', 'sarif', '.'], {cwd: report})
    const sarif = JSON.parse(r.stdout)
    if (sarifSchema) {
      const ajv = new Ajv04({allErrors: true, strict: false})
      addFormats(ajv)
      const validate = ajv.compile(sarifSchema)
      expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    } else {
      console.warn(`SKIPPED the SARIF schema check: ${sarifSchemaPath} is not present on this machine`)
    }
    const run = sarif.runs[0]
    const rule = run.tool.driver.rules.find((x: {id: string}) => x.id === 'child-pornography')
    expect(rule.helpUri).toMatch(/docs\/rules\.md#child-pornography$/)
    expect(rule.fullDescription.text).toMatch(/^Pornography is associated with adults/)
    expect(rule.properties).toMatchObject({status: 'avoid', confidence: 'confirmed'})
    const first = run.results[0]
    expect(first).toMatchObject({ruleId: 'child-pornography', level: 'warning'})
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: {uri: 'draft.md'},
      region: {startLine: 3, startColumn: 16, endLine: 3, endColumn: 26, charOffset: 25, charLength: 10}
    })
    expect(first.fixes[0].artifactChanges[0].replacements[0]).toEqual({deletedRegion: {charOffset: 25, charLength: 10}, insertedContent: {text: 'child sexual abuse material'}})
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe('child-pornography')
    // The quoted finding has no safe fix.
    expect(run.results.find((x: {locations: Array<{physicalLocation: {region: {startLine: number}}}>}) => x.locations[0].physicalLocation.region.startLine === 5).fixes).toBeUndefined()
  })

  it('github: workflow commands with escaped properties and data', async () => {
    const r = await inProcess(['--format', 'github', 'draft.md'], {cwd: report})
    const lines = r.stdout.trimEnd().split('\n')
    expect(lines[0]).toBe(
      '::warning file=draft.md,line=3,col=16,endLine=3,endColumn=26,title=luxlint(child-pornography)::Avoid “child porn”; write “child sexual abuse material”. The Luxembourg Guidelines (2016) recommend against this term.'
    )
    expect(lines[1]).toBe('::warning file=draft.md,line=3,col=48,endLine=3,endColumn=61,title=luxlint(sentinel-term)::Do not write velvet quokka: 100%25, <never> & "ever". Write “plain words”.')
    expect(lines[2]).toMatch(/^::notice file=draft\.md,line=5,/)
  })

  it('junit and checkstyle escape messages', async () => {
    const junit = await inProcess(['--format', 'junit', 'draft.md'], {cwd: report})
    expect(junit.stdout).toContain('<testsuites name="luxlint" tests="5" failures="5" errors="0">')
    expect(junit.stdout).toContain('message="Do not write velvet quokka: 100%, &lt;never&gt; &amp; &quot;ever&quot;. Write “plain words”."')
    const checkstyle = await inProcess(['--format', 'checkstyle', 'draft.md'], {cwd: report})
    expect(checkstyle.stdout).toContain('<error line="3" column="16" severity="warning" message="Avoid “child porn”; write “child sexual abuse material”. The Luxembourg Guidelines (2016) recommend against this term." source="luxlint.child-pornography"/>')
  })

  it('gitlab: Code Quality issues with unique fingerprints', async () => {
    const issues = JSON.parse((await inProcess(['--format', 'gitlab', 'draft.md'], {cwd: report})).stdout)
    expect(issues[0]).toMatchObject({check_name: 'child-pornography', severity: 'minor', location: {path: 'draft.md', lines: {begin: 3}}})
    expect(new Set(issues.map((i: {fingerprint: string}) => i.fingerprint)).size).toBe(issues.length)
  })

  it('json keeps the public shape and adds nothing under old names', async () => {
    const [file] = json((await inProcess(['--format', 'json', 'draft.md'], {cwd: report})).stdout)
    expect(Object.keys(file.messages[0])).toEqual(
      expect.arrayContaining(['ruleId', 'line', 'column', 'endLine', 'endColumn', 'offset', 'endOffset', 'severity', 'status', 'confidence', 'context', 'actual', 'expected', 'message', 'url', 'fix'])
    )
  })
})

describe('--redact', () => {
  // Rule ids may show ("sextortion" is one); the document's own "Sextortion" may not.
  const sentinels = [/velvet\s+quokka/i, /child porn\b/i, /Sextortion/]
  it.each(formats)('%s never prints the matched text', async (format) => {
    const r = await inProcess(['--format', format, '--redact', '.'], {cwd: report})
    expect(r.code).toBe(1)
    for (const sentinel of sentinels) expect(r.stdout).not.toMatch(sentinel)
    expect(r.stdout).toContain('[redacted]')
    expect(r.stdout).toContain('sentinel-term')
  })

  it('redacts from the real bin into --output-file too', () => {
    const dir = tempDir()
    const out = path.join(dir, 'report.sarif')
    const r = luxlint(['--format', 'sarif', '--redact', '--output-file', out, '.'], {cwd: report})
    expect(r).toMatchObject({code: 1, stdout: '', stderr: ''})
    const text = fs.readFileSync(out, 'utf8')
    for (const sentinel of sentinels) expect(text).not.toMatch(sentinel)
    expect(JSON.parse(text).runs[0].results).toHaveLength(5)
  })
})

describe('--output-file', () => {
  it('writes atomically (no temp file left) and prints nothing', async () => {
    const dir = tempDir()
    const r = await inProcess(['--format', 'json', '-o', path.join(dir, 'out.json'), 'draft.md'], {cwd: report})
    expect(r).toEqual({code: 1, stdout: '', stderr: ''})
    expect(fs.readdirSync(dir)).toEqual(['out.json'])
    expect(json(fs.readFileSync(path.join(dir, 'out.json'), 'utf8'))[0].messages).toHaveLength(5)
  })

  it('writes through a symbolic link, leaving the link in place', async () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'real.json'), 'old')
    fs.symlinkSync('real.json', path.join(dir, 'link.json'))
    const r = await inProcess(['--format', 'json', '-o', path.join(dir, 'link.json'), 'draft.md'], {cwd: report})
    expect(r.code).toBe(1)
    expect(fs.lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true)
    expect(json(fs.readFileSync(path.join(dir, 'real.json'), 'utf8'))[0].messages).toHaveLength(5)
    expect(fs.readdirSync(dir).sort()).toEqual(['link.json', 'real.json'])
  })

  // A rename over /dev/null (as root) or a pipe would put a file in its place.
  it('writes into a pipe as it is, without replacing it with a file', async () => {
    const {spawn, spawnSync} = cliRequire('node:child_process') as typeof import('node:child_process')
    const dir = tempDir()
    const pipe = path.join(dir, 'pipe')
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0)
    const reader = spawn('cat', [pipe])
    let read = ''
    reader.stdout.setEncoding('utf8').on('data', (chunk: string) => (read += chunk))
    const closed = new Promise((resolve) => reader.on('close', resolve))
    const r = await inProcess(['--format', 'json', '-o', pipe, 'draft.md'], {cwd: report})
    await closed
    expect(r.code).toBe(1)
    expect(json(read)[0].messages).toHaveLength(5)
    expect(fs.lstatSync(pipe).isFIFO()).toBe(true)
  })

  // `luxlint … | head`: the reader closes the pipe after a few bytes.
  it('ends quietly with its own exit code when standard output is closed early', () => {
    const {spawnSync} = cliRequire('node:child_process') as typeof import('node:child_process')
    const long = Array.from({length: 4000}, (_, i) => `Police said man ${i} shared child pornography.\n`).join('\n')
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'long.md'), long)
    const result = spawnSync('bash', ['-c', `node "${bin}" --format json long.md | head -c 20; echo "exit \${PIPESTATUS[0]}" >&2`], {cwd: dir, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
    expect(result.stdout).toBe('[\n  {\n    "path": "l')
    expect(result.stderr).toBe('exit 1\n')
  })

  it('an unwritable output file is one line, exit 2', async () => {
    const r = await inProcess(['-o', path.join(tempDir(), 'missing-dir', 'out.txt'), 'draft.md'], {cwd: report})
    expect(r).toEqual({code: 2, stdout: '', stderr: 'luxlint: cannot write ' + path.join(r.stderr.match(/write (.*)\/missing-dir/)![1], 'missing-dir', 'out.txt') + ': ENOENT\n'})
  })
})

describe('the GitHub Action runs what it says', () => {
  it('action.yml: the luxlint run line produces a SARIF file for a fixture folder', () => {
    const action = YAML.parse(fs.readFileSync(path.join(root, 'action.yml'), 'utf8'))
    const step = action.runs.steps.find((s: {id?: string}) => s.id === 'luxlint')
    expect(step.shell).toBe('bash')
    const dir = tempDir()
    fs.cpSync(path.join(fixtures, 'dirty'), path.join(dir, 'docs'), {recursive: true})
    const {spawnSync} = cliRequire('node:child_process') as typeof import('node:child_process')
    const outputs = path.join(dir, 'github-output')
    const env = {...process.env, LUXLINT_BIN: path.join(root, 'packages/cli/dist/bin.js'), INPUT_PATHS: 'docs/*.md docs/sub', INPUT_PROFILE: 'default', INPUT_FAIL_ON: 'warning', GITHUB_OUTPUT: outputs, NO_COLOR: '1'}
    const result = spawnSync('bash', ['-e', '-c', step.run], {cwd: dir, env, encoding: 'utf8'})
    expect(result.status, result.stderr).toBe(0)
    expect(fs.readFileSync(outputs, 'utf8')).toBe('exit-code=1\n')
    const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'luxlint.sarif'), 'utf8'))
    expect(sarif.runs[0].results.map((x: {ruleId: string}) => x.ruleId)).toEqual(['child-pornography', 'webcam-child-sex-tourism', 'child-sex-tourism'])
  })
})

describe('the pre-commit hooks run what they say', () => {
  it.each(['luxlint', 'luxlint-fix'])('%s: entry and args run against staged-style file names', (id) => {
    const hooks = YAML.parse(fs.readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{id: string; entry: string; args: string[]; files: string}>
    const hook = hooks.find((h) => h.id === id)!
    const dir = tempDir()
    fs.cpSync(path.join(fixtures, 'fix'), dir, {recursive: true})
    fs.writeFileSync(path.join(dir, 'script.js'), 'const x = "child porn"\n')
    // A `luxlint` on PATH, as after `npm install -g`, pointing at this checkout's build.
    const shims = tempDir()
    fs.writeFileSync(path.join(shims, 'luxlint'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(root, 'packages/cli/dist/bin.js')}" "$@"\n`, {mode: 0o755})
    const files = fs.readdirSync(dir).filter((name) => new RegExp(hook.files).test(name))
    expect(files).not.toContain('script.js')
    const {spawnSync} = cliRequire('node:child_process') as typeof import('node:child_process')
    const result = spawnSync(hook.entry, [...hook.args, ...files], {cwd: dir, encoding: 'utf8', env: {...process.env, PATH: `${shims}${path.delimiter}${process.env.PATH}`, NO_COLOR: '1'}})
    expect(result.status, result.stderr).toBe(1)
    expect(result.stdout).toContain('crlf.md')
    if (id === 'luxlint-fix') expect(fs.readFileSync(path.join(dir, 'bom.txt'), 'utf8')).toContain('Sexual extortion')
    else expect(fs.readFileSync(path.join(dir, 'bom.txt'), 'utf8')).toContain('Sextortion')
  })
})
