import {SegmentBuilder, defaultBlock, type Segment} from '../segment.js'
import {sortedIndex, sortedIndexBy} from '../sorted.js'
import {wholeText, type TextSource} from '../text-source.js'

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
  return end - start <= longParagraph ? [] : addCuts(text, start, end, [])
}

/** How much of a long paragraph `addCuts` reads at first. */
const cutsSpan = 16384

/**
 * The cuts of a paragraph that ends at `end` after `last` (its start or a cut), as
 * `paragraphCuts` makes them, added to `cuts`. `settled(cut)` may end the scan at a cut, when the
 * caller knows the rest. The text is read from the last cut on, a few parts at a time.
 */
function addCuts(text: string | TextSource, last: number, end: number, cuts: number[], settled: (cut: number) => boolean = () => false): number[] {
  for (let span = cutsSpan; ; span *= 4) {
    // From the last cut (where a scan of the whole paragraph would go on as well), up to `limit`;
    // a little more is read so that a line break at the limit is whole.
    const base = last
    const limit = Math.min(end, base + span)
    const window = text.slice(base, Math.min(text.length, limit + 2))
    sentenceLineEnd.lastIndex = 0
    let found: RegExpExecArray | null
    while ((found = sentenceLineEnd.exec(window))) {
      const cut = base + found.index + found[0].length
      if (cut >= end) return cuts
      if (cut > limit) break
      if (cut - last < partLength) continue
      if (settled(cut)) return cuts
      cuts.push(cut)
      last = cut
    }
    if (limit >= end) return cuts
  }
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
 * longer the text is. A text kept in pieces is read only around the edit, unless the edit made
 * or removed a blank line.
 */
export function editedTextLayout(old: TextLayout, text: string | TextSource, prefix: number, suffix: number, delta: number): TextLayout {
  const editEnd = text.length - suffix
  // A paragraph that starts before the edit starts at a character the edit left alone, after a
  // blank line that ends there as before: reading from it gives what reading from the start does.
  const first = sortedIndex(old.paragraphs, prefix)
  const from = first > 0 ? old.paragraphs[first - 1] : 0
  const {to, inner} = editedParagraphsEnd(old, text, from, prefix, editEnd, delta)
  const before = sortedIndexBy(old.ranges, from, rangeStart)
  const after = sortedIndexBy(old.ranges, to - delta, rangeStart)
  const ranges = old.ranges.slice(0, before)
  const paragraphs = old.paragraphs.slice(0, Math.max(0, first - 1))
  // One paragraph (no blank line came or went): a long one keeps its cuts before the edit, and
  // those after it from where a cut falls as one fell before (see `editedCuts`).
  if (!inner) {
    const cuts = editedCuts(old, text, from, to, prefix, editEnd, delta, before, after)
    let start = from
    for (const cut of cuts) {
      ranges.push([start, cut])
      start = cut
    }
    ranges.push([start, to])
    paragraphs.push(from)
  } else {
    const middle = textLayout(text.slice(from, to))
    for (const [start, end] of middle.ranges) ranges.push([start + from, end + from])
    for (const start of middle.paragraphs) paragraphs.push(start + from)
  }
  for (let i = after; to < text.length && i < old.ranges.length; i++) ranges.push([old.ranges[i][0] + delta, old.ranges[i][1] + delta])
  for (let i = sortedIndex(old.paragraphs, to - delta); to < text.length && i < old.paragraphs.length; i++) paragraphs.push(old.paragraphs[i] + delta)
  return {ranges, paragraphs}
}

/** A character that is not white space. */
const nonSpace = /\S/

/** Where the run of white space that ends at `at` starts, but not before `from`. */
function spaceBefore(text: string | TextSource, at: number, from: number): number {
  for (let span = 256; ; span *= 4) {
    const start = Math.max(from, at - span)
    const window = text.slice(start, at)
    let i = window.length
    while (i > 0 && !nonSpace.test(window[i - 1])) i--
    if (i > 0 || start === from) return start + i
  }
}

/** Where the run of white space that starts at `at` ends. */
function spaceAfter(text: string | TextSource, at: number): number {
  for (let span = 256; ; span *= 4) {
    const end = Math.min(text.length, at + span)
    const window = text.slice(at, end)
    let i = 0
    while (i < window.length && !nonSpace.test(window[i])) i++
    if (i < window.length || end === text.length) return at + i
  }
}

/**
 * Where the paragraphs read again after an edit end: at the end of the first blank line after the
 * edit that ends where one ended before (or at the end of the text); and whether a blank line
 * ends between `from` and there (else it is one paragraph). A blank line is white space only, so
 * one that holds edited text lies between the last other character before the edit and the
 * first after it; past that, the text and its blank lines are as before, moved by the edit. Only
 * that stretch is scanned, not the whole of a long paragraph.
 */
function editedParagraphsEnd(old: TextLayout, text: string | TextSource, from: number, prefix: number, editEnd: number, delta: number): {to: number; inner: boolean} {
  const wasStart = (end: number): boolean => old.paragraphs[sortedIndex(old.paragraphs, end - delta)] === end - delta
  const start = spaceBefore(text, prefix, from)
  const stop = spaceAfter(text, editEnd)
  const blank = new RegExp(blankLine)
  const near = text.slice(start, Math.min(text.length, stop + 1))
  let inner = false
  let found: RegExpExecArray | null
  while ((found = blank.exec(near))) {
    const end = start + found.index + found[0].length
    if (end <= editEnd || end >= text.length) {
      inner ||= end < text.length
      continue
    }
    if (wasStart(end)) return {to: end, inner}
    // A blank line the edit made: read on as a scan of the whole text would.
    const whole = wholeText(text)
    const rest = new RegExp(blankLine)
    rest.lastIndex = end
    while ((found = rest.exec(whole))) {
      const next = found.index + found[0].length
      if (next < whole.length && wasStart(next)) return {to: next, inner: true}
    }
    return {to: text.length, inner: true}
  }
  // Past `stop`, the first blank line is the first one of the old text after it, moved.
  const next = old.paragraphs[sortedIndex(old.paragraphs, stop - delta + 1)]
  return next === undefined || next + delta >= text.length ? {to: text.length, inner} : {to: next + delta, inner}
}

/**
 * The cuts of the one paragraph `[from, to)` after an edit inside it, from the ranges before the
 * edit (`old.ranges[before, after)`). Each cut follows from the one before it, the text after
 * that and where the paragraph ends (see `paragraphCuts`). So the cuts up to the edit stay, and
 * from the first cut after the edit that falls where a range started before, the old ones
 * follow, moved (when the edit joined two paragraphs, the second one's).
 */
function editedCuts(old: TextLayout, text: string | TextSource, from: number, to: number, prefix: number, editEnd: number, delta: number, before: number, after: number): number[] {
  const end = paragraphEnd(text, from, to)
  if (end - from <= longParagraph) return []
  const cuts: number[] = []
  let i = before + 1
  for (; i < after && old.ranges[i][0] <= prefix; i++) cuts.push(old.ranges[i][0])
  return addCuts(text, cuts.length ? cuts[cuts.length - 1] : from, end, cuts, (cut) => {
    if (cut < editEnd) return false
    while (i < after && old.ranges[i][0] < cut - delta) i++
    if (i === after || old.ranges[i][0] !== cut - delta) return false
    for (; i < after; i++) cuts.push(old.ranges[i][0] + delta)
    return true
  })
}

/** Where the text of the paragraph `[from, to)` ends: before the blank line that ends the range, if any. */
function paragraphEnd(text: string | TextSource, from: number, to: number): number {
  const at = spaceBefore(text, to, from)
  const found = new RegExp(blankLine).exec(text.slice(at, to))
  return found ? at + found.index : to
}

const rangeStart = (range: [number, number]) => range[0]
