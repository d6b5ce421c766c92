import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {compileTerms, lint, type LintOptions} from '@luxlint/core'
import {candidates, foldsApart} from '../dist/lint.js'

// The raw-text scan reads a document 64 K characters at a time, matching the anchors ignoring
// case, or, in a piece with a character the `i` flag folds otherwise than lower case (İ, the
// Kelvin sign K), in the piece lower-cased; either way it must find what one scan of the whole
// lower-cased document finds, wherever the cuts fall.
function wholeScan(text: string, options: LintOptions = {}): number[] {
  const anchors = new RegExp(compileTerms(options).anchors!.source, 'g')
  // İ reads as i, as the word matcher folds it. A match begins with the character before its
  // anchor (a space before the text): at index k of the text with a space before it, the anchor is at k.
  return [...(' ' + text.replaceAll('İ', 'i').toLowerCase()).matchAll(anchors)].map((m) => m.index!)
}

function pieceScan(text: string, options: LintOptions = {}): number[] {
  return candidates(text, compileTerms(options))?.(0, text.length) ?? []
}

const words = ['Pornography', 'CHILD', 'porn', 'PROSTİTUTE', 'sextortion', 'sex', 'client', 'prostitute', 'pedopornografía', 'PÉDOPHILE', 'Ṕorn', 'the', 'a', 'pédophile', '\u212aiddie', 'ßex', '']

describe('the anchor scan', () => {
  it('finds anchors that straddle a 64 K cut, overlap one another or run up to the end', () => {
    for (const at of [65530, 65533, 65535, 65536, 65537, 131070]) {
      for (const word of ['pornography', 'cyberpédopornographie', 'sexsex', 'porn porn']) {
        // Without, then with, a Kelvin sign at the start (the first piece is then lower-cased, the next not).
        for (const first of ['x', '\u212a']) {
          const text = first + 'x'.repeat(at - 2) + ' ' + word + ' tail'
          expect(pieceScan(text)).toEqual(wholeScan(text))
          expect(pieceScan(text)[0]).toBe(at)
          const end = first + 'y'.repeat(at - 2) + '\n' + word
          expect(pieceScan(end)).toEqual(wholeScan(end))
        }
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
    const text = '\u212a' + 'q'.repeat(65528) + ' supercalifragilisticexpialidocious and more'
    expect(pieceScan(text, options)).toEqual(wholeScan(text, options))
    expect(pieceScan(text, options)).toHaveLength(1)
  })

  it('goes on after an anchor at the start of the text, as one scan does', () => {
    // "é" is no letter of a-z: inside "ésex" it could stand before the anchor "sex".
    const options: LintOptions = {customTerms: [{id: 'odd-term', phrases: ['ésex'], status: 'avoid'}]}
    expect(pieceScan('ésex ésex', options)).toEqual(wholeScan('ésex ésex', options))
    expect(pieceScan('ésex ésex', options)).toEqual([0, 5])
  })

  it('reads a Kelvin sign as k, as the word matcher folds it', () => {
    expect(pieceScan('Police found \u212aIDDIE porn')).toEqual(wholeScan('Police found \u212aIDDIE porn'))
    expect(lint('Police found \u212aiddie porn on the laptop.').map((m) => m.ruleId)).toEqual(['child-pornography'])
  })

  it('scans the text in lower case for a custom term whose letters are not Latin-1', () => {
    const options: LintOptions = {customTerms: [{id: 'greek-term', phrases: ['σπίτι παιδιών'], status: 'avoid'}]}
    for (const text of ['ΣΠΊΤΙ ΠΑΙΔΙΏΝ', 'το σπίτι', 'ς σπίτι Σπίτι']) expect(pieceScan(text, options)).toEqual(wholeScan(text, options))
    expect(pieceScan('ΠΑΙΔΙΏΝ', options)).toEqual([0])
  })

  it('matches anchors of Latin-1 letters ignoring case exactly where they match in lower case, but for the characters it then lower-cases', () => {
    // Every character of the Basic Multilingual Plane, as a letter of an anchor and as the character before one.
    const letters = [...'abcdefghijklmnopqrstuvwxyz0123456789', ...Array.from({length: 0x100 - 0xdf}, (_, i) => String.fromCharCode(0xdf + i))]
    const caseless = letters.map((letter) => new RegExp(letter.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&'), 'i'))
    const apart: string[] = []
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code)
      const lower = char.toLowerCase()
      const differs = letters.some((letter, i) => caseless[i].test(char) !== (lower === letter)) || /[^a-z0-9]/i.test(char) !== !/^[a-z0-9]$/.test(lower)
      if (differs) apart.push(char)
    }
    // Each of them makes the scan lower-case the text; any other character is read alike either way.
    expect(apart.filter((char) => !foldsApart.test(char))).toEqual([])
    expect(apart).toContain('\u212a')
  })
})
