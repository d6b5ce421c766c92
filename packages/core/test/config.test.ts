import fs from 'node:fs'
import path from 'node:path'
import {beforeEach, describe, expect, it} from 'vitest'
import {tempDir} from '../../../test/fixtures/temp-dir.js'
import {ConfigError, clearConfigCache, resolveConfig} from '@luxlint/core/config'
import {lint} from '@luxlint/core'

function tree(files: Record<string, string>): string {
  const dir = tempDir('luxlint-config-')
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    fs.writeFileSync(path.join(dir, name), content)
  }
  return dir
}

const error = (fn: () => unknown): string => {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError)
    return (e as Error).message
  }
  throw new Error('expected a ConfigError')
}

beforeEach(() => clearConfigCache())

describe('config discovery', () => {
  it('finds the nearest config upward and applies overrides by glob', () => {
    const dir = tree({
      '.luxlintrc.json': JSON.stringify({profile: 'journalism', rules: {sextortion: 'off'}, overrides: [{files: ['legal/**'], profile: 'legal'}]}),
      'news/a.md': 'x',
      'legal/bill.md': 'x'
    })
    expect(resolveConfig(path.join(dir, 'news/a.md'))).toEqual({options: {profile: 'journalism', rules: {sextortion: 'off'}}, file: path.join(dir, '.luxlintrc.json')})
    expect(resolveConfig(path.join(dir, 'legal/bill.md')).options.profile).toBe('legal')
  })

  it('reads YAML and package.json#luxlint, and --no-config / --config', () => {
    const dir = tree({'a/.luxlintrc.yaml': 'profile: advocacy\nallow: [Child Porn Task Force]\n', 'b/package.json': '{"name":"x","luxlint":{"profile":"legal"}}', 'c/package.json': '{"name":"y"}'})
    expect(resolveConfig(path.join(dir, 'a/x.md')).options).toEqual({profile: 'advocacy', allow: ['Child Porn Task Force']})
    expect(resolveConfig(path.join(dir, 'b/x.md')).options).toEqual({profile: 'legal'})
    expect(resolveConfig(path.join(dir, 'c/x.md')).file).toBe(null)
    expect(resolveConfig(path.join(dir, 'a/x.md'), {noConfig: true})).toEqual({options: {}, file: null})
    expect(resolveConfig(path.join(dir, 'c/x.md'), {config: path.join(dir, 'a/.luxlintrc.yaml')}).options.profile).toBe('advocacy')
  })

  it('custom terms are literal phrases with their own message', () => {
    const dir = tree({'.luxlintrc.json': JSON.stringify({terms: [{id: 'house-style-kids', phrases: ['kids in care'], alternatives: ['children in care'], message: 'House style: write “children in care”.'}]})})
    const {options} = resolveConfig(path.join(dir, 'x.md'))
    const [m] = lint('Support for kids in care (a+b)*.', options)
    expect(m).toMatchObject({ruleId: 'house-style-kids', expected: ['children in care'], severity: 'warning'})
    expect(m.reason).toBe('House style: write “children in care”. Write “children in care”.')
  })
})

describe('config errors name the file, the key and what was expected', () => {
  it.each<[string, string, RegExp]>([
    ['.luxlintrc.json', '{"profile": "strict"}', /\.luxlintrc\.json: profile: expected one of default, journalism, legal, advocacy, found string "strict"$/],
    ['.luxlintrc.json', '{"rules": {"child-porn": "error"}}', /\.luxlintrc\.json: rules\.child-porn: unknown rule id; run `luxlint rules` to list them$/],
    ['.luxlintrc.json', '{"rules": {"child-pornography": "loud"}}', /rules\.child-pornography: expected one of error, warning, suggestion, info, off, found string "loud"$/],
    ['.luxlintrc.json', '{"profle": "legal"}', /\.luxlintrc\.json: profle: unknown key; did you mean "profile"\?$/],
    ['.luxlintrc.json', '{"profile": "legal",}', /\.luxlintrc\.json: is not valid JSON \(.+\)$/],
    ['.luxlintrc.yaml', 'profile: [legal', /\.luxlintrc\.yaml: is not valid YAML \(.+\)$/],
    ['.luxlintrc.json', '{"terms": [{"id": "x", "phrases": []}]}', /terms\[0\]\.phrases: expected a non-empty list of literal phrases$/],
    ['.luxlintrc.json', '{"terms": [{"id": "a", "phrases": ["p"]}, {"id": "a", "phrases": ["q"]}]}', /terms\[1\]\.id: "a" is used by another custom term; ids must be unique$/],
    ['.luxlintrc.json', '{"terms": [{"id": "paedophile", "phrases": ["p"]}]}', /terms\[0\]\.id: "paedophile" is a built-in rule id; choose another id$/],
    ['.luxlintrc.json', '{"policy": {"avoid": {"headline": "error"}}}', /policy\.avoid\.headline: unknown context; expected one of use, citation, mention, quote$/],
    ['.luxlintrc.json', '{"overrides": [{"files": [], "profile": "legal"}]}', /overrides\[0\]\.files: expected a non-empty list of globs$/],
    ['.luxlintrc.json', '[]', /\.luxlintrc\.json: expected an object, found a list$/]
  ])('%s %s', (name, content, expected) => {
    const dir = tree({[name]: content})
    expect(error(() => resolveConfig(path.join(dir, 'x.md')))).toMatch(expected)
  })
  it('a forced config file that does not exist', () => {
    expect(error(() => resolveConfig('x.md', {config: '/nonexistent/luxlint.json'}))).toBe('/nonexistent/luxlint.json: no such file')
  })
})

describe('a broken config file is read once', () => {
  it('gives every document under it the same error from the cache, until the cache is cleared', () => {
    const dir = tree({'.luxlintrc.json': '{not json', 'a/x.md': '', 'b/y.md': ''})
    const first = error(() => resolveConfig(path.join(dir, 'a/x.md')))
    expect(first).toMatch(/is not valid JSON/)
    // Fixed on disk: a run that already read it keeps its answer (as for a good file)…
    fs.writeFileSync(path.join(dir, '.luxlintrc.json'), '{}')
    expect(error(() => resolveConfig(path.join(dir, 'b/y.md')))).toBe(first)
    // …and the next run, or an editor told the file changed, reads it again.
    clearConfigCache()
    expect(resolveConfig(path.join(dir, 'b/y.md')).file).toBe(path.join(dir, '.luxlintrc.json'))
  })
})
