import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {anchorPattern, longestAnchor} from '../dist/anchor-pattern.js'
import {escapeRegExp} from '../dist/normalize.js'

/** The flat alternation the tree stands for: every word, longest first. */
function flat(words: string[]): RegExp {
  return new RegExp([...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g')
}

const matches = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => `${m.index}:${m[0]}`)

describe('the anchor pattern', () => {
  it('matches what the flat alternation, longest words first, matches (random words and texts)', () => {
    // Few letters, so that words share beginnings, contain one another and overlap in the text.
    const word = fc.stringMatching(/^[abc.é]{1,6}$/)
    fc.assert(
      fc.property(fc.array(word, {minLength: 1, maxLength: 12}), fc.stringMatching(/^[abc.é x]{0,80}$/), (words, text) => {
        expect(matches(anchorPattern(words)!, text)).toEqual(matches(flat(words), text))
      }),
      {numRuns: 500}
    )
  })

  it('knows its longest word, and is null without words', () => {
    expect(longestAnchor(anchorPattern(['porn', 'pornography', 'sex'])!)).toBe(11)
    expect(anchorPattern([])).toBeNull()
    expect(anchorPattern([''])).toBeNull()
  })
})
