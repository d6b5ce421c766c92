import {allRules, lint} from '@luxlint/core'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {describe, expect, it} from 'vitest'
import {explain, rulesTable} from '../src/commands.js'
import {checkFindings} from '../src/diagnostics.js'
import {hoverAt} from '../src/hover.js'
import {toPlainMessage} from '../src/lint-document.js'

function diagnosticsOf(text: string) {
  const document = TextDocument.create('file:///d.md', 'markdown', 1, text)
  return checkFindings(lint(text, {format: 'markdown'}).map(toPlainMessage), document)
}

describe('hover and explanations', () => {
  it('explains a finding: alternatives, explanation, status, confidence, sources as links', () => {
    const diagnostics = diagnosticsOf('They seized child pornography.')
    const hover = hoverAt(diagnostics, {line: 0, character: 15})!
    expect(hover.range).toEqual(diagnostics.diagnostics[0].range)
    const value = (hover.contents as {kind: string; value: string}).value
    expect((hover.contents as {kind: string}).kind).toBe('markdown')
    expect(value).toMatch(/^\*\*luxlint\*\* · \[`child-pornography`\]\(https:\/\/\S+#child-pornography\)/)
    expect(value).toContain('**Write instead:** “child sexual abuse material” · “child sexual exploitation material”')
    expect(value).toContain('Pornography is associated with adults')
    expect(value).toContain('**Status:** avoid · **Confidence:** confirmed (a source attributes it to the Luxembourg Guidelines) · **Severity:** warning')
    expect(value).toContain('**Context:** your own words')
    expect(value).toMatch(/\*\*Sources:\*\*\n- \[[^\]]+\]\(https?:\/\/[^)]+\)/)
  })

  it('links the rule page also for a client that is not sent it in the diagnostic', () => {
    const text = 'They seized child pornography.'
    const checked = checkFindings(lint(text, {format: 'markdown'}).map(toPlainMessage), TextDocument.create('file:///d.md', 'markdown', 1, text), {relatedInformation: false, codeDescription: false})
    expect(checked.diagnostics[0].codeDescription).toBeUndefined()
    expect((hoverAt(checked, {line: 0, character: 15})!.contents as {value: string}).value).toMatch(/^\*\*luxlint\*\* · \[`child-pornography`\]\(https:\/\/\S+#child-pornography\)/)
  })

  it('says why a citation was allowed', () => {
    const diagnostics = diagnosticsOf('See the Optional Protocol on the sale of children, child prostitution and child pornography.')
    const value = (hoverAt(diagnostics, diagnostics.diagnostics[0].range.start)!.contents as {value: string}).value
    expect(value).toContain('**Context:** a citation — allowed or downgraded because it is title of the Optional Protocol on the sale of children (OPSC) (2000)')
    expect(value).toMatch(/\*\*Cited title:\*\* \[Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography\]\(https:\/\/[^)]+\) \(2000\)/)
  })

  it('marks an unconfirmed rule as advisory', () => {
    const diagnostics = diagnosticsOf('It was a case of sextortion.')
    const value = (hoverAt(diagnostics, diagnostics.diagnostics[0].range.start)!.contents as {value: string}).value
    expect(value).toContain('**Confidence:** unconfirmed (advisory: not confirmed as a Luxembourg Guidelines recommendation)')
  })

  it('has nothing to say away from findings', () => {
    const diagnostics = diagnosticsOf('They seized child pornography.')
    expect(hoverAt(diagnostics, {line: 0, character: 2})).toBeNull()
    expect(explain(diagnostics, {line: 0, character: 2})).toEqual({markdown: 'No luxlint finding at this position.'})
  })

  it('explains through the command with the same text as the hover', () => {
    const diagnostics = diagnosticsOf('They seized child pornography.')
    const hover = hoverAt(diagnostics, {line: 0, character: 20})!
    expect(explain(diagnostics, {line: 0, character: 20}).markdown).toBe((hover.contents as {value: string}).value)
  })

  it('lists every rule in a table with links', () => {
    const {markdown} = rulesTable(allRules())
    const rows = markdown.split('\n').filter((line) => line.startsWith('| [`'))
    expect(rows).toHaveLength(allRules().length)
    expect(markdown).toContain('| Rule | Catches | Write instead | Status | Confidence |')
    expect(rows.find((row) => row.includes('`child-pornography`'))).toMatch(/^\| \[`child-pornography`\]\(https:\/\/\S+#child-pornography\) \| .*child pornography.* \| child sexual abuse material · child sexual exploitation material \| avoid \| confirmed \|$/)
  })
})
