import type {LuxlintMessage} from '@luxlint/core'
import {toDiagnostics} from './diagnostics.js'
import {LineDocument} from './line-document.js'
import {toPlainMessage, type PlainMessage} from './lint-document.js'
import {applyMessageDiff} from './message-diff.js'
import {encodeMessage} from './publish-encoding.js'
import {updateDocument} from './text-edits.js'

/**
 * A small document the lint worker checks once when it starts, so compiling the terms and the
 * first run of each step are paid before the editor opens a document, not while a user waits.
 * It has a finding of each kind of context (use, quote, citation) in each language with terms.
 */
export const warmUpText = [
  '---',
  'title: Warm-up',
  '---',
  '',
  '# Child pornography in the news',
  '',
  'Police said the man shared child pornography and paid a child prostitute.',
  '',
  '- The report called it "kiddie porn".',
  '- See the Optional Protocol on the sale of children, child prostitution and child pornography.',
  '',
  '> The judge spoke of a 15-year-old prostitute.',
  '',
  'La police a saisi de la pédopornographie. La policía encontró pornografía infantil.',
  '',
  '```',
  'child porn in code is not prose',
  '```',
  ''
]
  .join('\n')
  .repeat(6)

/**
 * Keystrokes in a warm-up text: an `x` typed at a place and deleted again, at places spread
 * over the text, each with the length of the text after it.
 */
export function* warmUpEdits(text: string, count = 300): Generator<{edits: Array<{offset: number; endOffset: number; text: string}>; length: number}> {
  for (let i = 0; i < count; i++) {
    const at = (i * 7919) % text.length
    yield {edits: [{offset: at, endOffset: at, text: 'x'}], length: text.length + 1}
    yield {edits: [{offset: at, endOffset: at + 1, text: ''}], length: text.length}
  }
}

/**
 * The same keystrokes on the server's side: applied to a document and turned into edits, and the
 * findings they move turned into diagnostics and encoded for publishing. Until V8 had compiled
 * this path, the first two dozen edits of a session were most of its slowest.
 */
export function warmUpDocument(): void {
  const document = new LineDocument('untitled:warm-up', 'markdown', 1, warmUpText)
  let version = 1
  let messages = warmUpFindings()
  let count = 0
  for (const {edits} of warmUpEdits(warmUpText)) {
    const [{offset, endOffset, text}] = edits
    updateDocument(document, [{range: {start: document.positionAt(offset), end: document.positionAt(endOffset)}, text}], ++version)
    // Findings after the edit move with it (a typed x, then its removal).
    const delta = text.length - (endOffset - offset)
    const after = messages.findIndex((message) => message.offset >= offset)
    const tail = after === -1 ? 0 : messages.length - after
    messages = applyMessageDiff(messages, {keep: messages.length - tail, fresh: [], tail, delta}) ?? messages
    // Every 15th is published: 40 publishes compile that path; all 600 took a quarter of a second.
    if (++count % 15) continue
    const diagnostics = toDiagnostics(messages, document)
    Buffer.from(encodeMessage({jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: {uri: document.uri, version, diagnostics}}), 'utf-8')
  }
}

/** Findings of each shape the worker sends (with a fix, a citation, neither), at the warm-up text's terms. */
function warmUpFindings(): PlainMessage[] {
  const findings: PlainMessage[] = []
  const term = /child pornography|child prostitute|kiddie porn/gi
  for (const found of warmUpText.matchAll(term)) {
    const offset = found.index
    const endOffset = offset + found[0].length
    const kind = findings.length % 3
    findings.push(
      toPlainMessage({
        ruleId: 'warm-up',
        reason: 'Avoid “warm-up”: a finding of the server’s warm-up.',
        actual: found[0],
        expected: ['an alternative'],
        url: 'https://example.invalid/warm-up',
        status: 'avoid',
        confidence: 'confirmed',
        severity: 'warning',
        context: kind === 1 ? 'citation' : 'use',
        offset,
        endOffset,
        ...(kind === 1 ? {contextReason: 'title of a warm-up', citation: {id: 'warm-up', title: 'Warm-up', url: 'https://example.invalid/warm-up', year: 2000}} : {}),
        ...(kind === 2 ? {fix: {offset, endOffset, text: 'an alternative', safe: true}} : {})
      } as unknown as LuxlintMessage)
    )
  }
  return findings
}
