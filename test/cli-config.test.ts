import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {cliRequire, fixtures, inProcess, json, luxlint, root, tempDir} from './fixtures/cli/run.js'

const {Ajv} = cliRequire('ajv') as typeof import('ajv')
const YAML = cliRequire('yaml') as typeof import('yaml')

const schema = JSON.parse(fs.readFileSync(path.join(root, 'packages/cli/schema/luxlintrc.schema.json'), 'utf8'))
const validateSchema = new Ajv({allErrors: true, strict: true}).compile(schema)
const core = (await import(path.join(root, 'packages/core/dist/index.js'))) as typeof import('../packages/core/src/index.js')
const coreConfig = (await import(path.join(root, 'packages/core/dist/config/index.js'))) as typeof import('../packages/core/src/config/index.js')

const validDir = path.join(fixtures, 'config/valid')
const invalidDir = path.join(fixtures, 'config/invalid')

function configOf(dir: string): {file: string; data: unknown} {
  const file = fs.readdirSync(dir).find((name) => name !== 'doc.md')!
  const text = fs.readFileSync(path.join(dir, file), 'utf8')
  const data = /\.ya?ml$/.test(file) ? YAML.parse(text) : JSON.parse(text)
  return {file, data: file === 'package.json' ? data.luxlint : data}
}

/** What each valid config does to doc.md (rule:severity, in order). */
const valid: Record<string, string> = {
  allow: 'sextortion:suggestion prostitute-child-context:warning prostitute-child-context:warning',
  'custom-terms': 'child-pornography:warning house-csam:warning prostitute-child-context:warning prostitute-child-context:warning',
  overrides: 'child-pornography:error prostitute-child-context:warning prostitute-child-context:warning',
  'package-json': 'child-pornography:error sextortion:suggestion prostitute-child-context:error prostitute-child-context:error',
  policy: 'child-pornography:error sextortion:info prostitute-child-context:error prostitute-child-context:error',
  'profile-journalism': 'child-pornography:warning sextortion:suggestion prostitute-child-context:warning prostitute-child-context:warning',
  'rules-off': 'sextortion:error prostitute-child-context:warning prostitute-child-context:warning'
}

/**
 * Every config error, as the one line the user sees (exit 2). A config found beside doc.md keeps
 * only doc.md from being checked; an explicit --config ends the run with no report.
 */
const invalid: Record<string, {args?: string[]; stderr: string}> = {
  'bad-allow': {stderr: '.luxlintrc.json: allow: expected a list of phrases'},
  'bad-json': {stderr: '.luxlintrc.json: is not valid JSON (Expected double-quoted property name in JSON at position 20)'},
  'bad-language': {stderr: '.luxlintrc.json: language: expected one of en, fr, es, auto, found string "de"'},
  'bad-override': {stderr: '.luxlintrc.json: overrides[0].files: expected a non-empty list of globs'},
  'bad-policy': {stderr: '.luxlintrc.json: policy.avoid.headline: unknown context; expected one of use, citation, mention, quote'},
  'bad-profile': {stderr: '.luxlintrc.json: profile: expected one of default, journalism, legal, advocacy, found string "strict"'},
  'bad-severity': {stderr: '.luxlintrc.json: rules.sextortion: expected one of error, warning, suggestion, info, off, found string "loud"'},
  'bad-term-phrases': {stderr: '.luxlintrc.json: terms[0].phrases: expected a non-empty list of literal phrases'},
  'bad-yaml': {stderr: '.luxlintrc.yaml: is not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 1:)'},
  'builtin-term-id': {stderr: '.luxlintrc.json: terms[0].id: "sextortion" is a built-in rule id; choose another id'},
  'not-object': {stderr: '.luxlintrc.json: expected an object, found a list'},
  'package-no-key-forced': {args: ['--config', 'package.json'], stderr: 'package.json: luxlint: no "luxlint" key in this package.json'},
  'unknown-key': {stderr: '.luxlintrc.json: profle: unknown key; did you mean "profile"?'},
  'unknown-rule': {stderr: '.luxlintrc.json: rules.child-pron: unknown rule id; run `luxlint rules` to list them'}
}

describe('config files through the CLI', () => {
  it('has a case for every fixture folder', () => {
    expect(Object.keys(valid).sort()).toEqual(fs.readdirSync(validDir).sort())
    expect(Object.keys(invalid).sort()).toEqual(fs.readdirSync(invalidDir).sort())
  })

  it.each(Object.entries(valid))('valid config %s changes the findings as configured', async (name, expected) => {
    const r = await inProcess(['--format', 'json', 'doc.md'], {cwd: path.join(validDir, name)})
    expect(r.stderr).toBe('')
    expect(json(r.stdout)[0].messages.map((m) => `${m.ruleId}:${m.severity}`).join(' ')).toBe(expected)
  })

  it.each(Object.entries(invalid))('config error %s: one line, exit 2, doc.md not checked', async (name, {args = [], stderr}) => {
    const r = await inProcess([...args, '--format', 'json', 'doc.md'], {cwd: path.join(invalidDir, name)})
    if (args.includes('--config')) {
      expect(r).toEqual({code: 2, stdout: '', stderr: `luxlint: ${stderr}\n`})
      return
    }
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`luxlint: ${stderr} — 1 file not checked\n`)
    // Fail closed for that file: an error entry, never a clean report.
    expect(json(r.stdout)).toEqual([{path: 'doc.md', messages: [], error: stderr, config: stderr.slice(0, stderr.indexOf(': '))}])
  })

  it('a broken config keeps only its own files out, from the real bin too: other files are still checked', () => {
    const r = luxlint(['--format', 'json', 'doc.md', path.join(fixtures, 'dirty')], {cwd: path.join(invalidDir, 'unknown-key')})
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('luxlint: .luxlintrc.json: profle: unknown key; did you mean "profile"? — 1 file not checked\n')
    const reports = json(r.stdout)
    expect(reports[0]).toEqual({path: 'doc.md', messages: [], error: '.luxlintrc.json: profle: unknown key; did you mean "profile"?', config: '.luxlintrc.json'})
    expect(reports.slice(1).length).toBeGreaterThan(0)
    expect(reports.slice(1).every((report) => !report.error && report.messages.length > 0)).toBe(true)
  })

  it('--config uses one file for every document; a missing one is an error', async () => {
    const forced = await inProcess(['--format', 'json', '--config', '../rules-off/.luxlintrc.yaml', 'doc.md'], {cwd: path.join(validDir, 'policy')})
    expect(json(forced.stdout)[0].messages.map((m) => m.ruleId)).not.toContain('child-pornography')
    const missing = await inProcess(['--config', 'nope.json', 'doc.md'], {cwd: path.join(validDir, 'policy')})
    expect(missing).toEqual({code: 2, stdout: '', stderr: 'luxlint: nope.json: no such file\n'})
  })

  it('--no-config ignores the config; --profile wins over the file', async () => {
    const cwd = path.join(validDir, 'rules-off')
    const none = await inProcess(['--format', 'json', '--no-config', 'doc.md'], {cwd})
    expect(json(none.stdout)[0].messages[0]).toMatchObject({ruleId: 'child-pornography', severity: 'warning'})
    const legal = await inProcess(['--format', 'json', '--profile', 'advocacy', 'doc.md'], {cwd: path.join(validDir, 'package-json')})
    const adv = await inProcess(['--format', 'json', '--no-config', '--profile', 'advocacy', 'doc.md'], {cwd: path.join(validDir, 'package-json')})
    expect(json(legal.stdout)[0].messages).toEqual(json(adv.stdout)[0].messages)
    expect(await inProcess(['--config', 'a.json', '--no-config', 'doc.md'], {cwd})).toMatchObject({code: 2, stderr: 'luxlint: --config and --no-config cannot be used together\n'})
  })

  it('the stdin document finds its config from --stdin-filename', async () => {
    const r = await inProcess(['--format', 'json', '--stdin-filename', 'doc.md', '-'], {cwd: path.join(validDir, 'rules-off'), input: 'child porn and sextortion\n'})
    expect(json(r.stdout)[0].messages.map((m) => `${m.ruleId}:${m.severity}`)).toEqual(['sextortion:error'])
  })
})

describe('the config JSON schema (packages/cli/schema)', () => {
  it.each(fs.readdirSync(validDir))('accepts the valid example %s', (name) => {
    const {data} = configOf(path.join(validDir, name))
    expect(validateSchema(data), JSON.stringify(validateSchema.errors)).toBe(true)
  })

  it('accepts the config the real `luxlint init` writes (every profile is checked in-process below)', () => {
    const dir = tempDir()
    expect(luxlint(['init', '--profile', 'legal'], {cwd: dir}).code).toBe(0)
    const text = fs.readFileSync(path.join(dir, '.luxlintrc.yaml'), 'utf8')
    expect(validateSchema(YAML.parse(text)), JSON.stringify(validateSchema.errors)).toBe(true)
    expect(coreConfig.validateConfig(YAML.parse(text), '.luxlintrc.yaml')).toMatchObject({profile: 'legal'})
  })

  it.each(fs.readdirSync(invalidDir).filter((name) => !['bad-json', 'bad-yaml', 'package-no-key-forced', 'unknown-rule', 'builtin-term-id'].includes(name)))(
    'rejects the invalid example %s, as validateConfig does',
    (name) => {
      const {data} = configOf(path.join(invalidDir, name))
      expect(validateSchema(data)).toBe(false)
    }
  )

  it('lists the profiles and severities core knows', () => {
    expect(schema.properties.profile.enum).toEqual(Object.keys(core.profiles))
    expect(Object.keys(schema.properties).filter((k) => k !== '$schema').sort()).toEqual(['allow', 'language', 'overrides', 'policy', 'profile', 'rules', 'terms'])
  })
})

describe('luxlint init', () => {
  it.each(['default', 'journalism', 'legal', 'advocacy'])('writes a commented .luxlintrc.yaml for %s that core loads', async (profile) => {
    const dir = tempDir()
    const r = await inProcess(['init', '--profile', profile], {cwd: dir})
    expect(r).toEqual({code: 0, stdout: `Wrote .luxlintrc.yaml (profile: ${profile}).\n`, stderr: ''})
    const text = fs.readFileSync(path.join(dir, '.luxlintrc.yaml'), 'utf8')
    expect(text).toMatch(/^# luxlint configuration/)
    expect(coreConfig.loadConfigFile(path.join(dir, '.luxlintrc.yaml')).data.profile).toBe(profile)
    expect(validateSchema(YAML.parse(text))).toBe(true)
  })

  it('refuses to overwrite an existing config, and an unknown profile', async () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, '.luxlintrc.json'), '{}')
    expect(await inProcess(['init'], {cwd: dir})).toEqual({code: 2, stdout: '', stderr: 'luxlint: .luxlintrc.json already exists here; not overwriting it\n'})
    expect(fs.existsSync(path.join(dir, '.luxlintrc.yaml'))).toBe(false)
    expect((await inProcess(['init', '--profile', 'strict'], {cwd: tempDir()})).stderr).toBe('luxlint: unknown profile "strict": use one of default, journalism, legal, advocacy\n')
  })
})
