import {TextDocument} from 'vscode-languageserver-textdocument'
import {describe, expect, it} from 'vitest'
import {applyEdits, updateDocument} from '../src/text-edits.js'

// A seeded random editor: range changes (sometimes reversed, several per notification), now
// and then a whole-text change.
function* changeSets(text: string, count: number, seed: number) {
  let state = seed
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647
  const pieces = ['x', '', '\n', '\r\n', 'child pornography', '😀', 'two\nlines']
  let document = TextDocument.create('file:///a.md', 'markdown', 1, text)
  for (let i = 0; i < count; i++) {
    const changes = Array.from({length: 1 + Math.floor(random() * 3)}, () => {
      if (random() < 0.03) return {text: `whole ${i}\n`}
      // Lines the document has (an editor sends no others); characters past a line's end happen.
      const line = Math.floor(random() * document.lineCount)
      const start = {line, character: Math.floor(random() * 12)}
      const end = {line: Math.min(document.lineCount - 1, line + Math.floor(random() * 2)), character: Math.floor(random() * 12)}
      return {range: random() < 0.2 ? {start: end, end: start} : {start, end}, text: pieces[Math.floor(random() * pieces.length)]}
    })
    const before = document.getText()
    const expected = TextDocument.update(TextDocument.create('file:///a.md', 'markdown', i + 1, before), changes, i + 2).getText()
    yield {before, changes, expected, version: i + 2}
    document = TextDocument.create('file:///a.md', 'markdown', i + 2, expected)
  }
}

describe('edits sent to the lint worker', () => {
  it('replay to the same text the editor has, and say where it changed', () => {
    const original = 'First line.\nSecond line with child porn.\r\nThird.\n\nLast'
    let wholeTexts = 0
    for (const {before, changes, expected, version} of changeSets(original, 2000, 11)) {
      const {document, edits} = updateDocument(TextDocument.create('file:///a.md', 'markdown', version - 1, before), changes, version)
      expect(document.getText()).toBe(expected)
      expect(document.version).toBe(version)
      if (!edits) {
        wholeTexts++
        continue
      }
      const replayed = applyEdits(before, edits)!
      expect(replayed.text).toBe(expected)
      // Outside the changed range the new text is the old one.
      const {start, end} = replayed.changed
      expect(expected.slice(0, start)).toBe(before.slice(0, start))
      expect(expected.slice(end)).toBe(before.slice(before.length - (expected.length - end)))
    }
    expect(wholeTexts).toBeGreaterThan(0)
  })

  it('fall back to the whole text when a range lies past the end of the document', () => {
    const document = TextDocument.create('file:///a.md', 'markdown', 1, 'a\nb')
    const changes = [
      {range: {start: {line: 5, character: 1}, end: {line: 5, character: 2}}, text: 'x'},
      {range: {start: {line: 6, character: 0}, end: {line: 7, character: 0}}, text: 'y\nz'},
      {range: {start: {line: 5, character: 0}, end: {line: 6, character: 1}}, text: ''}
    ]
    const {document: updated, edits} = updateDocument(document, changes, 2)
    if (edits) expect(applyEdits('a\nb', edits)?.text).toBe(updated.getText())
    else expect(edits).toBeNull()
  })

  it('refuse edits that do not fit the text', () => {
    expect(applyEdits('abc', [{offset: 2, endOffset: 4, text: ''}])).toBeUndefined()
    expect(applyEdits('abc', [{offset: 2, endOffset: 1, text: ''}])).toBeUndefined()
    expect(applyEdits('abc', [{offset: -1, endOffset: 1, text: ''}])).toBeUndefined()
    expect(applyEdits('abc', [])).toEqual({text: 'abc', changed: {start: 3, end: 3}})
  })
})
