import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {root} from './fixtures/cli/run.js'

type Escaper = {escapeRegExpLiteral: (text: string) => string; asciiRegExps: (code: string) => {code: string; ascii: boolean}}
const {escapeRegExpLiteral, asciiRegExps} = (await import(pathToFileURL(path.join(root, 'packages/cli/scripts/ascii-regexps.mjs')).href)) as Escaper

// The release bundle is made ASCII (packages/cli/scripts/ascii-regexps.mjs) so that V8 holds it as
// a one-byte string: the escaped regular expressions must match exactly what the originals match.
describe('ASCII regular expressions in the bundle', () => {
  const samples = ['garçon', 'Élève', "l’enfant", '“child”', 'pornografía infantil', 'x😀y', '\\é', 'abc']
  it.each([
    '/garçon|élève/iu',
    '/[‘’]/g',
    '/^[\\s"“”‘’«»]+$/u',
    '/\\é/',
    '/\\\\é/',
    '/x😀y/u',
    '/x😀y/',
    '/[😀]/u',
    '/pornograf[ií]a/iv'
  ])('%s', (literal) => {
    const escaped = escapeRegExpLiteral(literal)
    expect(escaped).toMatch(/^[\x00-\x7F]*$/)
    const before = new Function(`return ${literal}`)() as RegExp
    const after = new Function(`return ${escaped}`)() as RegExp
    expect(after.flags).toBe(before.flags)
    for (const sample of samples) expect([sample, after.test(sample)]).toEqual([sample, before.test(sample)])
  })

  it('leaves division, strings, comments and tagged templates alone; says whether all is ASCII', () => {
    const code = 'const a = 4 / 2 / 1, b = "é", c = /é/u.test(b) // é\nconst d = String.raw`é`\n'
    const {code: out, ascii} = asciiRegExps(code)
    expect(out).toBe('const a = 4 / 2 / 1, b = "é", c = /\\u00E9/u.test(b) // é\nconst d = String.raw`é`\n')
    expect(ascii).toBe(false)
    expect(asciiRegExps('const r = /’/g\n')).toEqual({code: 'const r = /\\u2019/g\n', ascii: true})
  })

  it('the release bundle is ASCII and says so to its loader', () => {
    const bundle = fs.readFileSync(path.join(root, 'packages/cli/dist/luxlint.cjs'))
    expect(bundle.every((byte) => byte < 0x80)).toBe(true)
    expect(bundle.subarray(-100).toString('latin1')).toMatch(/\/\/# luxlint-digest=[0-9a-f]{64} ascii\n$/)
  })
})
