import {lint} from '@luxlint/core'
import {DiagnosticSeverity} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {describe, expect, it} from 'vitest'
import {checkFindings, diagnosticOptionsFor, findingAt, resolveFinding, toDiagnostic, toDiagnostics} from '../src/diagnostics.js'
import {toPlainMessage, type PlainMessage} from '../src/lint-document.js'
import {applyMessageDiff} from '../src/message-diff.js'

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
    // The finding stays on the server: the diagnostic names it by id.
    expect(diagnostic.data).toEqual({id: expect.any(Number)})
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
    }
    const checked = checkFindings(lint(text, {format: 'markdown'}).map(toPlainMessage), TextDocument.create(uri, 'markdown', 3, text))
    expect(findingAt(checked, 1)).toMatchObject({context: 'citation', citation: {id: 'opsc'}, version: 3})
    expect(findingAt(checked, 1).fix).toBeUndefined()
  })

  it('sends the rule page and the related information only to clients that show them', () => {
    const text = 'See the Optional Protocol on the sale of children, child prostitution and child pornography.'
    const document = TextDocument.create(uri, 'markdown', 1, text)
    const messages = lint(text, {format: 'markdown'}).map(toPlainMessage)
    const bare = toDiagnostics(messages, document, {relatedInformation: false, codeDescription: false})
    expect(bare.map((d) => [d.codeDescription, d.relatedInformation])).toEqual([[undefined, undefined], [undefined, undefined]])
    const related = toDiagnostics(messages, document, {relatedInformation: true, codeDescription: false})
    expect(related.every((d) => d.relatedInformation && !d.codeDescription)).toBe(true)
    // The same findings keep their ids whatever is sent with them.
    expect(bare.map((d) => d.data)).toEqual(related.map((d) => d.data))
  })
})

describe('client capabilities → what a diagnostic carries', () => {
  const vscode = {publishDiagnostics: {relatedInformation: true, tagSupport: {valueSet: [1, 2]}, versionSupport: true, codeDescriptionSupport: true, dataSupport: true}}

  it('follows publishDiagnostics, and sends neither member to a client that says nothing', () => {
    expect(diagnosticOptionsFor({textDocument: vscode}, false)).toEqual({relatedInformation: true, codeDescription: true})
    expect(diagnosticOptionsFor({textDocument: {publishDiagnostics: {relatedInformation: true}}}, false)).toEqual({relatedInformation: true, codeDescription: false})
    expect(diagnosticOptionsFor({}, false)).toEqual({relatedInformation: false, codeDescription: false})
  })

  it('lets a pull client say it in textDocument.diagnostic, member by member, else follows publishDiagnostics', () => {
    const pull = {...vscode, diagnostic: {relatedInformation: false}} as never
    expect(diagnosticOptionsFor({textDocument: pull}, true)).toEqual({relatedInformation: false, codeDescription: true})
    // Only a pull client's diagnostic capabilities count.
    expect(diagnosticOptionsFor({textDocument: pull}, false)).toEqual({relatedInformation: true, codeDescription: true})
    expect(diagnosticOptionsFor({textDocument: {diagnostic: {codeDescriptionSupport: true}} as never}, true)).toEqual({relatedInformation: false, codeDescription: true})
  })
})

describe('a client’s diagnostic → the server’s finding', () => {
  const text = 'Intro.\n\nThey seized child pornography.\n\nShe was called a child prostitute here.\n'
  const messages = (): PlainMessage[] => lint(text, {format: 'markdown'}).map(toPlainMessage)
  const document = (version: number, content = text) => TextDocument.create(uri, 'markdown', version, content)

  it('finds a finding by its id, and gives its data with the checked version', () => {
    const checked = checkFindings(messages(), document(1))
    const [first, second] = checked.diagnostics
    expect(first.data).not.toEqual(second.data)
    expect(resolveFinding(checked, first)).toMatchObject({ruleId: 'child-pornography', actual: 'child pornography', offset: 20, version: 1, fix: {text: 'child sexual abuse material'}})
    expect(resolveFinding(checked, second)).toMatchObject({ruleId: 'child-prostitute', actual: 'child prostitute', version: 1})
  })

  it('keeps the id of a finding moved by edits, so an older diagnostic still names it', () => {
    const before = messages()
    const old = checkFindings(before, document(1))
    // A line typed at the top: every finding moves by 16 characters (as the server moves them).
    const moved = applyMessageDiff(before, {keep: 0, fresh: [], tail: before.length, delta: 16})!
    const edited = checkFindings(moved, document(2, `New first line.\n${text}`))
    expect(edited.diagnostics.map((d) => d.data)).toEqual(old.diagnostics.map((d) => d.data))
    const finding = resolveFinding(edited, old.diagnostics[1])!
    expect(finding).toMatchObject({actual: 'child prostitute', offset: before[1].offset + 16, version: 2})
  })

  it('gives nothing for a finding that is gone, even with another at its place', () => {
    const old = checkFindings(messages(), document(1))
    const fixedText = text.replace('a child prostitute', 'a victim')
    const fixed = checkFindings(lint(fixedText, {format: 'markdown'}).map(toPlainMessage), document(2, fixedText))
    expect(fixed.diagnostics).toHaveLength(1)
    expect(resolveFinding(fixed, old.diagnostics[1])).toBeUndefined()
    // Linted afresh, the first finding is a new one too (a new id): the client's is stale.
    expect(resolveFinding(fixed, old.diagnostics[0])).toBeUndefined()
  })

  it('finds a diagnostic without our data by its rule and range', () => {
    const checked = checkFindings(messages(), document(1))
    const {data: _data, ...dropped} = checked.diagnostics[1]
    expect(resolveFinding(checked, dropped)).toMatchObject({actual: 'child prostitute'})
    expect(resolveFinding(checked, {...dropped, data: 'mangled'})).toMatchObject({actual: 'child prostitute'})
    expect(resolveFinding(checked, {...dropped, range: checked.diagnostics[0].range})).toBeUndefined()
    expect(resolveFinding(checked, {...dropped, code: 'child-pornography'})).toBeUndefined()
    expect(resolveFinding(checked, {...dropped, range: {...dropped.range, end: {line: 4, character: 20}}})).toBeUndefined()
  })

  it('ignores diagnostics that are not ours, ids of another rule, and documents not checked', () => {
    const checked = checkFindings(messages(), document(1))
    const [first, second] = checked.diagnostics
    expect(resolveFinding(checked, {...first, source: 'cspell'})).toBeUndefined()
    // An id the server gave another finding (a client that outlived a server restart).
    expect(resolveFinding(checked, {...second, data: first.data})).toBeUndefined()
    expect(resolveFinding(checked, {...first, data: {id: -5}})).toBeUndefined()
    expect(resolveFinding(undefined, first)).toBeUndefined()
  })
})
