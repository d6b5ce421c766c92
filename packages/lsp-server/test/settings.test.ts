import {describe, expect, it} from 'vitest'
import {defaultSettings, normalizeSettings, toOverrides} from '../src/settings.js'
import {formatFor} from '../src/languages.js'

describe('settings', () => {
  it('defaults to enabled with nothing overridden', () => {
    expect(normalizeSettings(undefined)).toEqual({settings: defaultSettings, problems: []})
    expect(toOverrides(defaultSettings)).toEqual({})
  })

  it('reads every setting', () => {
    const {settings, problems} = normalizeSettings({enable: false, profile: 'legal', rules: {'child-pornography': 'error'}, languages: ['asciidoc'], allow: ['grooming']})
    expect(problems).toEqual([])
    expect(settings).toEqual({enable: false, profile: 'legal', rules: {'child-pornography': 'error'}, languages: ['asciidoc'], allow: ['grooming']})
    expect(toOverrides(settings)).toEqual({profile: 'legal', rules: {'child-pornography': 'error'}, allow: ['grooming']})
  })

  it('drops wrong values with one sentence each and keeps the rest', () => {
    const {settings, problems} = normalizeSettings({enable: 'yes', profile: 'tabloid', rules: {'child-pornography': 'loud', 'no-such-rule': 'off', sextortion: 'off'}, languages: 'latex', allow: ['ok', 3]})
    expect(settings).toEqual({enable: true, rules: {sextortion: 'off'}, languages: [], allow: ['ok']})
    expect(problems).toEqual([
      'Unexpected luxlint.enable: expected true or false, found string "yes"',
      expect.stringMatching(/^Unexpected luxlint\.profile: expected one of default, journalism, legal, advocacy.*, found string "tabloid"$/),
      'Unexpected luxlint.rules.child-pornography: expected one of error, warning, suggestion, info, off, found string "loud"',
      'Unexpected luxlint.rules.no-such-rule: unknown rule id',
      'Unexpected luxlint.languages: expected a list of strings, found string "latex"',
      'Unexpected luxlint.allow: expected a list of non-empty strings; ignored 1 other value(s)'
    ])
    expect(normalizeSettings([1]).problems).toEqual(['Unexpected luxlint settings: expected an object, found a list'])
  })

  it('merges over the config file: config first, settings on top (through resolveConfig)', async () => {
    const {resolveConfig} = await import('@luxlint/core/config')
    const fs = await import('node:fs')
    const os = await import('node:os')
    const path = await import('node:path')
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luxlint-settings-'))
    fs.writeFileSync(path.join(dir, '.luxlintrc.json'), JSON.stringify({profile: 'journalism', rules: {sextortion: 'off', 'child-pornography': 'warning'}, allow: ['grooming']}))
    const {settings} = normalizeSettings({profile: 'legal', rules: {'child-pornography': 'error'}, allow: ['child porn']})
    const {options, file} = resolveConfig(path.join(dir, 'draft.md'), {overrides: toOverrides(settings)})
    expect(file).toBe(path.join(dir, '.luxlintrc.json'))
    expect(options).toMatchObject({profile: 'legal', rules: {sextortion: 'off', 'child-pornography': 'error'}, allow: ['grooming', 'child porn']})
    fs.rmSync(dir, {recursive: true, force: true})
  })
})

describe('which documents are checked', () => {
  it('by language id, by extension, and the languages the user adds', () => {
    expect(formatFor('markdown', 'untitled:1')).toBe('markdown')
    expect(formatFor('html', 'file:///a/page')).toBe('html')
    expect(formatFor('plaintext', 'file:///a/x')).toBe('text')
    expect(formatFor('text', 'file:///a/notes.txt')).toBe('text')
    expect(formatFor('text', 'file:///a/LICENCE')).toBe('text')
    expect(formatFor('foo', 'file:///a/README.markdown')).toBe('markdown')
    expect(formatFor('foo', 'file:///a/index.htm')).toBe('html')
    expect(formatFor('asciidoc', 'file:///a/book.adoc', ['asciidoc'])).toBe('text')
    expect(formatFor('javascript', 'file:///a/app.js')).toBeUndefined()
    expect(formatFor('json', 'file:///a/.luxlintrc.json')).toBeUndefined()
  })
})
