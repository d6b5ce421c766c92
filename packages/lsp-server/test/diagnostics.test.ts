import {lint} from '@luxlint/core'
import {DiagnosticSeverity} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {describe, expect, it} from 'vitest'
import {findingOf, toDiagnostic, toDiagnostics} from '../src/diagnostics.js'

const uri = 'file:///drafts/report.md'

function diagnosticsOf(text: string, options = {}) {
  const document = TextDocument.create(uri, 'markdown', 3, text)
  return toDiagnostics(lint(text, {format: 'markdown', ...options}), document)
}

describe('message → diagnostic', () => {
  it('maps a finding in the writer’s own words', () => {
    const [diagnostic] = diagnosticsOf('They seized child pornography.')
    expect(diagnostic).toMatchObject({
      range: {start: {line: 0, character: 12}, end: {line: 0, character: 29}},
      severity: DiagnosticSeverity.Warning,
      code: 'child-pornography',
      codeDescription: {href: expect.stringMatching(/docs\/rules\.md#child-pornography$/)},
      source: 'luxlint',
      message: expect.stringMatching(/^Avoid “child pornography”/)
    })
    expect(diagnostic.tags).toBeUndefined()
    expect(diagnostic.relatedInformation).toBeUndefined()
    expect(diagnostic.data).toMatchObject({
      ruleId: 'child-pornography',
      actual: 'child pornography',
      expected: ['child sexual abuse material', 'child sexual exploitation material'],
      fix: {offset: 12, endOffset: 29, text: 'child sexual abuse material', safe: true},
      context: 'use',
      offset: 12,
      endOffset: 29,
      version: 3
    })
  })

  it('maps each core severity to the LSP severity', () => {
    const message = lint('They seized child pornography.', {format: 'text'})[0]
    const document = TextDocument.create(uri, 'plaintext', 1, 'They seized child pornography.')
    const cases = [
      ['error', DiagnosticSeverity.Error],
      ['warning', DiagnosticSeverity.Warning],
      ['suggestion', DiagnosticSeverity.Information],
      ['info', DiagnosticSeverity.Hint]
    ] as const
    for (const [severity, expected] of cases) {
      expect(toDiagnostic(Object.assign(Object.create(message), {severity}), document).severity).toBe(expected)
    }
  })

  it('uses the profile and rule overrides core decided', () => {
    const [diagnostic] = diagnosticsOf('They seized child pornography.', {rules: {'child-pornography': 'error'}})
    expect(diagnostic.severity).toBe(DiagnosticSeverity.Error)
  })

  it('points a citation’s related information at the cited title in the document', () => {
    const text = 'See the Optional Protocol on the sale of children, child prostitution and child pornography.'
    const diagnostics = diagnosticsOf(text)
    expect(diagnostics).toHaveLength(2)
    for (const diagnostic of diagnostics) {
      expect(diagnostic.severity).toBe(DiagnosticSeverity.Hint)
      expect(diagnostic.relatedInformation).toEqual([
        {location: {uri, range: diagnostic.range}, message: expect.stringMatching(/^Allowed: title of the Optional Protocol/)}
      ])
      expect(findingOf(diagnostic)).toMatchObject({context: 'citation', citation: {id: 'opsc'}})
      expect(findingOf(diagnostic)!.fix).toBeUndefined()
    }
  })

  it('reads back only well-formed luxlint data', () => {
    const [diagnostic] = diagnosticsOf('They seized child pornography.')
    expect(findingOf(diagnostic)?.ruleId).toBe('child-pornography')
    expect(findingOf({...diagnostic, source: 'cspell'})).toBeUndefined()
    expect(findingOf({...diagnostic, data: {ruleId: 'x'}})).toBeUndefined()
    expect(findingOf({...diagnostic, data: 'garbage'})).toBeUndefined()
  })

  it('sends the reason and the rule page once, and reads them back from the diagnostic', () => {
    const [diagnostic] = diagnosticsOf('They seized child pornography.')
    expect(diagnostic.data).not.toHaveProperty('reason')
    expect(diagnostic.data).not.toHaveProperty('url')
    const finding = findingOf(diagnostic)!
    expect(finding.reason).toBe(diagnostic.message)
    expect(finding.url).toBe(diagnostic.codeDescription!.href)
    expect(finding.url).toMatch(/#child-pornography$/)
  })
})
