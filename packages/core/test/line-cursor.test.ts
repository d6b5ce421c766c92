import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {LineIndex} from '@luxlint/core'
import {LineCursor} from '../dist/line-cursor.js'

// Findings are placed with a cursor that counts line breaks as it goes; it must agree with the
// index of every line for any text and any offsets, in order or not.
describe('LineCursor', () => {
  const text = fc.array(fc.constantFrom('a', 'é', ' ', '\n', '\r', '\r\n', 'xyz'), {maxLength: 60}).map((parts) => parts.join(''))

  it('gives the points LineIndex gives for offsets in increasing order', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(70), {maxLength: 20}), (value, offsets) => {
        const cursor = new LineCursor(value)
        const index = new LineIndex(value)
        for (const offset of offsets.sort((a, b) => a - b)) expect(cursor.point(offset)).toEqual(index.point(offset))
      }),
      {numRuns: 2000}
    )
  })

  it('starts again when asked for an earlier offset', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(70), {maxLength: 20}), (value, offsets) => {
        const cursor = new LineCursor(value)
        const index = new LineIndex(value)
        for (const offset of offsets) expect(cursor.point(offset)).toEqual(index.point(offset))
      }),
      {numRuns: 1000}
    )
  })

  it('counts LF, CRLF and lone CR line endings', () => {
    const cursor = new LineCursor('a\nb\r\nc\rd')
    expect([0, 2, 3, 5, 7].map((offset) => cursor.point(offset))).toEqual([
      {line: 1, column: 1, offset: 0},
      {line: 2, column: 1, offset: 2},
      {line: 2, column: 2, offset: 3},
      {line: 3, column: 1, offset: 5},
      {line: 4, column: 1, offset: 7}
    ])
  })
})
