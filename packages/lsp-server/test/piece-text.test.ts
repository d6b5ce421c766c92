import {describe, expect, it} from 'vitest'
import {PieceText} from '../src/piece-text.js'
import {applyEdits, editText} from '../src/text-edits.js'

// A seeded random editor over a text of a few pieces: inserts (some longer than a piece),
// deletions across piece boundaries, and whole-text deletions.
function* editSets(length: number, count: number, seed: number) {
  let state = seed
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647
  const pieces = ['x', '', '\n', '\r\n', 'child pornography', '😀', 'y'.repeat(40000)]
  for (let i = 0; i < count; i++) {
    const edits = Array.from({length: 1 + Math.floor(random() * 3)}, () => {
      const offset = Math.floor(random() * (length + 1))
      const endOffset = random() < 0.02 ? length : Math.min(length, offset + Math.floor(random() * (random() < 0.2 ? 50000 : 20)))
      const text = pieces[Math.floor(random() * pieces.length)]
      length += text.length - (endOffset - offset)
      return {offset, endOffset, text}
    })
    yield edits
  }
}

describe('PieceText', () => {
  it('reads as the string the same edits give (400 random edit sets)', () => {
    let text = Array.from({length: 3000}, (_, i) => `Line ${i} of the draft: ${'é'.repeat(i % 17)}\n`).join('')
    let pieces = PieceText.of(text)
    let state = 9
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647
    for (const edits of editSets(text.length, 400, 3)) {
      const want = applyEdits(text, edits)!
      const got = editText(pieces, edits, (before, edit) => before.edited(edit))!
      expect(got.changed).toEqual(want.changed)
      text = want.text
      pieces = got.text
      expect(pieces.length).toBe(text.length)
      for (let i = 0; i < 5; i++) {
        const start = Math.floor(random() * (text.length + 1))
        const end = start + Math.floor(random() * 40000)
        expect(pieces.slice(start, end)).toBe(text.slice(start, end))
      }
    }
    expect(pieces.toString()).toBe(text)
  })

  it('leaves the text it was made from as it was', () => {
    const before = PieceText.of('a'.repeat(50000))
    const after = before.edited({offset: 16000, endOffset: 17000, text: 'b'})
    expect(before.toString()).toBe('a'.repeat(50000))
    expect(after.toString()).toBe('a'.repeat(16000) + 'b' + 'a'.repeat(33000))
  })

  it('is empty after deleting everything, and takes text again', () => {
    const empty = PieceText.of('some text').edited({offset: 0, endOffset: 9, text: ''})
    expect([empty.length, empty.slice(0, 5), empty.toString()]).toEqual([0, '', ''])
    expect(empty.edited({offset: 0, endOffset: 0, text: 'new'}).toString()).toBe('new')
  })

  it('refuses edits that do not fit the text, through editText', () => {
    const text = PieceText.of('short')
    expect(editText(text, [{offset: 3, endOffset: 9, text: ''}], (before, edit) => before.edited(edit))).toBeUndefined()
    expect(editText(text, [{offset: -1, endOffset: 2, text: ''}], (before, edit) => before.edited(edit))).toBeUndefined()
  })
})
