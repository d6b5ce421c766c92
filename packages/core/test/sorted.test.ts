import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {sortedIndex, sortedIndexBy} from '../dist/sorted.js'
import {sentenceAt} from '../dist/sentences.js'

// The binary searches replace linear scans: they must give the scans' answers.
describe('sorted searches', () => {
  const ascending = fc.array(fc.integer({min: 0, max: 200}), {maxLength: 40}).map((values) => values.sort((a, b) => a - b))

  it('sortedIndex and sortedIndexBy find the first value not below the one asked for', () => {
    fc.assert(
      fc.property(ascending, fc.integer({min: -5, max: 205}), (values, value) => {
        const linear = values.findIndex((v) => v >= value)
        const expected = linear === -1 ? values.length : linear
        expect(sortedIndex(values, value)).toBe(expected)
        expect(sortedIndexBy(values.map((v) => ({v})), value, (item) => item.v)).toBe(expected)
      })
    )
  })

  it('sentenceAt gives the first sentence that ends after the offset, else the last', () => {
    const sentences = fc
      .array(fc.tuple(fc.integer({min: 0, max: 5}), fc.integer({min: 1, max: 30})), {minLength: 1, maxLength: 20})
      .map((pairs) => {
        let at = 0
        return pairs.map(([gap, length]): [number, number] => [(at += gap), (at += length)])
      })
    fc.assert(
      fc.property(sentences, fc.integer({min: 0, max: 800}), (ranges, offset) => {
        const linear = ranges.findIndex((range) => offset < range[1])
        expect(sentenceAt(ranges, offset)).toBe(linear === -1 ? ranges.length - 1 : linear)
      })
    )
  })
})
