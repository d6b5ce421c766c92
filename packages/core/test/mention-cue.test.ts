import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {adjacentCue, endsWithCue, endsWithSeparator, foldCase, lastCueEnd, listSeparator, mentionCue} from '../dist/mention-cue.js'

// The fast checks must answer as the end-anchored patterns do (for the cue, within its reach).
describe('mention cues at the end of the text before a term', () => {
  const pieces = [
    'the', 'term', 'terms', 'word', 'so-called', 'so', 'called', 'recalled', 'referred', 'to', 'as', 'known', 'also', 'e.g.', 'i.e.', 'instead', 'of', 'rather', 'than',
    'no', 'longer', 'say', 'don’t', "don't", 'use', 'avoid', 'replaced', 'le', 'mot', 'soi-disant', 'appelée', 'dit', 'el', 'término', 'llamados', 'conocido', 'como',
    'police', 'found', 'and', 'or', 'ou', 'y', 'o', ',', '/', '“', '"', '«', '(', ':', ' ', '  ', '\n', 'ſo', 'Kelvin', 'THE', 'Term', '_', 'x1', 'é',
    'THİS', 'İ.E.', 'DİT', 'ſuch', 'ÉL', 'TÉRMINO', 'CALLED', 'ı'
  ]
  const text = fc.array(fc.constantFrom(...pieces), {maxLength: 30}).chain((words) => fc.constantFrom(words.join(' '), words.join('')))
  // The patterns as they were written first: ignoring case the Unicode way.
  const anchored = new RegExp(adjacentCue.source, 'iu')
  const everyCue = new RegExp(mentionCue.source, 'giu')

  it('endsWithCue is the anchored cue pattern on texts within its reach', () => {
    fc.assert(
      fc.property(text, (before) => {
        if (before.length <= 160) expect(endsWithCue(before)).toBe(anchored.test(before))
      }),
      {numRuns: 3000}
    )
  })

  it('lastCueEnd is where the last cue ends, as the Unicode case-insensitive pattern finds it', () => {
    fc.assert(
      fc.property(text, (before) => {
        const ends = [...before.matchAll(everyCue)].map((m) => m.index + m[0].length)
        expect(lastCueEnd(before)).toBe(ends.at(-1) ?? -1)
      }),
      {numRuns: 2000}
    )
  })

  // The cue patterns have no `i` flag: they read text through foldCase.
  it('foldCase keeps the length, and each character matches the letters it matched ignoring case', () => {
    const letters = [...new Set(mentionCue.source.replace(/\\p\{\w+\}|\\[a-zA-Z]/g, '').match(/\p{L}/gu))]
    const expected = new Map(letters.map((letter) => [letter, new RegExp(`^${letter}$`, 'iu')]))
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const character = String.fromCharCode(code)
      const folded = foldCase(character)
      expect(folded.length).toBe(1)
      for (const [letter, pattern] of expected) if ((folded === letter) !== pattern.test(character)) expect([character, letter, folded]).toBe('the same match')
      // Word characters (`\b`) are the same too.
      if (/\w/u.test(folded) !== /\w/iu.test(character)) expect([character, folded]).toBe('the same word character')
    }
  })

  it('endsWithCue finds a cue at the end of a long text', () => {
    const long = 'the committee met and heard the staff '.repeat(20)
    expect(endsWithCue(`${long}the so-called “`)).toBe(true)
    expect(endsWithCue(`${long}what the report calls the term `)).toBe(true)
    expect(endsWithCue(`the term ${long}`)).toBe(false)
  })

  it('endsWithSeparator is the list separator pattern', () => {
    fc.assert(
      fc.property(text, fc.string(), (before, prefix) => {
        expect(endsWithSeparator(prefix + before)).toBe(listSeparator.test(prefix + before))
      }),
      {numRuns: 3000}
    )
  })
})
