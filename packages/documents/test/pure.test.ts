import {describe, expect, it} from 'vitest'
import {formatNumber} from '../src/docx/numbering.js'
import {typedLabel} from '../src/docx/extract.js'
import {hyphenEvidence, joinWithoutHyphen} from '../src/pdf/dehyphenate.js'
import {itemsToLines, type PdfLine} from '../src/pdf/lines.js'
import {runningHeads} from '../src/pdf/running-heads.js'
import {blockAt, renderParagraphs} from '../src/render.js'
import {snippet} from '../src/snippet.js'

const item = (str: string, x: number, y: number, width: number, hasEOL = false) => ({str, transform: [10, 0, 0, 10, x, y], width, height: 10, hasEOL})
const line = (text: string, number: number): PdfLine => ({text, x: 72, y: 800 - number * 14, size: 10, number})

describe('renderParagraphs', () => {
  it('puts one paragraph per block and never lets a paragraph open a blank line', () => {
    const {text, starts} = renderParagraphs(['One', 'Two\n\nthree', '\nFour\n'])
    expect(text).toBe('One\n\nTwo\n three\n\n Four ')
    expect(starts).toEqual([0, 5, 17])
    expect([0, 4, 5, 16, 17, 22].map((offset) => blockAt(starts, offset))).toEqual([0, 0, 1, 1, 2, 2])
  })
})

describe('snippet', () => {
  it('cuts at word boundaries around the finding', () => {
    const text = 'In the first year of the programme the police seized child pornography on two servers and many phones.'
    expect(snippet(text, 53, 70, 20)).toBe('…the police seized child pornography on two servers and…')
    expect(snippet('child pornography', 0, 17)).toBe('child pornography')
  })
})

describe('numbering and typed labels', () => {
  it('formats Word list numbers', () => {
    expect([formatNumber(3, 'decimal'), formatNumber(2, 'lowerLetter'), formatNumber(28, 'lowerLetter'), formatNumber(4, 'upperRoman'), formatNumber(9, 'lowerRoman'), formatNumber(7, 'decimalZero')]).toEqual([
      '3',
      'b',
      'bb',
      'IV',
      'ix',
      '07'
    ])
  })

  it('takes a number typed at the start of a paragraph as its label', () => {
    expect(['(b) text', '3. text', '(iv) text', '§ 12 text', 'a) text', 'Plain text'].map(typedLabel)).toEqual(['(b)', '3.', '(iv)', '§ 12', 'a)', undefined])
  })
})

describe('PDF text', () => {
  it('groups items into lines by end-of-line marks and baselines, adding spaces at visible gaps', () => {
    const lines = itemsToLines([item('child', 72, 700, 25), item('pornography', 100, 700, 55, true), item('next', 72, 686, 20), item('line', 72, 672, 20)])
    expect(lines.map((l) => [l.text, l.number])).toEqual([
      ['child pornography', 1],
      ['next', 2],
      ['line', 3]
    ])
  })

  it('finds running heads and page numbers repeated on two thirds of the pages', () => {
    const pages = [1, 2, 3].map((n) => [line('Annual report', 1), line(['Our work', 'Our money', 'Our plans'][n - 1], 2), line(`${n}`, 3)])
    pages[2][0] = line('Something else', 1)
    const heads = runningHeads(pages)
    expect(pages.map((lines) => lines.map((l) => heads.has(l)))).toEqual([
      [true, false, true],
      [true, false, true],
      [false, false, true]
    ])
    expect(runningHeads([pages[0]]).size).toBe(0)
  })

  it('joins a word broken at a line end, and keeps compounds the document or the terms write with a hyphen', () => {
    const evidence = hyphenEvidence(['a well-known case', 'pornography', 'the child sex-offender register'])
    expect(joinWithoutHyphen('child por-', 'nography from', evidence)).toBe(true)
    expect(joinWithoutHyphen('it was well-', 'known', evidence)).toBe(false)
    expect(joinWithoutHyphen('the child sex-', 'offender', evidence)).toBe(false)
    expect(joinWithoutHyphen('many inter-', 'national bodies', hyphenEvidence([]))).toBe(true)
    expect(joinWithoutHyphen('the EU-', 'Canada deal', hyphenEvidence([]))).toBe(false)
    // A soft hyphen is only shown where a word was broken.
    expect(joinWithoutHyphen('soft\u00AD', 'Hyphen', hyphenEvidence([]))).toBe(true)
  })
})
