import type {Nodes} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'

const english = new ParseEnglish()
const latin = new ParseLatin()

/**
 * Sentence ranges `[start, end)` of a piece of prose, from retext's parsers: English (which
 * knows English abbreviations) or Latin-script languages in general (French, Spanish).
 */
export function sentenceRanges(text: string, language = 'en'): Array<[number, number]> {
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

/** Index of the sentence that contains `offset`. */
export function sentenceAt(ranges: Array<[number, number]>, offset: number): number {
  for (let i = 0; i < ranges.length; i++) if (offset < ranges[i][1]) return i
  return ranges.length - 1
}
