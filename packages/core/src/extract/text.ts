import {SegmentBuilder, defaultBlock, type Segment} from '../segment.js'
import {sortedIndex, sortedIndexBy} from '../sorted.js'

/** Plain text: one segment per paragraph (lines up to a blank line), long ones in parts. */
export function textSegments(text: string, wanted: (start: number, end: number) => boolean = () => true): Segment[] {
  const segments: Segment[] = []
  const blank = new RegExp(blankLine)
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

/** A blank line and the white space after it: where a paragraph of plain text ends. */
const blankLine = /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)\s*/g

/** The ranges a plain text is read in (`textParts`), and where its paragraphs start (each where a range starts). */
export interface TextLayout {
  ranges: Array<[number, number]>
  paragraphs: number[]
}

/** The ranges `textSegments` reads a text in (see `textLayout`). */
export function textParts(text: string): Array<[number, number]> {
  return textLayout(text).ranges
}

/**
 * The ranges `textSegments` reads a text in: paragraphs (runs of lines up to a blank line, the
 * blank lines going with the paragraph before), a long one in its parts. Each range read alone
 * gives the segments `textSegments` gives for it in the whole text.
 */
export function textLayout(text: string): TextLayout {
  const ranges: Array<[number, number]> = []
  const paragraphs = [0]
  const blank = new RegExp(blankLine)
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
    if (start < text.length) paragraphs.push(start)
  }
  if (start < text.length || ranges.length === 0) add(text.length, text.length)
  return {ranges, paragraphs}
}

/**
 * The layout of a plain text after an edit, from the layout before it: the paragraphs from the
 * last one that starts before the edit to the first one after it that starts where one started
 * before are read again, and the others stay where they were, moved by the edit. `prefix` and
 * `suffix`: how much of the text before and after the edit is as it was; `delta`: how much
 * longer the text is.
 */
export function editedTextLayout(old: TextLayout, text: string, prefix: number, suffix: number, delta: number): TextLayout {
  const editEnd = text.length - suffix
  // A paragraph that starts before the edit starts at a character the edit left alone, after a
  // blank line that ends there as before: reading from it gives what reading from the start does.
  const first = sortedIndex(old.paragraphs, prefix)
  const from = first > 0 ? old.paragraphs[first - 1] : 0
  const blank = new RegExp(blankLine)
  blank.lastIndex = from
  let to = text.length
  let found: RegExpExecArray | null
  while ((found = blank.exec(text))) {
    const end = found.index + found[0].length
    if (end <= editEnd || end >= text.length) continue
    const at = sortedIndex(old.paragraphs, end - delta)
    if (old.paragraphs[at] === end - delta) {
      to = end
      break
    }
  }
  const middle = textLayout(text.slice(from, to))
  const before = sortedIndexBy(old.ranges, from, rangeStart)
  const after = sortedIndexBy(old.ranges, to - delta, rangeStart)
  const ranges = old.ranges.slice(0, before)
  for (const [start, end] of middle.ranges) ranges.push([start + from, end + from])
  for (let i = after; to < text.length && i < old.ranges.length; i++) ranges.push([old.ranges[i][0] + delta, old.ranges[i][1] + delta])
  const paragraphs = old.paragraphs.slice(0, Math.max(0, first - 1))
  for (const start of middle.paragraphs) paragraphs.push(start + from)
  for (let i = sortedIndex(old.paragraphs, to - delta); to < text.length && i < old.paragraphs.length; i++) paragraphs.push(old.paragraphs[i] + delta)
  return {ranges, paragraphs}
}

const rangeStart = (range: [number, number]) => range[0]
