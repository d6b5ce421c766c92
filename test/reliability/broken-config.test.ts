// A broken config in one folder keeps only the files under it from being checked: one line per
// broken config on stderr, exit 2, an error entry for each of its files in every format, and
// every other file checked and reported as if the broken folder were not there. The same holds
// for one process (few files) and for the worker threads (16 files or more).
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {oneLineErrors, runCli, tempDir} from './lib/cli.mjs'
import {root} from './lib/paths.mjs'

vi.setConfig({testTimeout: 120000})

const {errorLines} = (await import(path.join(root, 'packages/cli/dist/error-lines.js'))) as typeof import('../../packages/cli/src/error-lines.js')

const finding = 'We found child porn on the server.\n'
const formats = ['stylish', 'json', 'sarif', 'github', 'junit', 'checkstyle', 'gitlab'] as const
let dir: string

interface Report {path: string; messages: Array<{ruleId: string}>; error?: string; config?: string}

/**
 * A project with `good` checkable files at the top and in ok/, and three folders whose config is
 * broken in different ways (malformed JSON, an unknown key in YAML, an unknown rule id).
 */
function project(name: string, good: number, badPerFolder: number) {
  const base = path.join(dir, name)
  const put = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(base, file)), {recursive: true})
    fs.writeFileSync(path.join(base, file), text)
  }
  put('json/.luxlintrc.json', '{"rules": {')
  put('yaml/.luxlintrc.yaml', 'profle: legal\n')
  put('rule/.luxlintrc.json', '{"rules": {"child-pron": "off"}}')
  put('ok/.luxlintrc.json', '{"profile": "legal"}')
  const goodFiles = Array.from({length: good}, (_, i) => (i % 2 ? `ok/g${i}.md` : `g${i}.md`))
  for (const file of goodFiles) put(file, finding)
  const badFiles: Record<string, string[]> = {}
  for (const folder of ['json', 'yaml', 'rule']) {
    badFiles[folder] = Array.from({length: badPerFolder}, (_, i) => `${folder}/b${i}.md`)
    for (const file of badFiles[folder]) put(file, finding)
  }
  return {base, goodFiles, badFiles}
}

beforeAll(() => {
  dir = tempDir()
})
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

describe('errorLines', () => {
  it('one line per unreadable file, one per broken config with the number of files it kept out, in order', () => {
    expect(
      errorLines([
        {path: 'a/x.md', messages: [], error: 'a/.luxlintrc.json: profle: unknown key', config: 'a/.luxlintrc.json'},
        {path: 'b.md', messages: [], error: 'permission denied'},
        {path: 'c.md', messages: []},
        {path: 'a/y.md', messages: [], error: 'a/.luxlintrc.json: profle: unknown key', config: 'a/.luxlintrc.json'},
        {path: 'd/z.md', messages: [], error: 'd/.luxlintrc.yaml: is not valid YAML', config: 'd/.luxlintrc.yaml'}
      ])
    ).toEqual(['a/.luxlintrc.json: profle: unknown key — 2 files not checked', 'b.md: permission denied', 'd/.luxlintrc.yaml: is not valid YAML — 1 file not checked'])
  })
})

// 4 + 3 files run in one process; 20 + 3×4 files go to the worker threads.
describe.each([
  ['one process', 4, 1],
  ['worker threads', 20, 4]
])('%s', (label, good, badPerFolder) => {
  let p: ReturnType<typeof project>
  // The same project without the broken folders: what the good files' report must be.
  let alone: string
  beforeAll(() => {
    p = project(label.replace(' ', '-'), good, badPerFolder)
    alone = `${p.base}-alone`
    fs.cpSync(p.base, alone, {recursive: true})
    for (const folder of Object.keys(p.badFiles)) fs.rmSync(path.join(alone, folder), {recursive: true})
  })
  const both = (args: string[]) => Promise.all([runCli(args, {cwd: p.base}), runCli(args, {cwd: alone})])

  it('stderr has one line per broken config; exit 2; the good files are checked as without them', async () => {
    const [mixed, without] = await both(['--format', 'json', '.'])
    expect(mixed.code).toBe(2)
    expect(oneLineErrors(mixed.stderr)).toEqual([])
    const n = `${badPerFolder} file${badPerFolder === 1 ? '' : 's'} not checked`
    expect(mixed.stderr.split('\n').filter(Boolean).sort()).toEqual([
      expect.stringMatching(new RegExp(`^luxlint: json/\\.luxlintrc\\.json: is not valid JSON \\(.*\\) — ${n}$`)),
      `luxlint: rule/.luxlintrc.json: rules.child-pron: unknown rule id; run \`luxlint rules\` to list them — ${n}`,
      `luxlint: yaml/.luxlintrc.yaml: profle: unknown key; did you mean "profile"? — ${n}`
    ])
    const reports = JSON.parse(mixed.stdout) as Report[]
    for (const [folder, files] of Object.entries(p.badFiles)) {
      for (const file of files) {
        const config = folder === 'yaml' ? `${folder}/.luxlintrc.yaml` : `${folder}/.luxlintrc.json`
        expect(reports.find((r) => r.path === file)).toEqual({path: file, messages: [], error: expect.stringMatching(new RegExp(`^${config.replace(/\./g, '\\.')}: `)), config})
      }
    }
    const goodReports = reports.filter((r) => p.goodFiles.includes(r.path))
    expect(goodReports).toEqual(JSON.parse(without.stdout))
    expect(goodReports).toHaveLength(good)
    // The working config in ok/ still applies there (legal profile: an error, not a warning).
    expect(goodReports.every((r) => r.messages.length === 1)).toBe(true)
  })

  it.each(formats.filter((f) => f !== 'json'))('%s: the good files are reported as without the broken folders, the others as errors', async (format) => {
    const [mixed, without] = await both(['--format', format, '.'])
    expect(mixed.code).toBe(2)
    const badFiles = Object.values(p.badFiles).flat()
    if (format === 'sarif') {
      const run = (text: string) => JSON.parse(text).runs[0]
      expect(run(mixed.stdout).results).toEqual(run(without.stdout).results)
      const notifications = run(mixed.stdout).invocations[0].toolExecutionNotifications
      expect(notifications.map((n: {locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}) => n.locations[0].physicalLocation.artifactLocation.uri).sort()).toEqual(badFiles.sort())
      expect(notifications.every((n: {level: string; properties?: {config?: string}}) => n.level === 'error' && /\/\.luxlintrc\.(json|yaml)$/.test(n.properties?.config ?? ''))).toBe(true)
      expect(run(mixed.stdout).invocations[0].executionSuccessful).toBe(false)
      return
    }
    if (format === 'gitlab') {
      expect(JSON.parse(mixed.stdout)).toEqual(JSON.parse(without.stdout))
      return
    }
    // Line formats: every line about the good files appears unchanged; only the summary differs.
    const summary = {stylish: /files? checked/, junit: /^<testsuites /, github: /$^/, checkstyle: /$^/}[format]
    const missing = without.stdout.split('\n').filter((line) => !summary.test(line) && !mixed.stdout.split('\n').includes(line))
    expect(missing).toEqual([])
    if (format !== 'stylish') for (const file of badFiles) expect(mixed.stdout).toContain(file)
    if (format === 'stylish') expect(mixed.stdout).toMatch(new RegExp(`in ${good} files checked, ${badFiles.length} could not be`))
  })

  it('--fix fixes the good files and never writes a file under a broken config', async () => {
    const copy = path.join(dir, `${label.replace(' ', '-')}-fix`)
    fs.cpSync(p.base, copy, {recursive: true})
    const badFiles = Object.values(p.badFiles).flat()
    const before = new Map(badFiles.map((file) => [file, fs.statSync(path.join(copy, file))]))
    const r = await runCli(['--fix', '--quiet', '.'], {cwd: copy})
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`luxlint: fixed ${good} findings in ${good} files\n`)
    for (const file of p.goodFiles) expect(fs.readFileSync(path.join(copy, file), 'utf8')).not.toContain('child porn')
    for (const file of badFiles) {
      expect(fs.readFileSync(path.join(copy, file), 'utf8')).toBe(finding)
      expect(fs.statSync(path.join(copy, file)).mtimeMs).toBe(before.get(file)!.mtimeMs)
    }
    // No temporary file was left next to them either.
    for (const folder of Object.keys(p.badFiles)) expect(fs.readdirSync(path.join(copy, folder)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})

describe('configs that end the run or stay per-document', () => {
  let p: ReturnType<typeof project>
  beforeAll(() => {
    p = project('explicit', 2, 1)
  })

  it('an explicit --config that is broken fails the whole run: exit 2, one line, no report', async () => {
    const r = await runCli(['--config', 'json/.luxlintrc.json', '.'], {cwd: p.base})
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^luxlint: json\/\.luxlintrc\.json: is not valid JSON \([^\n]*\)\n$/)
  })

  it('--no-config checks the files under a broken config too', async () => {
    const r = await runCli(['--no-config', '--format', 'json', '.'], {cwd: p.base})
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('')
    expect((JSON.parse(r.stdout) as Report[]).every((x) => x.messages.length === 1 && !x.error)).toBe(true)
  })

  it('stdin named into a folder with a broken config is an error; nothing else is lost', async () => {
    const r = await runCli(['--format', 'json', '--stdin-filename', 'yaml/piped.md', '-', 'g0.md'], {cwd: p.base, input: finding})
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('luxlint: yaml/.luxlintrc.yaml: profle: unknown key; did you mean "profile"? — 1 file not checked\n')
    const reports = JSON.parse(r.stdout) as Report[]
    expect(reports.find((x) => x.path === 'yaml/piped.md')).toMatchObject({messages: [], config: 'yaml/.luxlintrc.yaml'})
    expect(reports.find((x) => x.path === 'g0.md')?.messages).toHaveLength(1)
  })
})
