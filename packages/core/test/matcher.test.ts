import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {Trie, letterSpans, wordSpans} from '../dist/matcher.js'
import type {TermRecord} from '../dist/types.js'

const term = (id: string) => ({id, status: 'avoid', conditions: []}) as unknown as TermRecord

function found(trie: Trie, text: string): string[] {
  return trie.find(text).map((match) => `${match.term.id}:${text.slice(match.start, match.end)}`)
}

describe('wordSpans and letterSpans', () => {
  // Letters, marks and digits of every plane, a lone surrogate of each kind, and what separates words.
  const pieces = ['a', 'Z', '9', 'é', 'e\u0301', '\u0301', 'ß', 'İ', 'ǅ', '٣', '字', '𝐀', '𐐀', '𝟘', '😀', '\ud835', '\udc00', ' ', '-', '_', "'", '’', '\n', '.', '\u00a0', '\u200b']

  it.each([
    ['wordSpans', wordSpans, /[\p{L}\p{M}\p{N}]+/gu],
    ['letterSpans', letterSpans, /\p{L}+/gu]
  ] as const)('%s finds what its pattern finds, surrogate pairs and lone surrogates included', (_name, spans, pattern) => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 40}), (parts) => {
        const text = parts.join('')
        const starts: number[] = []
        const ends: number[] = []
        spans(text, starts, ends)
        expect(starts.map((start, i) => [start, ends[i]])).toEqual([...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]))
      }),
      {numRuns: 3000}
    )
  })
})

describe('Trie.find', () => {
  it('finds a form whose first word folds to it only once accents are dropped, whatever its length', () => {
    const trie = new Trie()
    trie.add('abcd efg', term('t'))
    // A decomposed accent: five characters that fold to the four of "abcd".
    expect(found(trie, 'x AB\u0301CD efg y')).toEqual(['t:AB\u0301CD efg'])
    expect(found(trie, 'ábcd EFG')).toEqual(['t:ábcd EFG'])
    // Same first two letters, another length: no form starts there.
    expect(found(trie, 'abcde efg abc efg')).toEqual([])
  })

  it('knows forms added after a search', () => {
    const trie = new Trie()
    trie.add('child porn', term('first'))
    expect(found(trie, 'kiddie porn, child porn')).toEqual(['first:child porn'])
    trie.add('kiddie porn', term('second'))
    expect(found(trie, 'kiddie porn, child porn')).toEqual(['second:kiddie porn', 'first:child porn'])
  })

  it('keeps the punctuation a form has between two words apart from spaces and hyphens', () => {
    const trie = new Trie()
    trie.add("d'enfants", term('apostrophe'))
    trie.add('d enfants', term('space'))
    expect(found(trie, "d’enfants, d enfants, d-enfants, d;enfants")).toEqual(["apostrophe:d’enfants", 'space:d enfants', 'space:d-enfants'])
  })
})
