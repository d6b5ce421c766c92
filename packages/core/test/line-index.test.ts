import {describe, expect, it} from 'vitest'
import {LineIndex} from '@luxlint/core'

const pointsOf = (lines: LineIndex, length: number) => Array.from({length: length + 1}, (_, offset) => lines.point(offset))

describe('LineIndex.edited', () => {
  // It updates the index in place: the index of the old text is gone.
  it('gives the index a new LineIndex gives, after random edits with LF, CRLF and lone CR', () => {
    let state = 7
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647
    const pieces = ['\n', '\r\n', '\r', 'ab', '\n\n', 'x\ry', '', '😀\n']
    let text = 'one\ntwo\r\nthree\rfour\n'
    let lines = new LineIndex(text)
    for (let i = 0; i < 3000; i++) {
      const start = Math.floor(random() * (text.length + 1))
      const oldEnd = Math.min(text.length, start + Math.floor(random() * 4))
      const piece = pieces[Math.floor(random() * pieces.length)]
      text = text.slice(0, start) + piece + text.slice(oldEnd)
      lines = lines.edited(text, start, oldEnd, start + piece.length)
      const fresh = new LineIndex(text)
      expect(lines.lineCount).toBe(fresh.lineCount)
      expect(pointsOf(lines, text.length), JSON.stringify(text)).toEqual(pointsOf(fresh, text.length))
      // Keep the text short (a fresh index then): each edit is checked at every offset.
      if (text.length > 200) {
        text = text.slice(100)
        lines = new LineIndex(text)
      }
    }
  })

  it('takes an edit that adds tens of thousands of lines', () => {
    const before = 'a\nb\nc\n'
    const pasted = 'x\n'.repeat(30000)
    const text = before.slice(0, 2) + pasted + before.slice(2)
    const lines = new LineIndex(before).edited(text, 2, 2, 2 + pasted.length)
    expect(lines.lineCount).toBe(new LineIndex(text).lineCount)
    expect(lines.point(text.length - 2)).toEqual(new LineIndex(text).point(text.length - 2))
  })

  it('says whether an offset is on a line without searching', () => {
    const lines = new LineIndex('ab\ncd\n')
    expect(lines.pointOnLine(4, 2)).toEqual({line: 2, column: 2, offset: 4})
    expect(lines.pointOnLine(1, 2)).toBeUndefined()
    expect(lines.pointOnLine(6, 2)).toBeUndefined()
    expect(lines.pointOnLine(6, 3)).toEqual({line: 3, column: 1, offset: 6})
    expect(lines.lineStart(2)).toBe(3)
    expect(lines.lineStart(4)).toBeUndefined()
  })
})
