import type {Diagnostic} from 'vscode-languageserver'
import {describe, expect, it} from 'vitest'
import {Reported, sameDiagnostics} from '../dist/reported.js'

const diagnostic = (line: number, character: number, extra: Partial<Diagnostic> = {}): Diagnostic => ({
  range: {start: {line, character}, end: {line, character: character + 17}},
  severity: 2,
  code: 'child-pornography',
  source: 'luxlint',
  message: 'Avoid “child pornography”',
  data: {id: 1},
  ...extra
})

describe('diagnostics already given to the client', () => {
  it('are the same only when every member a client shows or hands back is', () => {
    const base = [diagnostic(3, 4), diagnostic(9, 0, {data: {id: 2}})]
    expect(sameDiagnostics(base, base.map((d) => structuredClone(d)))).toBe(true)
    const changes: Array<Partial<Diagnostic>> = [
      {range: {start: {line: 3, character: 5}, end: {line: 3, character: 22}}},
      {range: {start: {line: 4, character: 4}, end: {line: 4, character: 21}}},
      {severity: 1},
      {code: 'child-porn'},
      {message: 'Avoid it'},
      {data: {id: 7}},
      {codeDescription: {href: 'https://example.org/rule'}},
      {relatedInformation: [{location: {uri: 'file:///a.md', range: base[0].range}, message: 'Allowed: a title'}]},
      {tags: [1]}
    ]
    for (const change of changes) expect(sameDiagnostics(base, [{...base[0], ...change}, base[1]]), JSON.stringify(change)).toBe(false)
    expect(sameDiagnostics(base, base.slice(0, 1))).toBe(false)
    expect(sameDiagnostics(base, [base[1], base[0]])).toBe(false)
    expect(sameDiagnostics([], [])).toBe(true)
  })

  it('keep their result id while they say the same, per document, until it is forgotten', () => {
    const reported = new Reported()
    const a = [diagnostic(3, 4)]
    expect(reported.unchanged('file:///a.md', a)).toBe(false)
    const first = reported.resultId('file:///a.md', a)
    expect(reported.unchanged('file:///a.md', [structuredClone(a[0])])).toBe(true)
    expect(reported.resultId('file:///a.md', [structuredClone(a[0])])).toBe(first)
    expect(reported.unchanged('file:///b.md', a)).toBe(false)
    const moved = reported.resultId('file:///a.md', [diagnostic(3, 5)])
    expect(moved).not.toBe(first)
    expect(reported.unchanged('file:///a.md', a)).toBe(false)
    // Given to the client without a comparison (a push): a new id all the same.
    expect(reported.remember('file:///a.md', [diagnostic(3, 5)])).not.toBe(moved)
    reported.forget('file:///a.md')
    expect(reported.unchanged('file:///a.md', [diagnostic(3, 5)])).toBe(false)
  })
})
