import {SegmentBuilder, defaultBlock, type Segment} from '../segment.js'

/** Plain text: one segment per paragraph (lines up to a blank line), long ones in parts. */
export function textSegments(text: string, wanted: (start: number, end: number) => boolean = () => true): Segment[] {
  const segments: Segment[] = []
  const blank = /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)\s*/g
  let start = 0
  const part = (from: number, to: number): void => {
    const slice = text.slice(from, to)
    if (slice.trim() && wanted(from, to)) {
      const builder = new SegmentBuilder(text, defaultBlock('text'))
      builder.text(slice, from, to)
      const segment = builder.build()
      if (segment) segments.push(segment)
    }
  }
  const flush = (end: number): void => {
    let from = start
    for (const cut of paragraphCuts(text, start, end)) {
      part(from, cut)
      from = cut
    }
    part(from, end)
  }
  let match: RegExpExecArray | null
  while ((match = blank.exec(text))) {
    flush(match.index)
    start = match.index + match[0].length
  }
  flush(text.length)
  return segments
}

/** A paragraph longer than this is read in parts (a plain-text bill or a PDF's text without blank lines). */
const longParagraph = 65536
/** The shortest part of a long paragraph. */
const partLength = 4096

/** A line that ends a sentence, with its line break. */
const sentenceLineEnd = /[.!?]["'”’)\]]*[ \t]*(?:\r\n|\r(?!\n)|\n)/g

/**
 * Where the paragraph `text[start, end)` is cut into parts, when it is longer than
 * `longParagraph`: at the start of a line after one that ends a sentence, at least `partLength`
 * after the last cut. Each part is analysed on its own, so a keystroke in a megabyte of prose
 * without blank lines re-reads a few thousand characters; a cut where a sentence and its line
 * end loses little context (the sentence before the part's first). A part has no cut of its own
 * when it is read alone: its first qualifying line end is where it ends.
 */
export function paragraphCuts(text: string, start: number, end: number): number[] {
  const cuts: number[] = []
  if (end - start <= longParagraph) return cuts
  let last = start
  sentenceLineEnd.lastIndex = start
  let found: RegExpExecArray | null
  while ((found = sentenceLineEnd.exec(text))) {
    const cut = found.index + found[0].length
    if (cut >= end) break
    if (cut - last >= partLength) {
      cuts.push(cut)
      last = cut
    }
  }
  return cuts
}

/**
 * The ranges `textSegments` reads a text in: paragraphs (runs of lines up to a blank line, the
 * blank lines going with the paragraph before), a long one in its parts. Each range read alone
 * gives the segments `textSegments` gives for it in the whole text.
 */
export function textParts(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  const blank = /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)\s*/g
  let start = 0
  const add = (end: number, to: number): void => {
    for (const cut of paragraphCuts(text, start, end)) {
      ranges.push([start, cut])
      start = cut
    }
    ranges.push([start, to])
  }
  let found: RegExpExecArray | null
  while ((found = blank.exec(text))) {
    add(found.index, found.index + found[0].length)
    start = found.index + found[0].length
  }
  if (start < text.length || ranges.length === 0) add(text.length, text.length)
  return ranges
}
