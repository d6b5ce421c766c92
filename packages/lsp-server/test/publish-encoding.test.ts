import {describe, expect, it} from 'vitest'
import {toDiagnostics} from '../src/diagnostics.js'
import type {PlainMessage} from '../src/lint-document.js'
import {applyMessageDiff} from '../src/message-diff.js'
import {encodeMessage} from '../src/publish-encoding.js'
import {lint} from '@luxlint/core'
import {toPlainMessage} from '../src/lint-document.js'
import {TextDocument} from 'vscode-languageserver-textdocument'

// A document with findings of every shape a diagnostic takes: a safe fix, alternatives, a
// citation (related information), a quotation, non-ASCII text and an emoji.
const text = [
  '# Child pornography “in the news” 😀',
  '',
  'Police said the man shared child pornography and paid a child prostitute.',
  '',
  '> The judge spoke of a 15-year-old prostitute.',
  '',
  'See the Optional Protocol on the sale of children, child prostitution and child pornography.',
  '',
  'La police a saisi de la pédopornographie.',
  ''
].join('\n')

const publish = (version: number, diagnostics: unknown[]) => ({jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: {uri: 'file:///tmp/é%20draft.md', version, diagnostics}})

describe('encoding publishDiagnostics from pieces kept per finding', () => {
  const messages = lint(text, {format: 'markdown'}).map(toPlainMessage)
  const document = TextDocument.create('file:///tmp/é%20draft.md', 'markdown', 3, text)

  it('gives the JSON value JSON.stringify gives, in ASCII alone from the second publish of the same findings', () => {
    expect(messages.some((m) => m.fix) && messages.some((m) => m.citation) && messages.some((m) => m.context !== 'use')).toBe(true)
    const first = publish(3, toDiagnostics(messages, document))
    expect(JSON.parse(encodeMessage(first))).toEqual(JSON.parse(JSON.stringify(first)))
    for (const version of [4, 5]) {
      const again = publish(version, toDiagnostics(messages, document))
      const encoded = encodeMessage(again)
      expect(JSON.parse(encoded)).toEqual(JSON.parse(JSON.stringify(again)))
      expect(encoded).toMatch(/^[\x00-\x7f]*$/)
    }
  })

  it('stays right when the same findings are published again, moved by an edit and in a new version', () => {
    encodeMessage(publish(3, toDiagnostics(messages, document)))
    // Every finding after the first moved by 5 characters (an edit before them), as the server does it.
    const moved = applyMessageDiff(messages, {keep: 1, fresh: [], tail: messages.length - 1, delta: 5}) as PlainMessage[]
    const edited = TextDocument.update(document, [{range: {start: document.positionAt(messages[1].offset - 1), end: document.positionAt(messages[1].offset - 1)}, text: 'xxxxx'}], 4)
    const again = publish(4, toDiagnostics(moved, edited))
    expect(JSON.parse(encodeMessage(again))).toEqual(JSON.parse(JSON.stringify(again)))
  })

  it('stays right for diagnostics of the same findings made with other options', () => {
    const options = [{relatedInformation: false, codeDescription: false}, {relatedInformation: true, codeDescription: false}, {relatedInformation: false, codeDescription: true}]
    for (const [i, option] of [...options, ...options].entries()) {
      const again = publish(10 + i, toDiagnostics(messages, document, option))
      expect(JSON.parse(encodeMessage(again))).toEqual(JSON.parse(JSON.stringify(again)))
    }
  })

  it('encodes other messages, and diagnostics it did not make, as JSON.stringify does', () => {
    const foreign = publish(1, [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 1}}, message: 'not ours “x”', data: {offset: 'one'}}])
    expect(JSON.parse(encodeMessage(foreign))).toEqual(foreign)
    const other = {jsonrpc: '2.0', id: 4, result: {items: toDiagnostics(messages, document)}}
    expect(encodeMessage(other)).toBe(JSON.stringify(other))
    const empty = publish(2, [])
    expect(JSON.parse(encodeMessage(empty))).toEqual(empty)
  })
})
