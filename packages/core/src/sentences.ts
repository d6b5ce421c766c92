import type {Nodes} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'
import {sortedIndexBy} from './sorted.js'

const english = new ParseEnglish()
const latin = new ParseLatin()

/**
 * Sentence ranges `[start, end)` of a piece of prose, from retext's parsers: English (which
 * knows English abbreviations) or Latin-script languages in general (French, Spanish).
 */
export function sentenceRanges(text: string, language = 'en'): Array<[number, number]> {
  const single = oneSentence(text)
  return single ? [single] : parsedSentenceRanges(text, language)
}

/** Sentence ranges from the parser itself. */
export function parsedSentenceRanges(text: string, language = 'en'): Array<[number, number]> {
  const parser = language === 'en' || language === 'mixed' || language === 'custom' ? english : latin
  const ranges: Array<[number, number]> = []
  const visit = (node: Nodes): void => {
    if (node.type === 'SentenceNode') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start !== undefined && end !== undefined) ranges.push([start, end])
      return
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(parser.parse(text))
  if (ranges.length === 0) ranges.push([0, text.length])
  return ranges
}

// What can end a sentence (or a paragraph) inside a piece of prose.
const sentenceBreak = /[.?!\u2026\u203D\r\n]/
const isSpace = (character: string) => character !== '\uFEFF' && /\s/.test(character)

/**
 * A piece of prose with nothing that can end a sentence before its closing punctuation is one
 * sentence, from its first to its last non-space character: the parser's answer, without the
 * parser (most prose that holds a term is a short paragraph like this).
 */
function oneSentence(text: string): [number, number] | undefined {
  // The closing run: spaces, sentence ends, closing quotes and brackets.
  let bodyEnd = text.length
  while (bodyEnd > 0 && (isSpace(text[bodyEnd - 1]) || `.?!\u2026\u203D"'\u201D\u2019)]`.includes(text[bodyEnd - 1]))) bodyEnd--
  if (sentenceBreak.test(text.slice(0, bodyEnd))) return undefined
  // White space as the parser knows it (which, unlike `trim`, keeps a byte order mark).
  let start = 0
  let end = text.length
  while (start < end && isSpace(text[start])) start++
  while (end > start && isSpace(text[end - 1])) end--
  return start < end ? [start, end] : undefined
}

/** Index of the sentence that contains `offset` (the first that ends after it; else the last). */
export function sentenceAt(ranges: Array<[number, number]>, offset: number): number {
  return Math.min(sortedIndexBy(ranges, offset + 1, rangeEnd), ranges.length - 1)
}

const rangeEnd = (range: [number, number]) => range[1]

/**
 * The part of a sentence that context analysis reads: all of it, unless it runs on for pages (a
 * text without full stops), where the words far from the term say nothing about it and reading
 * them for each term would make dense text quadratic.
 */
export const reach = 600

/** A segment longer than this is parsed only around its terms, when they leave most of it out. */
const wholeParseLimit = 20000
/** Characters parsed before a segment's first term and after its last; terms closer than twice this share a window. */
const windowReach = 4000

/**
 * The sentences around the terms of one segment. The parser costs about a microsecond per
 * character, and a plain-text bill or a Markdown file without blank lines is one segment of
 * megabytes: when its terms leave most of it out, only windows of text around them are parsed.
 * The parser decides where a sentence ends from the few words around each full stop, so the
 * sentences it finds thousands of characters inside a window are the ones it finds in the whole
 * segment, and the analysis reads no further than `reach` from a term (tested against parsing
 * the whole).
 */
export class SentenceFinder {
  private windows: Array<{from: number; to: number; ranges?: Array<[number, number]>}> = []

  /** `starts`: where the terms that will be asked about start. */
  constructor(
    private readonly text: string,
    private readonly language: string,
    starts: readonly number[]
  ) {
    const length = text.length
    let covered = 0
    if (length > wholeParseLimit) {
      for (const start of [...starts].sort((a, b) => a - b)) {
        const last = this.windows.at(-1)
        if (last && start - windowReach <= last.to) last.to = Math.min(length, start + windowReach)
        else this.windows.push({from: Math.max(0, start - windowReach), to: Math.min(length, start + windowReach)})
      }
      covered = this.windows.reduce((sum, window) => sum + window.to - window.from, 0)
    }
    if (length <= wholeParseLimit || covered > length / 2) this.windows = [{from: 0, to: length}]
  }

  /** The sentence of the term at [start, end), and from the sentence before it to the end of its own, each cut to `reach` around the term. */
  around(start: number, end: number): {sentence: [number, number]; withPrevious: [number, number]} {
    const window = this.windows[Math.min(sortedIndexBy(this.windows, start + 1, windowEnd), this.windows.length - 1)]
    window.ranges ??= sentenceRanges(this.text.slice(window.from, window.to), this.language).map(([a, b]): [number, number] => [a + window.from, b + window.from])
    const ranges = window.ranges
    const index = sentenceAt(ranges, start)
    const sentence = near(ranges[index], start, end)
    return {sentence, withPrevious: near([ranges[Math.max(0, index - 1)][0], sentence[1]], start, end)}
  }
}

const windowEnd = (window: {to: number}) => window.to

function near([from, to]: [number, number], start: number, end: number): [number, number] {
  return [Math.max(from, start - reach), Math.min(to, end + reach)]
}
