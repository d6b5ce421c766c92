import {describe, expect, it} from 'vitest'
import {redact} from '../src/redact'

describe('redact', () => {
  it('hides document text in a didOpen trace', () => {
    const trace = JSON.stringify({textDocument: {uri: 'file:///drafts/ashford.md', languageId: 'markdown', version: 1, text: 'Police seized child pornography.\n"Quoted" \\ text'}}, null, 4)
    const out = redact(trace)
    expect(out).not.toContain('Police')
    expect(out).toContain('"text": "[redacted]"')
    expect(out).toContain('file:///drafts/ashford.md')
    expect(JSON.parse(out).textDocument.text).toBe('[redacted]')
  })

  it('hides matched text and messages in diagnostics, keeps rule ids and positions', () => {
    const diagnostic = {range: {start: {line: 2, character: 14}}, code: 'child-pornography', message: 'Avoid “child pornography”', data: {actual: 'child pornography', ruleId: 'child-pornography'}}
    const out = JSON.parse(redact(JSON.stringify(diagnostic)))
    expect(out).toEqual({range: {start: {line: 2, character: 14}}, code: 'child-pornography', message: '[redacted]', data: {actual: '[redacted]', ruleId: 'child-pornography'}})
  })

  it('hides quoted phrases in plain log lines', () => {
    expect(redact('Allow “child porn” in this workspace')).toBe('Allow “[redacted]” in this workspace')
  })

  it('leaves lines without document text alone', () => {
    const line = "[Trace - 16:33:20] Sending request 'textDocument/codeAction - (12)'."
    expect(redact(line)).toBe(line)
  })
})
