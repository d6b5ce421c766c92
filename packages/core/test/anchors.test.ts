import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {compileTerms, lint, type LintOptions} from '@luxlint/core'
import {candidates} from '../dist/lint.js'

// The raw-text scan lower-cases a document 64 K characters at a time; it must find what one scan
// of the whole lower-cased document finds, wherever the cuts fall.
function wholeScan(text: string, options: LintOptions = {}): number[] {
  const anchors = new RegExp(compileTerms(options).anchors!.source, 'g')
  // İ reads as i, as the word matcher folds it. A match begins with the character before its
  // anchor (a space before the text): at index k of the text with a space before it, the anchor is at k.
  return [...(' ' + text.replaceAll('İ', 'i').toLowerCase()).matchAll(anchors)].map((m) => m.index!)
}

function pieceScan(text: string, options: LintOptions = {}): number[] {
  return candidates(text, compileTerms(options))?.(0, text.length) ?? []
}

const words = ['Pornography', 'CHILD', 'porn', 'PROSTİTUTE', 'sextortion', 'sex', 'client', 'prostitute', 'pedopornografía', 'the', 'a', 'pédophile', '']

describe('the anchor scan', () => {
  it('finds anchors that straddle a 64 K cut, overlap one another or run up to the end', () => {
    for (const at of [65530, 65533, 65535, 65536, 65537, 131070]) {
      for (const word of ['pornography', 'cyberpédopornographie', 'sexsex', 'porn porn']) {
        const text = 'x'.repeat(at - 1) + ' ' + word + ' tail'
        expect(pieceScan(text)).toEqual(wholeScan(text))
        expect(pieceScan(text)[0]).toBe(at)
        const end = 'y'.repeat(at - 1) + '\n' + word
        expect(pieceScan(end)).toEqual(wholeScan(end))
      }
    }
  })

  it('equals a whole-text scan on 200 random long texts', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), fc.integer({min: 0, max: 40000}), fc.constantFrom(' ', '', '\n', '-')), {maxLength: 24}), (parts) => {
        const text = parts.map(([word, pad, sep]) => 'z'.repeat(pad) + sep + word).join('')
        expect(pieceScan(text)).toEqual(wholeScan(text))
      }),
      {numRuns: 200}
    )
  })

  it('counts an anchor only where a word can start', () => {
    // After a letter or digit of a-z and 0-9 (any case) it is inside a word, which no term matches.
    expect(pieceScan('Essex, unisex, 3sex, xPorn')).toEqual([])
    // After anything else, it may start a word: the scan may say yes where the matcher says no, never the reverse.
    const text = 'sex; _sex éporn (porn) -porn\nPorn'
    expect(pieceScan(text)).toEqual([0, 6, 11, 17, 24, 29])
    expect(pieceScan(text)).toEqual(wholeScan(text))
  })

  it('reads İ (which lower-cases to two characters) as i, in its piece only', () => {
    const text = 'İ'.repeat(70000) + ' child pornography ' + 'İstanbul porn PROSTİTUTİON'
    expect(pieceScan(text)).toEqual(wholeScan(text))
    expect(pieceScan(text)).toHaveLength(3)
  })

  it('finds a term spelled with İ, as the word matcher does', () => {
    expect(lint('Police said CHİLD PROSTİTUTİON was rising.').map((m) => m.ruleId)).toEqual(['child-prostitution'])
  })

  it('reaches as far as the longest anchor, custom terms included', () => {
    const options: LintOptions = {customTerms: [{id: 'odd-term', phrases: ['the supercalifragilisticexpialidocious ring'], status: 'avoid'}]}
    const text = 'q'.repeat(65530) + 'supercalifragilisticexpialidocious and more'
    expect(pieceScan(text, options)).toEqual(wholeScan(text, options))
  })
})
