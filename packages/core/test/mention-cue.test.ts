import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {adjacentCue, endsWithCue, endsWithSeparator, listSeparator} from '../dist/mention-cue.js'

// The fast checks must answer as the end-anchored patterns do (for the cue, within its reach).
describe('mention cues at the end of the text before a term', () => {
  const pieces = [
    'the', 'term', 'terms', 'word', 'so-called', 'so', 'called', 'recalled', 'referred', 'to', 'as', 'known', 'also', 'e.g.', 'i.e.', 'instead', 'of', 'rather', 'than',
    'no', 'longer', 'say', 'don’t', "don't", 'use', 'avoid', 'replaced', 'le', 'mot', 'soi-disant', 'appelée', 'dit', 'el', 'término', 'llamados', 'conocido', 'como',
    'police', 'found', 'and', 'or', 'ou', 'y', 'o', ',', '/', '“', '"', '«', '(', ':', ' ', '  ', '\n', 'ſo', 'Kelvin', 'THE', 'Term', '_', 'x1', 'é'
  ]
  const text = fc.array(fc.constantFrom(...pieces), {maxLength: 30}).chain((words) => fc.constantFrom(words.join(' '), words.join('')))
  const anchored = new RegExp(adjacentCue.source, 'iu')

  it('endsWithCue is the anchored cue pattern on texts within its reach', () => {
    fc.assert(
      fc.property(text, (before) => {
        if (before.length <= 160) expect(endsWithCue(before)).toBe(anchored.test(before))
      }),
      {numRuns: 3000}
    )
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
