import {describe, expect, it} from 'vitest'
import {addAllowChanges, allowPhrase, applyChanges} from '../src/config-edit.js'

const add = (name: string, text: string | null, phrase = 'child pornography') => applyChanges(text ?? '', addAllowChanges(name, text, phrase))

describe('adding a phrase to allow', () => {
  it('cleans the matched text into a phrase', () => {
    expect(allowPhrase('Child\n  **Pornography**')).toBe('child pornography')
  })

  it('appends to an existing list in the file’s own indentation and keeps everything else', () => {
    const text = '{\n    "rules": {"sextortion": "off"},\n    "allow": ["grooming"],\n    "profile": "legal"\n}\n'
    expect(add('.luxlintrc.json', text)).toBe('{\n    "rules": {"sextortion": "off"},\n    "allow": [\n        "grooming",\n        "child pornography"\n    ],\n    "profile": "legal"\n}\n')
    const tabs = '{\r\n\t"allow": [\r\n\t\t"grooming"\r\n\t]\r\n}'
    expect(add('.luxlintrc.json', tabs)).toBe('{\r\n\t"allow": [\r\n\t\t"grooming",\r\n\t\t"child pornography"\r\n\t]\r\n}')
  })

  it('adds the key when missing, and writes a new file when there is none', () => {
    expect(JSON.parse(add('luxlint.config.json', '{"profile": "legal"}'))).toEqual({profile: 'legal', allow: ['child pornography']})
    expect(add('.luxlintrc.json', null)).toBe('{\n  "allow": [\n    "child pornography"\n  ]\n}\n')
    expect(add('.luxlintrc.yaml', null)).toBe('allow:\n  - child pornography\n')
  })

  it('edits the luxlint key of package.json only', () => {
    const after = add('package.json', '{"name": "site", "luxlint": {"allow": []}, "private": true}')
    expect(JSON.parse(after)).toEqual({name: 'site', luxlint: {allow: ['child pornography']}, private: true})
  })

  it('keeps YAML comments', () => {
    const after = add('.luxlintrc.yml', '# our newsroom settings\nprofile: journalism\nallow:\n  - grooming # legal term\n')
    expect(after).toContain('# our newsroom settings')
    expect(after).toContain('# legal term')
    expect(after).toContain('  - child pornography')
  })

  it('changes nothing when the phrase is already there', () => {
    expect(addAllowChanges('.luxlintrc.json', '{"allow": ["CHILD PORNOGRAPHY"]}', 'child pornography')).toEqual([])
    expect(addAllowChanges('.luxlintrc.yaml', 'allow: [child pornography]\n', 'child pornography')).toEqual([])
  })

  it('refuses to guess at a broken file', () => {
    expect(() => addAllowChanges('/w/.luxlintrc.json', '{"allow": [', 'x')).toThrow('Unexpected content in /w/.luxlintrc.json: not a JSON object; fix it before adding phrases')
    expect(() => addAllowChanges('/w/.luxlintrc.yaml', '- a list\n', 'x')).toThrow(/not a YAML mapping/)
  })
})
