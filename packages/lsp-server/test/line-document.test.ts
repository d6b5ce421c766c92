import {TextDocument} from 'vscode-languageserver-textdocument'
import {describe, expect, it} from 'vitest'
import {LineDocument} from '../src/line-document.js'

/** Every position and offset both documents give, and their texts and line counts. */
function expectSame(lines: LineDocument, edited: TextDocument) {
  // Positions from a document made from the text (the reference's own line index is updated by
  // each change too; the text is what is compared for the changes).
  const full = TextDocument.create(edited.uri, edited.languageId, edited.version, edited.getText())
  const text = full.getText()
  expect(lines.getText()).toBe(text)
  expect(lines.length).toBe(text.length)
  expect(lines.lineCount).toBe(full.lineCount)
  expect(lines.version).toBe(full.version)
  for (let offset = -1; offset <= text.length + 1; offset++) expect(lines.positionAt(offset), `offset ${offset}`).toEqual(full.positionAt(offset))
  for (let line = -1; line <= full.lineCount + 1; line++) {
    expect(lines.getLineRange(line)).toEqual(full.getLineRange(line))
    expect(lines.getEOLCharacters(line)).toBe(full.getEOLCharacters(line))
    for (let character = -1; character < 8; character++) expect(lines.offsetAt({line, character}), `${line}:${character}`).toBe(full.offsetAt({line, character}))
  }
}

describe('a document kept as lines', () => {
  it('gives the texts, positions and offsets TextDocument gives after random changes', () => {
    let state = 3
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647
    const pieces = ['x', '', '\n', '\r', '\r\n', '\n\r', 'ab\ncd', '😀', '\r\n\r\n', 'tail\r']
    const initial = 'one\ntwo\r\nthree\rfour\n\nsix'
    let full = TextDocument.create('file:///a.md', 'markdown', 1, initial)
    const lines = new LineDocument('file:///a.md', 'markdown', 1, initial)
    expectSame(lines, full)
    for (let version = 2; version < 600; version++) {
      const changes = Array.from({length: 1 + Math.floor(random() * 3)}, () => {
        if (random() < 0.02) return {text: pieces[Math.floor(random() * pieces.length)].repeat(3)}
        // Lines the document has (an editor sends no others); characters past a line's end happen.
        const line = () => Math.min(full.lineCount - 1, Math.floor(random() * full.lineCount))
        const start = {line: line(), character: Math.floor(random() * 8)}
        const end = {line: line(), character: Math.floor(random() * 8)}
        return {range: {start, end}, text: pieces[Math.floor(random() * pieces.length)]}
      })
      // The reference applies each change to a document made afresh: TextDocument's own line
      // index goes wrong after some changes that cross CR/LF pairs.
      for (const change of changes) full = TextDocument.create(full.uri, full.languageId, version, TextDocument.update(full, [change], version).getText())
      lines.update(changes, version)
      expectSame(lines, full)
      const a = {line: Math.floor(random() * full.lineCount), character: Math.floor(random() * 6)}
      const b = {line: Math.floor(random() * full.lineCount), character: Math.floor(random() * 6)}
      const reference = TextDocument.create(full.uri, full.languageId, version, full.getText())
      expect(lines.getText({start: a, end: b}), JSON.stringify({a, b, text: full.getText()})).toBe(reference.getText({start: a, end: b}))
      // Keep it short, so every offset is checked each time.
      if (full.getText().length > 300) {
        const shorter = {text: full.getText().slice(0, 100)}
        full = TextDocument.create(full.uri, full.languageId, version, shorter.text)
        lines.update([shorter], version)
      }
    }
  })

  it('joins the text only when asked for it, and takes a paste of many lines', () => {
    const document = new LineDocument('file:///a.md', 'markdown', 1, 'a\nb\n')
    document.update([{range: {start: {line: 1, character: 0}, end: {line: 1, character: 0}}, text: 'x\n'.repeat(20000)}], 2)
    expect(document.lineCount).toBe(20003)
    expect(document.length).toBe(4 + 40000)
    expect(document.positionAt(document.length - 2)).toEqual({line: 20001, character: 0})
    expect(document.getText().endsWith('x\nb\n')).toBe(true)
  })
})
