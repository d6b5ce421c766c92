import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {tempDir} from '../../../test/fixtures/temp-dir.js'
// @ts-expect-error: plain ESM build script, no types
import {loadTerms, renderDocs, TermDataError} from '../scripts/generate.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/** A terms folder holding one file, to feed the generator a broken entry. */
function termsWith(yaml: string, file = 'online.yml'): string {
  const dir = tempDir('luxlint-terms-')
  fs.copyFileSync(path.join(root, 'terms/schema.json'), path.join(dir, 'schema.json'))
  fs.mkdirSync(path.join(dir, 'en'))
  fs.writeFileSync(path.join(dir, 'en', file), yaml)
  return dir
}

const entry = (fields: string) => `language: en
theme: online
terms:
  - id: sextortion-test
    status: caution
    confidence: unconfirmed
    phrases: [sextortion test]
    alternatives: [sexual extortion]
    explanation: A made-up entry for the generator tests, long enough to pass.
    examples: {flag: [a sextortion test], pass: [nothing]}
${fields}`

function problems(dir: string): string {
  try {
    loadTerms(dir)
  } catch (error) {
    expect(error).toBeInstanceOf(TermDataError)
    return (error as Error).message
  }
  throw new Error('expected the generator to fail')
}

describe('term data generator', () => {
  it('accepts the shipped data and docs/rules.md is up to date', () => {
    const terms = loadTerms(path.join(root, 'terms'))
    expect(terms.length).toBeGreaterThan(20)
    expect(fs.readFileSync(path.join(root, 'docs/rules.md'), 'utf8')).toBe(renderDocs(terms))
  })

  it('names the file, the entry and the fix when sources are missing', () => {
    expect(problems(termsWith(entry('')))).toBe('terms/en/online.yml: entry `sextortion-test` has no sources; add at least one')
  })

  it('explains an unknown status value', () => {
    const yaml = entry('    sources: [{title: Somewhere, url: "https://example.org"}]\n').replace('status: caution', 'status: banned')
    expect(problems(termsWith(yaml))).toBe(
      'terms/en/online.yml: entry `sextortion-test` has `status` set to "banned"; use one of avoid, caution, prefer'
    )
  })

  it('rejects ids that are not kebab-case', () => {
    const yaml = entry('    sources: [{title: Somewhere, url: "https://example.org"}]\n').replace('id: sextortion-test', 'id: Sextortion_Test')
    expect(problems(termsWith(yaml))).toMatch(/^terms\/en\/online\.yml: entry `Sextortion_Test` has `id` "Sextortion_Test" that does not match .*; use kebab-case$/)
  })

  it('rejects unknown fields', () => {
    const yaml = entry('    sources: [{title: Somewhere, url: "https://example.org"}]\n    severity: high\n')
    expect(problems(termsWith(yaml))).toBe('terms/en/online.yml: entry `sextortion-test` has an unknown field `severity`; remove it or fix its spelling')
  })

  it('rejects a theme that does not match the file name', () => {
    const yaml = entry('    sources: [{title: Somewhere, url: "https://example.org"}]\n')
    expect(problems(termsWith(yaml, 'material.yml'))).toBe('terms/en/material.yml: theme is `online`; set it to `material` (the file name)')
  })

  it('rejects invalid YAML with the parser’s first line', () => {
    expect(problems(termsWith('terms: [\n'))).toMatch(/^terms\/en\/online\.yml: is not valid YAML \(.+\); fix the syntax$/)
  })

  it('every id and phrase is unique, and examples exist for every rule that fires', () => {
    const terms = loadTerms(path.join(root, 'terms')) as Array<{id: string; status: string; examples: {flag: string[]; pass: string[]}}>
    expect(new Set(terms.map((t) => t.id)).size).toBe(terms.length)
    for (const term of terms.filter((t) => t.status !== 'prefer')) {
      expect(term.examples.flag.length, term.id).toBeGreaterThan(0)
      expect(term.examples.pass.length, term.id).toBeGreaterThan(0)
    }
  })
})
