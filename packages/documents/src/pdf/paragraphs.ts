import {brokenWord, joinWithoutHyphen} from './dehyphenate.js'
import type {PdfLine} from './lines.js'

/** A stretch of a paragraph's text that comes from one line: `[start, start + length)` ↔ page, line, column. */
export interface LineSpan {
  start: number
  length: number
  page: number
  line: number
  /** 0-based column in the line's text where the span starts. */
  column: number
}

export interface PdfParagraph {
  text: string
  spans: LineSpan[]
  page: number
}

/**
 * Lines to paragraphs. A paragraph ends at a wider gap between lines than the page's usual one,
 * at a change of font size, or when the text moves up (a new column); it goes on across a page
 * break when the next page starts in lower case. Words broken at a line end are joined.
 */
export function linesToParagraphs(pages: readonly PdfLine[][], skip: ReadonlySet<PdfLine>, evidence: {whole: Set<string>; hyphenated: Set<string>}): PdfParagraph[] {
  const paragraphs: PdfParagraph[] = []
  let current: PdfParagraph | undefined
  let previous: PdfLine | undefined
  pages.forEach((all, index) => {
    const page = index + 1
    const lines = all.filter((line) => !skip.has(line))
    const gap = usualGap(lines)
    lines.forEach((line, i) => {
      const continues =
        current !== undefined &&
        previous !== undefined &&
        (i === 0 ? /^\p{Ll}/u.test(line.text) : startsNoParagraph(previous, line, gap))
      if (!continues || !current) {
        current = {text: '', spans: [], page}
        paragraphs.push(current)
      } else if (brokenWord.test(current.text)) {
        if (joinWithoutHyphen(current.text, line.text, evidence)) {
          current.text = current.text.slice(0, -1)
          const last = current.spans[current.spans.length - 1]
          last.length--
        }
      } else current.text += '\n'
      current.spans.push({start: current.text.length, length: line.text.length, page, line: line.number, column: 0})
      current.text += line.text
      previous = line
    })
  })
  return paragraphs
}

function startsNoParagraph(previous: PdfLine, line: PdfLine, gap: number): boolean {
  const down = previous.y - line.y
  if (down <= 0) return false
  if (Math.abs(line.size - previous.size) > 0.1 * Math.max(line.size, previous.size)) return false
  return down <= gap * 1.3
}

/** The most common baseline distance between consecutive lines of a page (rounded to half a unit). */
function usualGap(lines: readonly PdfLine[]): number {
  const counts = new Map<number, number>()
  for (let i = 1; i < lines.length; i++) {
    const down = Math.round((lines[i - 1].y - lines[i].y) * 2) / 2
    if (down > 0) counts.set(down, (counts.get(down) ?? 0) + 1)
  }
  let best = 0
  let bestCount = 0
  for (const [down, count] of counts) {
    if (count > bestCount || (count === bestCount && down < best)) {
      best = down
      bestCount = count
    }
  }
  // Too few lines to tell: assume single spacing.
  return bestCount >= 3 ? best : (lines[0]?.size ?? 12) * 1.2
}
