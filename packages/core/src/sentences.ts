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
